"""Vietnamese text normalisation: NFC, diacritic folding, hoá/hóa tone placement, unit-name keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[0-9a-zA-Z\u00C0-\u1EF9]+(?:[/.,-][0-9a-zA-Z\u00C0-\u1EF9]+)*", re.UNICODE)

# Old-style ("hoá", "thuỷ") and new-style ("hóa", "thủy") tone placement both occur in real plans.
# We canonicalise to the tone on the first vowel of oa/oe/uy (the spelling most plans use).
_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}  # sắc huyền hỏi ngã nặng
_TONE_PAIRS = re.compile(r"(?i)(?<!q)([ou])([ae]|y)(" + "|".join(_TONES) + r")")  # not "qu": "quản", "quý"


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


# a number written against its unit of measure ("dưới 10km", "30m2", "khoảng 1.700km"), folded: read as the number and the
# unit, the way "dưới 10 km" (QĐ 16/2010/QĐ-UBND Lai Châu Điều 2.1.1.a) is, by the keyword index and the topic's words
MEASURE_UNITS = "km|m|cm|mm|m2|m3|ha|kg|gb|mb|tb|mw|kw|kwh"  # folded units of measure a number is written with
_GLUED_MEASURE = re.compile(rf"(?<![a-z0-9/.,-])(\d+(?:[.,]\d+)*)({MEASURE_UNITS})\b")


def unglue_measures(folded: str) -> str:
    """``folded`` with a number and its unit apart ("10km" -> "10 km")."""
    return _GLUED_MEASURE.sub(r"\1 \2", folded)


def has_diacritics(text: str) -> bool:
    return strip_diacritics(text) != text


def in_capitals(text: str, min_letters: int = 1) -> bool:
    """Is ``text`` written in capitals: at least ``min_letters`` letters, every one upper case ("PHỤ LỤC", "NHÓM GIẢI
    PHÁP VỀ CƠ CHẾ")?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= min_letters and all(c.isupper() for c in letters)


# A period that ends an abbreviation inside a unit's or place's name is no sentence end: "Ủy ban nhân dân TP. Hà Nội",
# "TX. Sa Pa" (a lookbehind to put before a sentence split's "after a period").
_NOT_ABBREVIATION_END = r"(?<!\bTP\.)(?<!\bTp\.)(?<!\btp\.)(?<!\bTX\.)(?<!\bTx\.)"


def sentence_end(marks: str = ".;") -> str:
    """The regex of a sentence boundary: whitespace after one of `marks` that ends no abbreviation ("TP. Hà Nội")."""
    return rf"(?<=[{re.escape(marks)}]){_NOT_ABBREVIATION_END}\s+"


@lru_cache(maxsize=16)
def _sentence_split(marks: str, before: str) -> re.Pattern[str]:
    return re.compile(rf"{sentence_end(marks)}{before}|\n")


def split_sentences(text: str, marks: str = ".;", before: str = "") -> list[str]:
    """A text's sentences and lines, stripped and non-empty: split after one of `marks` (and whitespace) when
    `before` (a lookahead, e.g. "(?=[A-ZĐ])") holds, and at every line break. "TP."/"TX." inside a name split nothing."""
    return [p.strip() for p in _sentence_split(marks, before).split(text) if p.strip()]


def words(text: str) -> list[str]:
    """Syllables/words of a text, lower-cased, diacritics kept (NFC, canonical tones)."""
    return [w.lower() for w in _WORD.findall(canon_tones(nfc(text)))]


def folded_words(text: str) -> list[str]:
    return [fold(w) for w in words(text)]


def squash_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()



_ACRONYM_TOKEN = re.compile(r"[a-z][a-z&\-]{1,7}")


def long_forms(folded: str) -> str:
    """The long forms of the acronyms a folded text holds ("csdl quoc gia" -> "co so du lieu"), space-joined, so
    a text can be read both ways; "" when it holds none."""
    from core.lexicon import acronyms

    table = acronyms()
    return " ".join(table[t] for t in _ACRONYM_TOKEN.findall(folded) if t in table)


# Folded Vietnamese syllable: onset, vowel nucleus, coda ("nghieng", "quyet", "gi"); a word that does not fit is
# a foreign name, an acronym or a code ("starlink", "gcm", "tthc").
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:uye|uya|oai|oay|oao|oeo|ieu|yeu|uoi|uou|ươi|uay|uai|uyu|ue|uo|ua|ui|uy|oa|oe|oo|oi|ai|ao|au|ay|eo|eu|ia|ie|iu|"
    r"ye|yu|[aeiouy])"
    r"(?:ng|nh|ch|[cmnptiyou])?$"
)


def tone_marks(word: str) -> int:
    """How many tone marks (sắc, huyền, hỏi, ngã, nặng) ``word`` carries: a Vietnamese syllable carries one at most."""
    return sum(c in _TONES for c in unicodedata.normalize("NFD", word))


def is_vietnamese_syllable(folded_word: str) -> bool:
    return bool(_SYLLABLE.match(folded_word))


@lru_cache(maxsize=1024)
@lru_cache(maxsize=8192)
def initials(folded: str, keep_va: bool = False) -> str:
    """The first letters of a folded text's words, "và" skipped, the way Vietnamese acronyms are made ("van hoa
    the thao va du lich" -> "vhttdl"; with ``keep_va`` the other way some are: "doanh nghiep nho va vua" -> "dnnvv");
    numbers break the run."""
    return "".join(w[0] if w[0].isalpha() else " " for w in re.findall(r"[a-z0-9]+", folded) if keep_va or w != "va")


def spelled_out(term: str, folded: str) -> bool:
    """Is a folded acronym the question writes ("cbcc", "vpdkdd", "hdnd") spelled out in a folded text ("cán bộ,
    công chức", "Văn phòng đăng ký đất đai")? Only for 3+ letters that are no Vietnamese syllable: two letters
    ("nn": "nông nghiệp", "nhà nước") say too little."""
    return len(term) >= 3 and term.isalpha() and not is_vietnamese_syllable(term) and \
        (term in initials(folded) or term in initials(folded, keep_va=True))


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_numeral(n: int) -> str:
    """``n`` (1-89) in Roman figures, as plans number sections and appendices: 4 -> "IV"."""
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def roman_value(text: str) -> int | None:
    """The value of Roman figures written the regular way ("IV" -> 4), None for anything else ("IIII", "IL")."""
    values = [_ROMAN_VALUES.get(ch) for ch in text]
    if not values or None in values:
        return None
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 and roman_numeral(total) == text else None
