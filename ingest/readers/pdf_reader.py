"""PDF reader (pypdf): the text layer of each page, pages separated by a blank line."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from .base import ReadResult, check_file, join_blocks, read_error

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 20  # fewer letters than this in the whole file: no real text layer


def _open(path: Path) -> tuple[PdfReader, list[str]]:
    warnings: list[str] = []
    try:
        reader = PdfReader(str(path), strict=False)
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        raise read_error(path, f"Tệp PDF bị hỏng, không đọc được ({exc}).", f"Corrupt PDF, cannot read it ({exc}).") from None
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise read_error(
                path,
                f"Tệp PDF được mã hóa theo cách chưa hỗ trợ ({exc}); hãy gỡ mật khẩu rồi thử lại.",
                f"The PDF uses an unsupported encryption ({exc}); remove the password and try again.",
            ) from None
        if not opened:
            raise read_error(
                path,
                "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại.",
                "The PDF is password-protected; remove the password and try again.",
            )
        warnings.append("Tệp PDF có mã hóa (không cần mật khẩu để mở); đã đọc được.")
    return reader, warnings


def read_pdf(path: Path, max_bytes: int) -> ReadResult:
    check_file(path, max_bytes)
    reader, warnings = _open(path)
    pages: list[str] = []
    empty_pages: list[int] = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            if not _LETTER.search(text):
                empty_pages.append(number)
            pages.append(text)
    except FileNotDecryptedError:
        raise read_error(path, "Tệp PDF được bảo vệ bằng mật khẩu.", "The PDF is password-protected.") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise read_error(path, f"Tệp PDF bị hỏng ({exc}).", f"Corrupt PDF ({exc}).") from None
    if sum(len(_LETTER.findall(page)) for page in pages) < MIN_LETTERS:
        raise read_error(
            path,
            "Tệp PDF không có lớp văn bản (có thể là bản quét); hãy nhận dạng chữ (OCR) "
            "hoặc dùng bản .docx/.txt.",
            "The PDF has no text layer (probably a scan); run OCR or use a .docx/.txt version.",
        )
    if empty_pages:
        listed = ", ".join(str(n) for n in empty_pages[:10]) + ("…" if len(empty_pages) > 10 else "")
        warnings.append(f"Các trang {listed} không có lớp văn bản (có thể là ảnh quét): nội dung các trang này không đọc được.")
    text = join_blocks(pages)
    return ReadResult(text=text, source_format="pdf", warnings=warnings)
