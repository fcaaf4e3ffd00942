"""Vietnamese text normalisation: NFC, diacritic folding, hoá/hóa tone placement, unit-name keys."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[0-9a-zA-Z\u00C0-\u1EF9]+(?:[/.,-][0-9a-zA-Z\u00C0-\u1EF9]+)*", re.UNICODE)

# Old-style ("hoá", "thuỷ") and new-style ("hóa", "thủy") tone placement both occur in real plans.
# We canonicalise to the tone on the first vowel of oa/oe/uy (the spelling most plans use).
_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}  # sắc huyền hỏi ngã nặng
_TONE_PAIRS = re.compile(r"(?i)([ou])([ae]|y)(" + "|".join(_TONES) + r")")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def canon_tones(text: str) -> str:
    """Move the tone mark of "oa", "oe", "uy" onto the first vowel: "hoá" -> "hóa", "thuỷ" -> "thủy"."""
    decomposed = unicodedata.normalize("NFD", text)
    # After NFD a tone follows its base letter (possibly after a vowel-quality mark, which oa/oe/uy lack).
    moved = _TONE_PAIRS.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def _strip_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D")


# Every precomposed character -> itself without marks ("ồ" -> "o", "≯" -> ">"), so folding is one
# str.translate instead of a decomposition per character.
_STRIP_TABLE = {cp: _strip_slow(chr(cp)) for cp in range(0x00C0, 0x30000)
                if unicodedata.decomposition(chr(cp)) and _strip_slow(chr(cp)) != chr(cp)}
_STRIP_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})


def strip_diacritics(text: str) -> str:
    """Remove all Vietnamese diacritics ("Đồng Tháp" -> "Dong Thap")."""
    out = unicodedata.normalize("NFC", text).translate(_STRIP_TABLE)
    if not out.isascii() and any(unicodedata.category(ch) == "Mn" for ch in set(out) if ord(ch) > 127):
        return _strip_slow(out)  # marks that compose with nothing: the general (slow) way
    return out


def fold(text: str) -> str:
    """Matching form: lower case, no diacritics, single spaces."""
    return _WS.sub(" ", strip_diacritics(nfc(text)).lower()).strip()


def has_diacritics(text: str) -> bool:
    return strip_diacritics(text) != text


def words(text: str) -> list[str]:
    """Syllables/words of a text, lower-cased, diacritics kept (NFC, canonical tones)."""
    return [w.lower() for w in _WORD.findall(canon_tones(nfc(text)))]


def folded_words(text: str) -> list[str]:
    return [fold(w) for w in words(text)]


# Common abbreviations in unit names, expanded in matching keys (folded form, whole words).
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "mttq": "mat tran to quoc",
    "tp": "thanh pho",
    "tw": "trung uong",
    "bch": "ban chi huy",
    "bchqs": "ban chi huy quan su",
    "bđbp": "bo doi bien phong",
    "bdbp": "bo doi bien phong",
    "ca": "cong an",
    "vksnd": "vien kiem sat nhan dan",
    "tand": "toa an nhan dan",
    "gd&dt": "giao duc dao tao",
    "gddt": "giao duc dao tao",
    "ld-tb&xh": "lao dong thuong binh xa hoi",
    "ct-xh": "chinh tri xa hoi",
    "pbgdpl": "pho bien giao duc phap luat",
    "bcd": "ban chi dao",
    "vn": "viet nam",
}
_KEY_DROP = {"va", "cac", "nhung", "voi", "de", "nghi"}


def unit_key(name: str) -> str:
    """Key for matching unit names across spellings: "Sở Văn hoá - Thể thao và Du lịch" ==
    "Sở Văn hóa, Thể thao và Du lịch"; "UBND tỉnh" == "Ủy ban nhân dân tỉnh"."""
    folded = fold(name)
    folded = re.sub(r"[()\[\]*_“”\"'.,;:\-–]", " ", folded)
    out: list[str] = []
    for tok in folded.split():
        exp = _ABBREVIATIONS.get(tok)
        out.extend(exp.split() if exp else [tok])
    return " ".join(t for t in out if t not in _KEY_DROP)


def squash_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


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
    if ka == kb or (partial and (ka in kb or kb in ka)):
        return True
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
