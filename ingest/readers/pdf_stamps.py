"""The number and date an e-signature stamps over the blanks of a signed PDF's header.

Provincial e-office systems sign a PDF by stamping the text's number and day into form fields (Widget annotations)
laid over the blanks the drafter left: "Số:         /KH-SGDĐT" and "ngày       tháng 4 năm 2026". A text layer does
not hold them, so the copy reads "/KH-SGDĐT" and no question naming "KH 362" finds it. Each field draws its value in
its appearance stream; read in the order of the page (top to bottom, left to right), the values fill the header's
blanks (core/lexicon structure.toml [stamp_slot]) in the order those are read (KH 362/KH-SGDĐT of Sở GDĐT Đồng
Tháp, TB 453/TB-UBND Hà Nội, KH 144/KH-UBND Hà Nội; blind sets b72-b73).
"""

from __future__ import annotations

import re

from pypdf import PageObject
from pypdf.errors import PdfReadError
from pypdf.generic import NameObject

from core.lexicon import structure

HEADER_SHARE = 0.4  # stamps in the top part of the first page only (a signature box lower down holds no number)
HEADER_LINES = 12  # the header's blanks are looked for in the first lines of the text
SAME_LINE = 12  # points: stamps whose tops are this close are on one line
_VALUE = re.compile(r"\d{1,6}")


def _field_text(annotation) -> str:
    """The text a form field's normal appearance draws ("362"), or ""."""
    appearance = (annotation.get("/AP") or {}).get("/N")
    if appearance is None:
        return ""
    stream = appearance.get_object()
    if not hasattr(stream, "get_data"):
        return ""  # an appearance per state (a check box), no text
    page = PageObject.create_blank_page(width=1000, height=1000)
    page[NameObject("/Contents")] = stream.indirect_reference or stream
    page[NameObject("/Resources")] = stream.get("/Resources") or {}
    try:
        return (page.extract_text() or "").strip()
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return ""


def stamped_values(page: PageObject) -> list[str]:
    """The numbers stamped as form fields in the top part of ``page``, in reading order."""
    try:
        annotations = [a.get_object() for a in page.get("/Annots") or []]
        height = float(page.mediabox.height)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return []
    found: list[tuple[float, float, str]] = []
    for a in annotations:
        if a.get("/Subtype") != "/Widget" or "/Rect" not in a:
            continue
        x0, _, _, top = (float(v) for v in a["/Rect"])
        if top < height * (1 - HEADER_SHARE):
            continue
        text = _field_text(a)
        if _VALUE.fullmatch(text):
            found.append((top, x0, text))
    found.sort(key=lambda f: (-round(f[0] / SAME_LINE), f[1]))
    return [text for _, _, text in found]


def fill_stamped_blanks(text: str, values: list[str]) -> str:
    """``text`` (a first page) with the header's blanks filled by the stamped ``values``, in order. Nothing changes
    unless there are as many values as blanks, or the number's blank comes first and the first value is taken there
    alone (a stamp for the number only: "Số:    /2025/QĐ-CTUBND Phú Thọ, ngày 17 tháng 10 năm 2025")."""
    if not values:
        return text
    lines = text.split("\n")
    head = "\n".join(lines[:HEADER_LINES])
    slots = sorted((m.end(), k) for k, pattern in enumerate(structure().stamp_slots) for m in pattern.finditer(head))
    if not slots:
        return text
    if len(slots) != len(values):
        if slots[0][1] != 0:
            return text
        slots, values = slots[:1], values[:1]
    out, last = [], 0
    for (end, _), value in zip(slots, values):
        piece = head[last:end].rstrip(" \t")
        last = end
        while last < len(head) and head[last] in " \t":
            last += 1  # the blank's spaces go
        gap = "" if last >= len(head) or head[last] in "/\n" else " "
        out.append(f"{piece} {value}{gap}")
    out.append(head[last:])
    return "".join(out) + ("\n" + "\n".join(lines[HEADER_LINES:]) if len(lines) > HEADER_LINES else "")
