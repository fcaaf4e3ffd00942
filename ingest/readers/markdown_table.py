"""Render a grid of cell texts as a Markdown table (header row, |---| separator, one line per row); a table used as a
box around a document's text gives that text as paragraphs."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def cell_text(text: str) -> str:
    """One-line cell: newlines and runs of spaces become one space, "|" is escaped."""
    return _WS.sub(" ", text).strip().replace("|", "\\|")


def markdown_table(rows: list[list[str]]) -> str:
    """Markdown table of `rows`; the first row is the header. Short rows are padded with empty cells.
    Rows that are empty in every cell are dropped; an empty grid gives ""."""
    cleaned = [[cell_text(c) for c in row] for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return ""
    width = max(len(row) for row in cleaned)
    lines = []
    for i, row in enumerate(cleaned):
        padded = row + [""] * (width - len(row))
        lines.append("| " + " | ".join(padded) + " |")
        if i == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


# A row whose only cell with text holds a body of text, not a value: a form laid out in a table ("PHIẾU TRÌNH / I. NỘI
# DUNG TRÌNH/CHỈ ĐẠO / 1. Văn bản/cơ quan, đơn vị: ... / 4. Phòng chuyên môn ... đề xuất phương án: ...", a Lâm Đồng
# office's submission slip, one cell of a Word table). Its paragraphs are read as the document's own paragraphs.
BOX_MIN_PARAGRAPHS = 3
BOX_MIN_CHARS = 400


def _box_paragraphs(row: list[str]) -> list[str] | None:
    filled = [c for c in row if c.strip()]
    if len(filled) != 1:
        return None
    paragraphs = [p.strip() for p in filled[0].split("\n") if p.strip()]
    if len(paragraphs) < BOX_MIN_PARAGRAPHS or sum(len(p) for p in paragraphs) < BOX_MIN_CHARS:
        return None
    return paragraphs


def table_blocks(rows: list[list[str]]) -> list[str]:
    """Blocks of text for a table whose cells keep their paragraphs apart ("\n"): Markdown tables for its rows, each
    row that is a box around a body of text (its only filled cell holds several paragraphs, BOX_MIN_*) given as those
    paragraphs, in order."""
    blocks: list[str] = []
    run: list[list[str]] = []
    for row in rows:
        if (paragraphs := _box_paragraphs(row)) is None:
            run.append(row)
            continue
        if table := markdown_table(run):
            blocks.append(table)
        run = []
        blocks.extend(paragraphs)
    if table := markdown_table(run):
        blocks.append(table)
    return blocks
