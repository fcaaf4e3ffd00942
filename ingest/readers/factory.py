"""Choose the reader for a file by its suffix and run it: read_file(path, max_bytes) -> ReadResult."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .base import SUFFIX_FORMATS, SUPPORTED_SUFFIXES, ReadResult, read_error
from .doc_reader import OLE_MAGIC, read_doc
from .docx_reader import read_docx
from .glued_syllables import split_glued_syllables
from .html_reader import read_html
from .ocr import OcrOptions
from .pdf_reader import read_pdf
from .text_reader import read_text_file

_HINTS = {
    ".rtf": ("hãy lưu lại dạng .docx", "save it as .docx"),
    ".odt": ("hãy lưu lại dạng .docx", "save it as .docx"),
}


def _vi_number(n: int) -> str:
    """1234567 -> "1.234.567" (Vietnamese digit grouping)."""
    return f"{n:,}".replace(",", ".")


def _reader_for(source_format: str) -> Callable[[Path, int], ReadResult]:
    if source_format == "docx":
        return read_docx
    if source_format == "doc":
        return read_doc
    if source_format == "pdf":
        return read_pdf
    if source_format == "html":
        return read_html
    return lambda path, max_bytes: read_text_file(path, max_bytes, source_format)


def _really_old_word(path: Path) -> bool:
    """A ".docx" that is an old Word 97-2003 file renamed (the .doc reader reads it)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(OLE_MAGIC)) == OLE_MAGIC
    except OSError:
        return False  # the reader then says what is wrong with the file


def read_file(path: Path, max_bytes: int, ocr: OcrOptions | None = None,
              on_page: Callable[[int, int], None] | None = None, max_chars: int | None = None) -> ReadResult:
    """Text of a plan file (.txt, .md, .docx, .doc, .pdf, .html, .htm); raises ReadError (Vietnamese + English).

    With ``ocr``, the scanned pages of a PDF are read by OCR (``on_page(done, total)`` reports progress).
    A text longer than ``max_chars`` is refused (a real plan is far shorter)."""
    path = Path(path)
    suffix = path.suffix.lower()
    source_format = SUFFIX_FORMATS.get(suffix)
    if source_format is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        hint_vi, hint_en = _HINTS.get(suffix, ("", ""))
        shown = suffix or "(không có đuôi)"
        raise read_error(
            path,
            f"Không hỗ trợ loại tệp {shown}; chỉ đọc được: {supported}" + (f" ({hint_vi})." if hint_vi else "."),
            f"Unsupported file type {suffix or '(no suffix)'}; supported: {supported}"
            + (f" ({hint_en})." if hint_en else "."),
        )
    if source_format == "docx" and _really_old_word(path):
        source_format = "doc"
    if source_format == "pdf":
        result = read_pdf(path, max_bytes, ocr, on_page)
    else:
        result = _reader_for(source_format)(path, max_bytes)
    if not result.pages:  # (a PDF's pages say where each lies in its text: its text stays as read)
        result.text = split_glued_syllables(result.text)  # "Văn phòng Đảng uỷchủtrì" of a copy that ran words together
    if max_chars is not None and len(result.text) > max_chars:
        raise read_error(
            path,
            f"Văn bản quá dài ({_vi_number(len(result.text))} ký tự, giới hạn {_vi_number(max_chars)}); từ chối đọc.",
            f"Text too long ({len(result.text):,} characters; the limit is {max_chars:,}); refused.",
        )
    return result
