"""Refuse .docx files that are not ZIP archives or that would expand to far more than they weigh (zip bombs)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .base import megabytes, read_error

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # never expand more than this
MAX_RATIO = 100  # declared uncompressed size / file size ...
RATIO_FLOOR_BYTES = 20 * 1024 * 1024  # ... checked once the expanded size passes this floor
MAX_MEMBERS = 5000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def check_zip(path: Path, file_size: int) -> None:
    """Raise ReadError unless `path` is a sane ZIP archive (the container of .docx files)."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE_MAGIC):
        raise read_error(
            path,
            "Đây là tệp Word cũ (.doc) mang đuôi .docx; hãy mở bằng Word và lưu lại dạng .docx.",
            "This is an old Word (.doc) file named .docx; open it in Word and save it as .docx.",
        )
    if not zipfile.is_zipfile(path):
        raise read_error(
            path,
            "Tệp .docx bị hỏng: không phải tệp nén ZIP hợp lệ.",
            "Corrupt .docx: not a valid ZIP archive.",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise read_error(path, f"Tệp .docx bị hỏng ({exc}).", f"Corrupt .docx ({exc}).") from None
    if len(members) > MAX_MEMBERS:
        raise read_error(
            path,
            f"Tệp .docx bất thường: có {len(members)} thành phần nén; từ chối đọc.",
            f"Suspicious .docx: {len(members)} archive members; refused.",
        )
    expanded = sum(m.file_size for m in members)
    too_big = expanded > MAX_UNCOMPRESSED_BYTES
    too_dense = expanded > RATIO_FLOOR_BYTES and expanded > MAX_RATIO * max(file_size, 1)
    if too_big or too_dense:
        raise read_error(
            path,
            f"Tệp .docx bất thường (có thể là «bom nén»): {megabytes(file_size)} bung ra {megabytes(expanded)}; "
            "từ chối đọc.",
            f"Suspicious .docx (possible zip bomb): {megabytes(file_size)} expands to {megabytes(expanded)}; refused.",
        )
