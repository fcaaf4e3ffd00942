"""Render a grid of cell texts as a Markdown table (header row, |---| separator, one line per row)."""

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
