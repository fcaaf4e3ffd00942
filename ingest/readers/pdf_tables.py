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

from pathlib import Path

RULE_WIDTH = 2.5  # points: a thinner rectangle is a rule
MIN_RULE_LENGTH = 5.0  # points: a shorter one is a dot or a tick, not a rule
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
    return " ".join((text or "").split()).replace("|", "/")


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
    """The rows of a table that goes on from the page before (``above``, same columns, ``header`` its first row as
    the table began): the header the page repeats goes, and a first row with no number of its own is the rest of
    the row the page break cut ("... trong đó" / "với việc mở rộng ..."), joined to it cell by cell. Returns the
    rows left for this page."""
    if not above or not rows or len(rows[0]) != len(header):
        return rows
    if [_cell(c) for c in rows[0]] == [_cell(c) for c in header]:
        rows = rows[1:]
    if rows and not _cell(rows[0][0]):
        last = above[-1]
        above[-1] = [c if c is None else " ".join(x for x in (_cell(c), _cell(more)) if x)
                     for c, more in zip(last, rows[0])]
        rows = rows[1:]
    return rows


def _tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str | None]]]]:
    """(bounding box, rows) of each ruled table of at least two rows and MIN_COLUMNS columns on a page."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    found = page.find_tables({**_SETTINGS, "explicit_horizontal_lines": horizontal,
                              "explicit_vertical_lines": vertical})
    tables = []
    for table in found:
        rows = table.extract()
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


def pages_with_tables(path: Path, pages: dict[int, object]) -> dict[int, str]:
    """For each given page (1-based number -> pypdf page) that holds a ruled table: its text with the tables as
    Markdown rows. Pages without a ruled table are left out (their text layer is read as it is)."""
    import pdfplumber

    found: dict[int, tuple[list, float]] = {}
    try:
        document = pdfplumber.open(str(path))
    except Exception:  # noqa: BLE001 - pypdf read this file; a table reader that cannot is no reason to refuse it
        return {}
    with document:
        for n in pages:
            page = document.pages[n - 1]
            try:
                tables = _tables(page)
                if tables:
                    found[n] = (tables, float(page.height))
            except Exception:  # noqa: BLE001 - same: the page keeps the text pypdf read
                continue
            finally:
                page.close()
    headers = {n: tables[-1][1][0] for n, (tables, _) in found.items()}  # the last table's first row, as found
    for n, (tables, _) in found.items():
        if n - 1 in found:  # a table the page break cut: its rows go on under the repeated header
            tables[0] = (tables[0][0], _join_cut_row(headers[n - 1], found[n - 1][0][-1][1], tables[0][1]))
    return {n: _text_around(pages[n], [(box, _markdown(rows)) for box, rows in tables], height)
            for n, (tables, height) in found.items()}
