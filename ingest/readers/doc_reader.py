"""Old Word (.doc, Word 97-2003) reader: wvWare's ``wvHtml`` turns the binary document into HTML (paragraphs,
tables, auto-numbering as list items), which the HTML reader then reads like any Word-saved page.

Offices still keep many files as .doc (4 of the 36 files taken from one provincial office's folders, e.g.
"KẾ HOẠCH KMT UBND TỈNH 2026.doc"). wvWare is a Debian package (``apt-get install wv``), run as a separate
process with a time limit, as Tesseract is for OCR. A ".doc" that is really a .docx, an HTML page or an RTF
file (Word saves all three under that name) goes to the reader of what it is."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from core.errors import ReadError

from .base import ReadResult, check_file, read_error
from .docx_reader import read_docx
from .html_reader import read_html

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERT_TIMEOUT_S = 60.0
_WV_HTML = "wvHtml"


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(512)


def _not_word(path: Path) -> Exception:
    return read_error(
        path,
        "Tệp .doc không phải tài liệu Word 97-2003 (không có chữ ký OLE); hãy mở bằng Word và lưu lại dạng .docx.",
        "The .doc file is not a Word 97-2003 document (no OLE signature); open it in Word and save it as .docx.",
    )


def _convert(path: Path, folder: Path) -> Path:
    """HTML that wvHtml writes for ``path`` inside ``folder`` (pictures, if any, are written beside it)."""
    program = shutil.which(_WV_HTML)
    if program is None:
        raise read_error(
            path,
            "Không đọc được tệp .doc: máy chưa cài wvWare (gói Debian «wv»: apt-get install wv); "
            "hoặc mở bằng Word và lưu lại dạng .docx.",
            "Cannot read .doc files: wvWare is not installed (Debian package 'wv': apt-get install wv); "
            "or open it in Word and save it as .docx.",
        )
    source = folder / "in.doc"
    shutil.copyfile(path, source)  # wvHtml is given a plain ASCII name whatever the user's file is called
    out = folder / "out.html"
    try:
        done = subprocess.run([program, "--charset=utf-8", f"--targetdir={folder}", str(source), out.name],
                              capture_output=True, timeout=CONVERT_TIMEOUT_S, cwd=folder, check=False)
    except subprocess.TimeoutExpired:
        raise read_error(
            path,
            f"Đọc tệp .doc quá {CONVERT_TIMEOUT_S:g} giây; từ chối đọc (hãy lưu lại dạng .docx).",
            f"Reading the .doc file took over {CONVERT_TIMEOUT_S:g} s; refused (save it as .docx).",
        ) from None
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        raise read_error(
            path,
            "Tệp .doc bị hỏng hoặc được mã hoá, không đọc được; hãy mở bằng Word và lưu lại dạng .docx.",
            f"Corrupt or encrypted .doc file (wvHtml exit {done.returncode}); open it in Word and save it as .docx.",
        )
    return out


def read_doc(path: Path, max_bytes: int) -> ReadResult:
    check_file(path, max_bytes)
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return read_docx(path, max_bytes)  # a .docx saved under the old name
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").lower().startswith((b"<html", b"<!doctype", b"<?xml")):
        result = read_html(path, max_bytes)  # Word's "Web page" saved as .doc
        return ReadResult(text=result.text, source_format="doc", warnings=result.warnings)
    if head.startswith(b"{\\rtf"):
        raise read_error(path, "Tệp .doc này thực chất là RTF; hãy mở bằng Word và lưu lại dạng .docx.",
                         "This .doc file is really RTF; open it in Word and save it as .docx.")
    if not head.startswith(OLE_MAGIC):
        raise _not_word(path)
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as tmp:
        html = _convert(path, Path(tmp))
        try:
            result = read_html(html, max_bytes * 20)
        except ReadError as exc:  # the HTML reader names its own temporary file; name the user's instead
            raise read_error(path, "Tệp .doc không có nội dung văn bản để đọc.",
                             f"The .doc file has no text to read ({exc.en}).") from None
    return ReadResult(text=result.text, source_format="doc", warnings=result.warnings)
