"""Unit names: one matching key (spelling-insensitive, abbreviations expanded) and one matcher, used by
search filters, answers, the responsibilities table and the UI alike."""

from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import units as unit_lexicon
from core.textnorm import fold

_PUNCT = re.compile(r"[()\[\]*_“”\"'.,;:\-–/]")
MIN_REVERSE_WORDS = 2  # a written name shorter than this never matches a longer query ("Sở" ⊄ anything)


@lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """Key for matching unit names across spellings: "Sở Văn hoá - Thể thao và Du lịch" ==
    "Sở Văn hóa, Thể thao và Du lịch"; "UBND tỉnh" == "Ủy ban nhân dân tỉnh"; "Sở GD&ĐT" == "Sở Giáo dục và Đào tạo"."""
    lex = unit_lexicon()
    out: list[str] = []
    for tok in fold(name).split():
        bare = tok.strip("()[]*_“”\"'.,;:")
        exp = lex.abbreviations.get(bare)
        if exp:
            out.extend(exp.split())
        else:
            out.extend(_PUNCT.sub(" ", tok).split())
    return " ".join(t for t in out if t not in lex.key_drop)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def unit_matches(query: str, name: str) -> bool:
    """Does the unit a user named (``query``, any spelling) designate the unit written as ``name``?

    Whole words after ``unit_key``: "Công an tỉnh" names "Công an tỉnh Đồng Tháp"; "Sở Văn hóa" names "Sở Văn
    hóa, Thể thao và Du lịch"; a written name inside a longer query counts too ("Công an tỉnh" for "Công an tỉnh
    Hà Tĩnh") when it has at least two words."""
    q, n = unit_key(query), unit_key(name)
    if not q or not n:
        return False
    return _contains(n, q) or (len(n.split()) >= MIN_REVERSE_WORDS and _contains(q, n))


def any_unit_matches(query: str, names) -> bool:
    return any(unit_matches(query, n) for n in names if n)
