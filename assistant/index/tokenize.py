"""Keyword tokens for Vietnamese BM25: diacritic-folded syllables plus folded syllable bigrams."""

from __future__ import annotations

import re

from core.textnorm import fold, has_diacritics, long_forms, unglue_measures, words

# Folding first (lower case, no diacritics) makes "hoá"/"hóa" and accented/unaccented input identical.
_TOKEN = re.compile(r"[0-9a-z]+(?:[/.-][0-9a-z]+)*")

# Question words that carry no topic. They are rare in plans (high IDF), hence noisy when a user's
# question contains them, so they are dropped from queries (never from indexed text). Matched on the
# accented word: folding would confuse "có" with "cơ", "mà" with "ma" (ma túy), "chứ" with "chủ".
# Content-bearing function words ("không có ma túy") are kept: removing them lowered recall on the
# sample plans (see report). Unaccented queries only drop the folded forms that are unambiguous.
QUERY_STOPWORDS: frozenset[str] = frozenset("nào gì ai đâu ở nhiêu những các của là".split())
FOLDED_QUERY_STOPWORDS: frozenset[str] = frozenset("nao gi o".split())


def syllables(text: str) -> list[str]:
    """Folded syllables ("Văn hoá" -> ["van", "hoa"]); codes like "18/kh-bcd" stay whole."""
    return _TOKEN.findall(unglue_measures(fold(text)))


def document_tokens(text: str) -> list[str]:
    """Tokens of an indexed text: every folded syllable and every adjacent syllable pair."""
    sylls = syllables(text)
    tokens = sylls + [f"{a}_{b}" for a, b in zip(sylls, sylls[1:])]
    return tokens + _long_form_tokens(text)


def _long_form_tokens(text: str) -> list[str]:
    """Syllables and pairs of the long forms of a text's acronyms ("TTHC" -> thu, tuc, thu_tuc, ...)."""
    extra = syllables(long_forms(fold(text)))
    return extra + [f"{a}_{b}" for a, b in zip(extra, extra[1:])]


def _is_query_stopword(word: str) -> bool:
    if word in QUERY_STOPWORDS:
        return True
    return not has_diacritics(word) and word in FOLDED_QUERY_STOPWORDS


def query_tokens(text: str) -> list[str]:
    """Tokens of a query: like ``document_tokens`` but question words dropped.

    Bigrams come from adjacent syllables of the original query where neither is a question word,
    so "đơn vị nào chủ trì" yields "don_vi" and "chu_tri" but no junk "nao_chu".
    """
    marked: list[tuple[str, bool]] = []
    for w in words(text):
        stop = _is_query_stopword(w)
        marked.extend((tok, stop) for tok in syllables(w))
    if all(stop for _, stop in marked):  # only function words: keep them rather than return nothing
        marked = [(tok, False) for tok, _ in marked]
    kept = [tok for tok, stop in marked if not stop]
    pairs = [f"{a}_{b}" for (a, sa), (b, sb) in zip(marked, marked[1:]) if not sa and not sb]
    return kept + pairs + _long_form_tokens(text)
