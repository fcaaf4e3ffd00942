"""HTML reader (BeautifulSoup, html.parser): block elements become paragraphs, headings lines, tables
Markdown tables; scripts, styles and the page head are dropped."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from .base import ReadResult, check_file, join_blocks, read_bytes, require_text
from .markdown_table import table_blocks
from .portal import clean_portal_text, looks_like_portal
from .text_reader import check_plausible

_DROPPED = {"script", "style", "noscript", "template", "head", "iframe", "object", "svg", "canvas", "button",
            "select", "form", "nav"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "address",
           "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption",
           "hr", "pre", "center", "body", "html", "caption", "details", "summary"}
_BR = "\x00"  # marks a <br> until whitespace is collapsed
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")


def _span(cell: Tag, attribute: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attribute, "1"))), 1000))
    except ValueError:
        return 1


class HtmlTextBuilder:
    """Collects blocks of text while walking the HTML tree."""

    def __init__(self, flat_tables: bool = False) -> None:
        self.blocks: list[str] = []
        self._inline: list[str] = []
        self._label = ""  # a list item's number, waiting for the item's first text
        self._flat_tables = flat_tables  # inside a table cell: a nested table's cells as plain text

    def _flush(self) -> None:
        lines = [_WS.sub(" ", part).strip() for part in "".join(self._inline).split(_BR)]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(f"{self._label} {text}" if self._label else text)
            self._label = ""
        self._inline = []

    def finish(self) -> list[str]:
        """All blocks, once the walk is over."""
        self._flush()
        return self.blocks

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, processing instructions
                continue
            if isinstance(child, NavigableString):
                self._inline.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _DROPPED:
                continue
            if name == "br":
                self._inline.append(_BR)
            elif name == "table":
                self._flush()
                grid = self._table_grid(child)
                if self._flat_tables:
                    if flat := " ".join(" ".join(c.split()) for row in grid for c in row if c.strip()):
                        self.blocks.append(flat)
                else:
                    self.blocks.extend(table_blocks(grid))
            elif name == "pre":
                self._flush()
                text = child.get_text()
                if text.strip():
                    self.blocks.append(text.strip("\n"))
            elif name == "li":
                self._flush()
                self._label = self._list_label(child)  # kept for the item's first text, even inside a <p>
                self.walk(child)
                self._flush()
                self._label = ""
            elif name in _BLOCKS:
                self._flush()
                self.walk(child)
                self._flush()
            else:
                self.walk(child)

    @staticmethod
    def _list_label(li: Tag) -> str:
        """The visible number of a list item: "3." ("<li value=3>" or third of "<ol>"), "c)" in an
        "<ol type=a>" (Vietnamese documents write letters with a parenthesis), "III." in "<ol type=I>"."""
        parent = li.find_parent(["ol", "ul"])
        if parent is None or parent.name != "ol":
            return "-"
        try:
            n = int(str(li["value"])) if li.has_attr("value") else \
                int(str(parent.get("start", "1"))) + sum(1 for sibling in li.find_previous_siblings("li"))
        except ValueError:
            n = 1
        kind = str(parent.get("type", "1"))
        if kind in ("a", "A") and 1 <= n <= 26:
            letter = chr(ord(kind) + n - 1)
            return f"{letter})" if kind == "a" else f"{letter}."
        if kind in ("i", "I") and 1 <= n < 40:
            roman = _roman(n)
            return f"{roman.lower() if kind == 'i' else roman}."
        return f"{n}."

    @staticmethod
    def _cell_text(cell: Tag) -> str:
        """A cell's text: its paragraphs one per line (a box around text is read as text; a table row puts them on
        one line), its runs ("<b>T</b><b>Ổ</b>", as Word and wvHtml split words by formatting) joined as they are."""
        builder = HtmlTextBuilder(flat_tables=True)
        builder.walk(cell)
        return "\n".join(" ".join(block.split()) for block in builder.finish())

    def _table_grid(self, table: Tag) -> list[list[str]]:
        """Same rule as for Word tables: colspan keeps the text in the first column, rowspan repeats it."""
        rows: list[list[str]] = []
        pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            row: list[str] = []
            col = 0
            cells = [c for c in tr.find_all(["td", "th"]) if c.find_parent("tr") is tr]
            for cell in cells:
                while col in pending:
                    col = self._fill_pending(row, pending, col)
                text = self._cell_text(cell)
                colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
                row.extend([text] + [""] * (colspan - 1))
                if rowspan > 1:
                    pending[col] = (text, rowspan - 1)
                col += colspan
            while pending and col <= max(pending):
                col = self._fill_pending(row, pending, col) if col in pending else self._pad(row, col)
            rows.append(row)
        return rows

    @staticmethod
    def _fill_pending(row: list[str], pending: dict[int, tuple[str, int]], col: int) -> int:
        text, left = pending[col]
        row.append(text)
        if left > 1:
            pending[col] = (text, left - 1)
        else:
            del pending[col]
        return col + 1

    @staticmethod
    def _pad(row: list[str], col: int) -> int:
        row.append("")
        return col + 1


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def read_html(path: Path, max_bytes: int) -> ReadResult:
    check_file(path, max_bytes)
    data = read_bytes(path, max_bytes)
    soup = BeautifulSoup(data, "html.parser")
    builder = HtmlTextBuilder()
    builder.walk(soup)
    text = join_blocks(builder.finish())
    require_text(path, text, "trang HTML", "HTML page")
    warnings: list[str] = []
    fields: dict[str, str] = {}
    if looks_like_portal(text):
        # a page saved from a legal portal (vbpl.vn: its tabs and validity lines before the document, its footer and
        # table of contents after it): the document alone
        cleaned = clean_portal_text(text)
        text, fields = cleaned.text, cleaned.fields
        require_text(path, text, "bản sao từ cổng pháp luật", "portal copy")
        warnings.append(f"Bản sao từ cổng pháp luật: đã bỏ {cleaned.dropped_lines} dòng của cổng.")
    check_plausible(path, text)
    return ReadResult(text=text, source_format="html", warnings=warnings, fields=fields)
