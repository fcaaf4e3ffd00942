"""Texts a document cites word for word: the quote that follows "... quy định:" in a letter ("- Tại Điều 11 Nghị định số
88/2025/NĐ-CP ... quy định:" / "“Điều 11. ..." / "1. Không tính vào ..." / "2. ... thuế thu nhập cá nhân”.") is the
citing item's text, and its numbers are none of the document's own items or the start of its body."""

from __future__ import annotations

from core.lexicon import structure
from core.textnorm import fold
from ingest.repair import Paragraph, is_closing


def quote_length(paragraphs: list[Paragraph], i: int) -> int:
    """How many paragraphs from ``i`` a quote opening right after "... quy định:" runs over, up to the one closing it
    (structure.toml [quoted_text]); 0 when ``i`` opens none, or the quote is not closed soon enough."""
    lex = structure()
    if i == 0 or not paragraphs[i].text.lstrip(" *_").startswith("“") or paragraphs[i - 1].is_table_row or \
            lex.quote_lead_in is None or not lex.quote_lead_in.search(fold(paragraphs[i - 1].text.rstrip(" *_"))):
        return 0
    depth = 0
    for j in range(i, min(len(paragraphs), i + lex.quote_longest)):
        text = paragraphs[j].text
        if paragraphs[j].is_table_row or is_closing(text):
            return 0
        depth += text.count("“") - text.count("”")
        if depth <= 0:
            return j - i + 1
    return 0
