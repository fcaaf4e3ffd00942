"""Word (.docx) reader: body paragraphs and tables in document order, auto-numbering as visible labels,
tables as Markdown tables."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from .base import ReadResult, check_file, join_blocks, read_error, require_text
from .docx_numbering import W_NS, NumberingLabeler, style_numbering, wval
from .markdown_table import table_blocks
from .zip_guard import read_text_parts, repack

_W = f"{{{W_NS}}}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"}


def _iter_text(element: etree._Element) -> Iterator[str]:
    """Visible text of a paragraph subtree (runs, hyperlinks, fields, text boxes), skipping deleted text
    and the VML fallback copy of drawings."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == _MC_FALLBACK:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            yield "\t"
        elif tag == f"{_W}br":
            if child.get(f"{_W}type") not in ("page", "column"):
                yield "\n"
        elif tag == f"{_W}cr":
            yield "\n"
        elif tag == f"{_W}noBreakHyphen":
            yield "-"
        elif tag == f"{_W}p":  # paragraph inside a text box
            yield "\n"
            yield from _iter_text(child)
        elif tag not in (f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr"):
            yield from _iter_text(child)


def paragraph_text(p: etree._Element) -> str:
    return "".join(_iter_text(p)).strip()


def _direct_children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children of `parent` with `tag`, looking through content controls (w:sdt) and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _direct_children(child, tag)


def _grid_span(tc: etree._Element) -> int:
    span = wval(tc.find(f"{_W}tcPr/{_W}gridSpan"))
    try:
        return max(1, int(span)) if span else 1
    except ValueError:
        return 1


def _vmerge(tc: etree._Element) -> str | None:
    """'restart', 'continue' or None (not vertically merged)."""
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    if merge is None:
        return None
    return "restart" if wval(merge) == "restart" else "continue"


class DocxTextBuilder:
    """Walks a document body and turns it into blocks of text."""

    def __init__(self, labeler: NumberingLabeler):
        self._labeler = labeler

    def blocks(self, body: etree._Element) -> list[str]:
        out: list[str] = []
        for child in body:
            tag = child.tag
            if tag == f"{_W}p":
                text = self._paragraph(child)
                if text:
                    out.append(text)
            elif tag == f"{_W}tbl":
                out.extend(table_blocks(self._table_grid(child)))
            elif tag in _CONTAINERS:
                out.extend(self.blocks(child))
        return out

    def _paragraph(self, p: etree._Element) -> str:
        label = self._labeler.label_for(p)
        text = paragraph_text(p)
        if not text:
            return ""
        return f"{label} {text}" if label else text

    def _cell_text(self, tc: etree._Element) -> str:
        parts: list[str] = []
        for child in tc:
            if child.tag == f"{_W}p":
                parts.append(self._paragraph(child))
            elif child.tag == f"{_W}tbl":  # nested table: its cells flattened into this cell
                parts.extend(" ".join(row) for row in self._table_grid(child))
            elif child.tag in _CONTAINERS:
                parts.append(" ".join(self.blocks(child)))
        return "\n".join(part for part in parts if part)  # paragraphs apart: a box around text is read as text

    def _table_grid(self, tbl: etree._Element) -> list[list[str]]:
        """Rows of cell texts on the table grid. A horizontally merged cell keeps its text in its first grid
        column (the spanned columns stay empty); a vertically merged cell repeats its text on every row it
        covers, so each row is complete on its own (e.g. a lead unit merged over several tasks)."""
        rows: list[list[str]] = []
        above: dict[int, str] = {}
        for tr in _direct_children(tbl, f"{_W}tr"):
            before = wval(tr.find(f"{_W}trPr/{_W}gridBefore"))
            col = int(before) if before and before.isdigit() else 0
            row: list[str] = [""] * col
            for tc in _direct_children(tr, f"{_W}tc"):
                span = _grid_span(tc)
                text = above.get(col, "") if _vmerge(tc) == "continue" else self._cell_text(tc)
                row.extend([text] + [""] * (span - 1))
                above[col] = text
                col += span
            rows.append(row)
        return rows


def _part_xml(document: docx.document.Document, rel_type: str) -> etree._Element | None:
    try:
        return document.part.part_related_by(rel_type).element
    except (KeyError, AttributeError):
        return None


def read_docx(path: Path, max_bytes: int) -> ReadResult:
    size = check_file(path, max_bytes)
    parts = read_text_parts(path, size)  # under byte and ratio caps; images and fonts never expanded
    try:
        document = docx.Document(repack(parts))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise read_error(
            path,
            f"Tệp .docx bị hỏng hoặc không phải tài liệu Word ({type(exc).__name__}).",
            f"Corrupt .docx or not a Word document ({type(exc).__name__}: {exc}).",
        ) from None
    labeler = NumberingLabeler(_part_xml(document, RT.NUMBERING), style_numbering(_part_xml(document, RT.STYLES)))
    blocks = DocxTextBuilder(labeler).blocks(document.element.body)
    text = join_blocks(blocks)
    require_text(path, text, "tài liệu Word", "Word document")
    return ReadResult(text=text, source_format="docx", warnings=[])
