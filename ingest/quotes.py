"""Texts a document cites word for word: the quote that follows "... quy định:" in a letter ("- Tại Điều 11 Nghị định số
88/2025/NĐ-CP ... quy định:" / "“Điều 11. ..." / "1. Không tính vào ..." / "2. ... thuế thu nhập cá nhân”.") is the
citing item's text, and its numbers are none of the document's own items or the start of its body. The new text an
amending item brings in ("... như sau:" / "“Điều 27b. ..." ... "”.") is its own items, under the item."""

from __future__ import annotations

from core.lexicon import structure
from core.textnorm import fold
from ingest.labels import label_of
from ingest.repair import Paragraph, is_closing


def quote_length(paragraphs: list[Paragraph], i: int) -> int:
    """How many paragraphs from ``i`` a quote opening right after "... quy định:" runs over, up to the one closing it
    (structure.toml [quoted_text]); 0 when ``i`` opens none, or the quote is not closed soon enough."""
    lex = structure()
    if i == 0 or not opens_quote(paragraphs[i].text) or paragraphs[i - 1].is_table_row or \
            lex.quote_lead_in is None or not lex.quote_lead_in.search(fold(paragraphs[i - 1].text.rstrip(" *_"))):
        return 0
    return _closing_at(paragraphs, i, lex.quote_longest, tables=False)


def _closing_at(paragraphs: list[Paragraph], i: int, longest: int, tables: bool = True) -> int:
    """How many paragraphs from ``i`` (which opens a quote) run up to the one closing it; 0 when none does soon (or,
    without ``tables``, when a table row comes first)."""
    depth = 0
    for j in range(i, min(len(paragraphs), i + longest)):
        text = paragraphs[j].text
        if (paragraphs[j].is_table_row and not tables) or is_closing(text):
            return 0
        depth += text.count("“") - text.count("”")
        if depth <= 0:
            return j - i + 1
    return 0


def opens_quote(text: str) -> bool:
    """Does a paragraph open with a quotation mark (past a Markdown emphasis mark: "*“Điều 6. ...")?"""
    return text.lstrip(" *_").startswith("“")


def amendment_length(paragraphs: list[Paragraph], i: int) -> int:
    """How many paragraphs from ``i`` the new text an amending item brings in runs over ("2. Bổ sung Điều 27b vào sau
    Điều 27a như sau:" / "“Điều 27b. ..." ... "...”."; structure.toml [quoted_text]); 0 when ``i`` opens none."""
    lex = structure()
    if i == 0 or not opens_quote(paragraphs[i].text) or paragraphs[i - 1].is_table_row or lex.amendment_lead_in is None:
        return 0
    lead_in = paragraphs[i - 1].text.strip(" *_")
    label = label_of(lead_in)
    # the lead-in ends with its colon ("... như sau:"), or is the amending article's own heading ("Điều 23. Sửa đổi, bổ
    # sung Điều 73" / "“Điều 73. Yêu cầu về liên kết ...", NĐ 48/2026/NĐ-CP)
    if not (lead_in.endswith(":") or (label is not None and label.kind == "article")) or \
            not lex.amendment_lead_in.match(fold(lead_in)):
        return 0
    closed = _closing_at(paragraphs, i, lex.amendment_longest)
    if closed or label is None or label.kind != "article":
        return closed
    # a copy that lost the quote's closing mark: an amending article's new text runs to the next article of its own
    # ("Điều 11. Sửa đổi, bổ sung Điều 21" / "“Điều 21. Ủy ban nhân dân cấp xã" / "1. ..." ... "4. Hằng năm, báo cáo ..."
    # / "Điều 12. Sửa đổi, bổ sung Điều 23", NĐ 370/2025/NĐ-CP on vbpl.vn; blind set b110-07)
    return _up_to_next_article(paragraphs, i, lex.amendment_longest)


def _up_to_next_article(paragraphs: list[Paragraph], i: int, longest: int) -> int:
    """How many paragraphs from ``i`` run up to the next article heading written outside quotes; 0 when none does soon."""
    for j in range(i + 1, min(len(paragraphs), i + longest)):
        text = paragraphs[j].text.strip(" *_")
        if not opens_quote(text) and (label := label_of(text)) is not None and label.kind == "article":
            return j - i
    return 0


def quote_run(paragraphs: list[Paragraph], i: int) -> int:
    """How many paragraphs from ``i`` a quote opening there runs over (0 when ``i`` opens none): the next quote of an
    item that amends several points at once ("... như sau:" / "“c) ...”." / "“3. ...”.")."""
    if not opens_quote(paragraphs[i].text) or paragraphs[i].is_table_row:
        return 0
    return _closing_at(paragraphs, i, structure().amendment_longest)
