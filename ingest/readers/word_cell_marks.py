"""Text copied out of an old Word (.doc) file with its tables' cell marks still in it: Word ends each cell with the
character BEL (U+0007) and each row with one more, and a text export keeps them ("\\x07Đơn vị chủ trì\\n\\n\\x07Đơn vị
phối hợp\\n\\n ... \\x07\\n\\n\\x071\\n\\n\\x07Lập đề nghị xây dựng Nghị định ...", Kế hoạch 1919/KH-BGDĐT of 2024 and QĐ
1504/QĐ-BGDĐT of 2025 as catboyx99/tuvanluat_chatbot keeps them; blind sets b130, b131). Without them read as cells, such
a file looks binary, and an assignment table loses which unit leads which row. The tables are written back as Markdown
rows (``markdown_table``), the parser's portal tables.
"""

from __future__ import annotations

import re

from .markdown_table import markdown_table

CELL_MARK = "\x07"
MIN_CELL_MARKS = 4  # fewer: a stray control character, left to the plausibility check
# a page marker a converter writes between paragraphs ("## Page 3"): no text of the cell it falls in
_PAGE_MARK = re.compile(r"^#{1,6}\s*(?:Page|Trang)\s+\d+\s*$", re.I)


def has_cell_marks(text: str) -> bool:
    return text.count(CELL_MARK) >= MIN_CELL_MARKS


def _paragraphs(segment: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", segment) if p.strip() and not _PAGE_MARK.match(p.strip())]


def tables_from_cell_marks(text: str) -> str:
    """``text`` with each run of Word cells written as a Markdown table: a mark ends the cell before it, and one more
    mark ends the row. A table's first row sets how many cells a row has (an empty segment before that many is an empty
    cell). A row's first cell is the last paragraph before the mark that ends it (what comes before is the text above
    the table); after a row's end, the next row starts, or text then a new table."""
    segments = text.split(CELL_MARK)
    out: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    width = 0  # cells in a row of the table being read (0: its first row not ended yet)

    def flush_table() -> None:
        nonlocal rows, row, width
        if row:
            rows.append(row)
        if rows:
            out.append(markdown_table(rows))
        rows, row, width = [], [], 0

    for segment in segments[:-1]:
        paragraphs = _paragraphs(segment)
        if not paragraphs and (not width or len(row) >= width):
            if row:  # the mark that ends a row
                rows.append(row)
                width = width or len(row)
                row = []
            continue
        if not row and len(paragraphs) > 1:
            # a row's first cell is its last paragraph; what is above it is text between tables (or above the first)
            flush_table()
            out.extend(paragraphs[:-1])
            paragraphs = paragraphs[-1:]
        row.append(" ".join(paragraphs))
    flush_table()
    out.extend(_paragraphs(segments[-1]))  # after the last mark: text again
    return "\n\n".join(out)
