"""What a PDF's pages draw, counted by pdfium (a few milliseconds a page, no layout read): the pages showing an image
(a scan OCR may read) and the pages drawing enough lines to hold a ruled table."""

from __future__ import annotations

from pathlib import Path


def pages_drawing(path: Path, numbers: list[int], kind: str, at_least: int = 1) -> set[int]:
    """Those of the pages ``numbers`` (1-based) that draw at least ``at_least`` objects of ``kind`` ("image" or
    "path"); all of them when pdfium cannot open the file (pypdf read it: the caller's next step reports its own
    errors)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    wanted = {"image": raw.FPDF_PAGEOBJ_IMAGE, "path": raw.FPDF_PAGEOBJ_PATH}[kind]
    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return set(numbers)
    found: set[int] = set()
    try:
        for n in numbers:
            page = document[n - 1]
            try:
                drawn = page.get_objects(filter=[wanted], max_depth=2)
                if sum(1 for _, __ in zip(range(at_least), drawn)) >= at_least:
                    found.add(n)
            finally:
                page.close()
    finally:
        document.close()
    return found
