"""Shared pieces of the file readers: the ReadResult type, size checks and bilingual read errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import ReadError
from core.models import PageInfo
from core.textnorm import nfc

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_FORMATS)

_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")


@dataclass
class ReadResult:
    """Text of one file: NFC, "\\n" newlines, paragraphs separated by a blank line."""

    text: str
    source_format: str  # "txt" | "md" | "docx" | "doc" | "pdf" | "html"
    warnings: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # metadata stated outside the text (a portal's block)
    pages: list[PageInfo] = field(default_factory=list)  # PDF: where each page's text lies in ``text``


def read_error(path: Path, vi: str, en: str) -> ReadError:
    """A ReadError whose messages name the file: «name»: message."""
    return ReadError(f"«{path.name}»: {vi}", f"'{path.name}': {en}")


def megabytes(n_bytes: int) -> str:
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def check_file(path: Path, max_bytes: int) -> int:
    """Size of `path` after checking it exists, is a regular file, is not empty and not too big."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise read_error(path, "Không tìm thấy tệp.", "File not found.") from None
    except OSError as exc:
        raise read_error(path, f"Không truy cập được tệp ({exc.strerror}).", f"Cannot access file ({exc.strerror}).") from None
    if not path.is_file():
        raise read_error(path, "Đây không phải là một tệp thông thường.", "Not a regular file.")
    if stat.st_size == 0:
        raise read_error(path, "Tệp rỗng: không có nội dung để đọc.", "Empty file: nothing to read.")
    if stat.st_size > max_bytes:
        raise read_error(
            path,
            f"Tệp quá lớn ({megabytes(stat.st_size)}), giới hạn là {megabytes(max_bytes)}.",
            f"File too large ({megabytes(stat.st_size)}); the limit is {megabytes(max_bytes)}.",
        )
    return stat.st_size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """All bytes of `path`, never more than max_bytes (a file that grew meanwhile is refused)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise read_error(path, f"Không đọc được tệp ({exc.strerror}).", f"Cannot read file ({exc.strerror}).") from None
    if len(data) > max_bytes:
        raise read_error(
            path,
            f"Tệp quá lớn, giới hạn là {megabytes(max_bytes)}.",
            f"File too large; the limit is {megabytes(max_bytes)}.",
        )
    return data


def join_blocks(blocks: list[str]) -> str:
    """Blocks (paragraphs, tables) as one NFC text with exactly one blank line between blocks."""
    text = "\n\n".join(b.strip("\n") for b in blocks if b.strip())
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip() + "\n"


def join_pages(pages: list[str], run_on: list[bool] | None = None) -> tuple[str, list[tuple[int, int]]]:
    """Pages as one text (as ``join_blocks`` makes it) and the span of each page's text in it ((n, n) if empty).

    Pages are separated by a blank line, or by a single line break where ``run_on[i]`` says that page i goes
    on from the page before (the repair stage then joins a sentence cut by the page break as a wrapped line)."""
    text = ""
    spans: list[tuple[int, int]] = []
    for i, page in enumerate(pages):
        block = join_blocks([page]).strip("\n") if page.strip() else ""
        if not block:
            spans.append((len(text), len(text)))
            continue
        if text:
            text += "\n" if run_on and run_on[i] else "\n\n"
        spans.append((len(text), len(text) + len(block)))
        text += block
    return text + "\n", spans


def require_text(path: Path, text: str, what_vi: str, what_en: str) -> None:
    """Refuse a document whose extracted text is empty or whitespace only."""
    if not text.strip():
        raise read_error(
            path,
            f"Tệp rỗng: {what_vi} không có nội dung văn bản để đọc.",
            f"Empty file: the {what_en} has no text to read.",
        )
