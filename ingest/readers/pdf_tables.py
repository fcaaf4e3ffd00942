"""Ruled tables of a PDF's text layer, read cell by cell (pdfplumber) and written as Markdown table rows.

The text layer alone reads a table line by line across its columns, or cell after cell with nothing between them
(the Official Gazette's "Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" appendices: "Ủy ban nhân / dân
các cấp / Các cơ quan, tổ / chức, ..."), so no row keeps its lead, partners and deadline together. Where a page
draws a table with rules, its cells are read from the rules that bound them, and the table is written as the
Markdown rows the parser reads for portal tables ("| 5. | Xây dựng Đề án ... | Bộ Tài chính | Bộ Y tế ... |").

Only thin rules count (strokes, and rectangles under RULE_WIDTH points thick): such documents also fill every cell
and every line of text with white rectangles, whose edges would split each row into one row per line of text.
A cell no rule separates from its neighbour (a section row spanning the table) stays one cell.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from core.textnorm import squash_ws

from .pdf_objects import pages_drawing

RULE_WIDTH = 2.5  # points: a thinner rectangle is a rule
MIN_RULE_LENGTH = 5.0  # points: a shorter one is a dot or a tick, not a rule
# How many of a file's pages drawing lines are read for tables (about 0.1 s each on a quiet machine; the Official
# Gazette's NĐ 117/2022/NĐ-CP draws lines on 93 of its 95 pages). A count, so that a file reads the same on a loaded
# machine as on a quiet one; the time budget only guards the upload worker against a pathological file.
TABLE_MAX_PAGES = 200
TABLE_BUDGET_S = 75.0  # seconds spent looking for tables in one file, at most (KEHOACH_INGEST_WORKER_TIMEOUT_S is 120)
MIN_PATHS = 6  # a ruled table of two rows and three columns draws at least six lines or cell rectangles
MIN_COLUMNS = 3  # a table of data: a letterhead laid out in two columns (issuer | national motto) stays text
_SLACK = 2.0  # points around a table's box still inside it
_SETTINGS = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
             "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}


def _rules(page) -> tuple[list[dict], list[dict]]:
    """(horizontal, vertical) rules of a page: strokes and thin rectangles."""
    horizontal = [r for r in page.rects if r["height"] < RULE_WIDTH and r["width"] > MIN_RULE_LENGTH]
    vertical = [r for r in page.rects if r["width"] < RULE_WIDTH and r["height"] > MIN_RULE_LENGTH]
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 1 and line["x1"] - line["x0"] > MIN_RULE_LENGTH:
            horizontal.append(line)
        elif abs(line["x0"] - line["x1"]) < 1 and line["bottom"] - line["top"] > MIN_RULE_LENGTH:
            vertical.append(line)
    return horizontal, vertical


def _cell(text: str | None) -> str:
    return squash_ws(text or "").replace("|", "/")


def _merge_spanned(rows: list[list[str | None]]) -> list[list[str | None]]:
    """Rows whose first cell is merged into the row above (None: the task's number and name span two rows, each with
    its own result and deadline, "17 | Tiếp tục thể chế hóa ... | Bộ Giáo dục và Đào tạo | ... | Báo cáo chuyên đề |
    Tháng 5/2026" over "| Báo cáo kết quả ... | Tháng 11/2026", NQ 97/NQ-CP's appendix) are one row with it: each
    cell that says something else is added to the cell above ("Tháng 5/2026; Tháng 11/2026")."""
    out: list[list[str | None]] = []
    for row in rows:
        if out and row and row[0] is None and len(row) == len(out[-1]):
            above = out[-1]
            out[-1] = [a if c is None or _cell(c) in ("", _cell(a)) else
                       c if a is None or not _cell(a) else f"{_cell(a)}; {_cell(c)}" for a, c in zip(above, row)]
        else:
            out.append(list(row))
    return out


def _markdown(rows: list[list[str | None]]) -> list[str]:
    """A table's rows as Markdown lines; a cell merged into its left neighbour (None) is left out."""
    out: list[str] = []
    for k, row in enumerate(rows):
        cells = [_cell(c) for c in row if c is not None]
        if not any(cells):
            continue
        out.append("| " + " | ".join(cells) + " |")
        if k == 0:
            out.append("|" + "---|" * len(cells))
    return out


def _join_cut_row(header: list[str | None], above: list[list[str | None]],
                  rows: list[list[str | None]]) -> list[list[str | None]]:
    """The rows of a table that goes on from the page before (``above``, ``header`` its first row as the table
    began): a first row with no number of its own is the rest of the row the page break cut ("... cơ" / "quan, tổ
    chức có liên quan"), joined to it cell by cell. Each page's part keeps a header, the one the page repeats or a
    copy, so that it reads as a table even when footnotes stand between the parts. Returns the rows for this page."""
    if not above or not rows or len(rows[0]) != len(header):
        return rows
    repeated = [_cell(c) for c in rows[0]] == [_cell(c) for c in header]
    if not repeated and not _ROW_NUMBER.match(_cell(rows[0][0])):
        return rows  # a table of its own, with its own header
    body = rows[1:] if repeated else rows
    if body and len(above) > 1 and (body[0][0] is None or not _cell(body[0][0]) and any(
            _cell(c) and _cell(c) == _cell(a) for a, c in zip(above[-1], body[0]))):
        # the next of the row's sub-rows (its lead written again, or its number merged): as _merge_spanned reads it
        above[-1:] = _merge_spanned([above[-1], [None, *body[0][1:]]])
        body = body[1:]
    elif body and not _cell(body[0][0]) and len(above) > 1:  # the row's cells cut in the middle: their text goes on
        last = above[-1]
        above[-1] = [c if c is None else " ".join(x for x in (_cell(c), _cell(more)) if x)
                     for c, more in zip(last, body[0])]
        body = body[1:]
    return [rows[0] if repeated else list(header), *body]


_ROW_NUMBER = re.compile(r"^(?:\d{1,3}[.)]?|[IVX]{1,5}\.?|[a-zđ]\)|)$")  # "5.", "II", "a)" or nothing: a row's number cell


def _turned(page, box: tuple[float, float, float, float]) -> bool:
    """Whether most letters inside a table's box run sideways (a landscape table printed on an upright page: the
    list annexed to QĐ 135/QĐ-BLĐTBXH in the Official Gazette of 2024). Cells read from them come out reversed
    and transposed; the text layer reads such a table row after row."""
    x0, top, x1, bottom = box
    inside = [c for c in page.chars if x0 <= c["x0"] <= x1 and top <= c["top"] <= bottom and c["text"].strip()]
    return bool(inside) and sum(not c.get("upright", True) for c in inside) > len(inside) / 2


def _tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str | None]]]]:
    """(bounding box, rows) of each ruled table of at least two rows and MIN_COLUMNS columns on a page."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    found = page.find_tables({**_SETTINGS, "explicit_horizontal_lines": horizontal,
                              "explicit_vertical_lines": vertical})
    tables = []
    for table in found:
        if _turned(page, table.bbox):
            continue
        rows = _merge_spanned(table.extract())
        if len(rows) >= 2 and max(sum(c is not None for c in r) for r in rows) >= MIN_COLUMNS:
            tables.append((table.bbox, rows))
    return sorted(tables, key=lambda t: t[0][1])


def _text_around(page, tables: list[tuple[tuple[float, float, float, float], list[str]]], height: float) -> str:
    """The text layer of a page as pypdf reads it, each table's text replaced by its Markdown rows where the table
    begins. pypdf's text is the concatenation of the pieces it passes to ``visitor_text``, each with its position,
    so the pieces inside a table's box are the ones left out."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((text, x, height - y))

    page.extract_text(visitor_text=visit)
    out: list[str] = []
    placed: set[int] = set()
    for text, x, top in pieces:
        k = next((i for i, ((x0, t0, x1, b0), _) in enumerate(tables)
                  if x0 - _SLACK <= x <= x1 + _SLACK and t0 - _SLACK <= top <= b0 + _SLACK), None)
        if k is None:
            out.append(text)
        elif k not in placed:
            placed.add(k)
            out.append("\n" + "\n".join(tables[k][1]) + "\n")
    out.extend("\n" + "\n".join(lines) + "\n" for k, (_, lines) in enumerate(tables) if k not in placed)
    return "".join(out)


def pages_with_tables(path: Path, pages: dict[int, object], budget_s: float = TABLE_BUDGET_S,
                      max_pages: int = TABLE_MAX_PAGES) -> tuple[dict[int, str], list[int]]:
    """For each given page (1-based number -> pypdf page) that holds a ruled table: its text with the tables as
    Markdown rows; pages without a ruled table are left out (their text layer is read as it is). Also the pages left
    unread for tables: those drawing lines after the first ``max_pages`` such pages, or any once reading took more
    than ``budget_s`` seconds (a file of hundreds of pages of tables must not run the upload worker out of time:
    those pages keep their text layer)."""
    import pdfplumber

    # only pages drawing enough lines can hold a ruled table: reading the layout of the others is spared
    drawn = pages_drawing(path, list(pages), "path", MIN_PATHS)
    pages = {n: layer for n, layer in pages.items() if n in drawn}
    if not pages:
        return {}, []
    found: dict[int, tuple[list, float]] = {}
    unread: list[int] = []
    started = time.monotonic()
    try:
        document = pdfplumber.open(str(path))
    except Exception:  # noqa: BLE001 - pypdf read this file; a table reader that cannot is no reason to refuse it
        return {}, []
    with document:
        for k, n in enumerate(pages):
            if k >= max_pages or time.monotonic() - started > budget_s:
                unread.append(n)
                continue
            page = document.pages[n - 1]
            try:
                tables = _tables(page)
                if tables:
                    found[n] = (tables, float(page.height))
            except Exception:  # noqa: BLE001 - same: the page keeps the text pypdf read
                continue
            finally:
                page.close()
    header_of: dict[int, list[str | None]] = {}  # the header of a page's last table (the one a page break may cut)
    for n in sorted(found):
        tables = found[n][0]
        if n - 1 in found:  # a table the page break cut: its rows go on under the repeated header
            tables[0] = (tables[0][0], _join_cut_row(header_of[n - 1], found[n - 1][0][-1][1], tables[0][1]))
        header_of[n] = tables[-1][1][0]
    return {n: _text_around(pages[n], [(box, _markdown(rows)) for box, rows in tables], height)
            for n, (tables, height) in found.items()}, unread
