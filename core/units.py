"""Unit names: one matching key (spelling-insensitive, abbreviations expanded) and one matcher, used by
search filters, answers, the responsibilities table and the UI alike."""

from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import units as unit_lexicon
from core.textnorm import fold, is_vietnamese_syllable

_PUNCT = re.compile(r"[()\[\]*_“”\"'.,;:?!\-–/]")  # "?" too: a question's words are keyed like a name
_WORD_EDGE = "()[]*_“”\"'.,;:?!"  # marks around a word of a name that are no part of it
MIN_REVERSE_WORDS = 2  # a written name shorter than this never matches a longer query ("Sở" ⊄ anything)


@lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """Key for matching unit names across spellings: "Sở Văn hoá - Thể thao và Du lịch" ==
    "Sở Văn hóa, Thể thao và Du lịch"; "UBND tỉnh" == "Ủy ban nhân dân tỉnh"; "Sở GD&ĐT" == "Sở Giáo dục và Đào tạo"."""
    lex = unit_lexicon()
    out: list[str] = []
    written = name.split()
    for i, tok in enumerate(fold(name).split()):
        bare = tok.strip(_WORD_EDGE)
        exp = lex.abbreviations.get(bare)
        if exp and is_vietnamese_syllable(bare) and not _abbreviated(written, i):
            exp = None  # "cá nhân", "tất cả", "khai thác cát": a word, not "CA", "CAT"
        if exp:
            out.extend(exp.split())
        else:
            out.extend(_PUNCT.sub(" ", tok).split())
    key = " ".join(t for t in out if t not in lex.key_drop)
    for phrase, written in lex.key_rewrite:
        key = re.sub(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", written, key)
    return key


def _abbreviated(written: list[str], i: int) -> bool:
    """Is the ``i``-th word of a name, which is also a Vietnamese word ("CA", "ca"), written as the abbreviation: in
    capitals ("CA tỉnh"), or without diacritics before a level of government ("ca tinh", "ca xa" as staff type
    fast)? "cá nhân", "tất cả" and "cả nước" are no Công an (blind set t41-33: "xét tặng cho cá nhân nào" read as a
    question on "Công an")."""
    if i >= len(written):
        return True  # (folding split the name otherwise: as before)
    word = written[i].strip(_WORD_EDGE)
    if word.isupper():
        return True
    if fold(word) != word.lower():
        return False  # written with its diacritics: the word itself
    after = fold(written[i + 1]).strip(_WORD_EDGE) if i + 1 < len(written) else ""
    return after in unit_lexicon().abbreviation_levels


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def unit_matches(query: str, name: str) -> bool:
    """Does the unit a user named (``query``, any spelling) designate the unit written as ``name``?

    Whole words after ``unit_key``: "Công an tỉnh" names "Công an tỉnh Đồng Tháp"; "Sở Văn hóa" names "Sở Văn
    hóa, Thể thao và Du lịch"; a written name inside a longer query counts too ("Công an tỉnh" for "Công an tỉnh
    Hà Tĩnh") when it has at least two words; failing that, a bounded edit distance (``fuzzy_unit_match``)."""
    q, n = unit_key(query), unit_key(name)
    if not q or not n:
        return False
    if _contains(n, q) or (len(n.split()) >= MIN_REVERSE_WORDS and n not in _heads() and _contains(q, n)):
        # a written head alone ("Công an" cut from "Công an tại các xã") names no unit inside "Bộ Công an"
        return True
    hq, hn = _head(q), _head(n)
    if hq and hn and hq != hn:
        return False  # "Bộ Tài chính" is never "Sở Tài chính", however close the letters
    return fuzzy_unit_match(query, name, partial=True)  # a name misread by OCR ("Cônq an tinh")


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The unit heads of the lexicon as keys ("bo", "so", "cong an", "ban chi dao" ...), longest first."""
    return tuple(sorted({unit_key(w) for h in unit_lexicon().heads for w in h.words if unit_key(w)},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_set() -> tuple[frozenset[str], int]:
    """The heads of ``_heads`` as a set, and the most words one holds."""
    return frozenset(_heads()), max((len(h.split()) for h in _heads()), default=0)


def _head(key: str) -> str:
    """The unit head a key starts with, the longest ("" when none: a name misread by OCR may start with none)."""
    heads, most = _head_set()
    words = key.split()
    return next((h for k in range(min(most, len(words)), 0, -1) if (h := " ".join(words[:k])) in heads), "")


def unit_head(name: str) -> str:
    """The unit head a name starts with, as a key ("bo" of "Bộ VHTTDL"; "" for "Thái Nguyên")."""
    return _head(unit_key(name))


def split_listed(text: str) -> list[str]:
    """A list of units however typed, split into its units as keys: at commas, ";" and "và", where what follows starts
    with a unit head ("dai truyen hinh va dai tieng noi" -> "dai truyen hinh", "dai tieng noi"); what does not stays
    with the unit before ("so van hoa, the thao va du lich" is one)."""
    units: list[str] = []
    for piece in re.split(r"\s*[,;]\s*|\s+va\s+", fold(text)):
        key = unit_key(piece)
        if not key:
            continue
        if units and not _head(key):
            units[-1] = f"{units[-1]} {key}"
        else:
            units.append(key)
    return units


def any_unit_matches(query: str, names) -> bool:
    return any(unit_matches(query, n) for n in names if n)


def _allowed_edits(key: str, max_edits: int) -> int:
    """Edits tolerated on a unit key of this length: none under 10 characters, then one per 6, at most max_edits."""
    return max(0, min(max_edits, (len(key) - 4) // 6))


def fuzzy_unit_match(a: str, b: str, max_edits: int = 2, partial: bool = False) -> bool:
    """True when two unit names are the same unit give or take a few misread letters (OCR): their
    ``unit_key`` forms are within a bounded edit distance ("Công an tỉnh" ~ "Cônq an tinh"; "Sở Y tế" never ~
    "Sở Tư pháp"). With ``partial``, the shorter name may match a part of the longer one (as ``key in name``).

    Short keys get no tolerance (under 10 characters), longer ones one edit per 6 characters, never more
    than ``max_edits``."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short_words = min(len(ka.split()), len(kb.split()))
    if partial and short_words >= MIN_REVERSE_WORDS and (_contains(kb, ka) or _contains(ka, kb)):
        return True  # whole words, and never a one-word name ("Các Phòng") inside any longer one
    short, long_ = sorted((ka, kb), key=len)
    allowed = _allowed_edits(short, max_edits)
    if not allowed:
        return False
    if partial and len(long_) > len(short):
        span = fuzz.partial_ratio_alignment(short, long_)
        if span is None:
            return False
        long_ = long_[span.dest_start:span.dest_end]
    return Levenshtein.distance(short, long_, score_cutoff=allowed) <= allowed
