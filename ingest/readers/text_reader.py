"""Plain text (.txt/.md) reader: detects UTF-8 (with/without BOM), UTF-16 and Windows-1258, refuses binary."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path

from core.textnorm import nfc

from .base import ReadResult, check_file, read_bytes, read_error, require_text
from .front_matter import split_front_matter
from .portal import clean_portal_text, looks_like_portal
from .word_cell_marks import has_cell_marks, tables_from_cell_marks

# Magic numbers of formats people save under a wrong suffix: (prefix, Vietnamese name, English name).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "tệp PDF", "a PDF file"),
    (b"PK\x03\x04", "tệp nén ZIP (có thể là .docx)", "a ZIP archive (maybe a .docx)"),
    (b"\xd0\xcf\x11\xe0", "tệp Word/Excel cũ (.doc/.xls)", "an old Word/Excel file (.doc/.xls)"),
    (b"\x89PNG", "ảnh PNG", "a PNG image"),
    (b"\xff\xd8\xff", "ảnh JPEG", "a JPEG image"),
    (b"GIF8", "ảnh GIF", "a GIF image"),
    (b"{\\rtf", "tệp RTF", "an RTF file"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# Punctuation common in Vietnamese documents beyond ASCII (Windows-1258 has all of them).
_COMMON_PUNCT = set("“”‘’–—…•·°×§«»\u00a0")
MIN_PLAUSIBLE_RATIO = 0.97  # share of characters that must be ordinary Latin/Vietnamese text


def _is_latin_letter(ch: str) -> bool:
    code = ord(ch)
    return ch.isalpha() and (code < 0x250 or 0x1E00 <= code <= 0x1EFF)


def plausibility_problem(text: str) -> str | None:
    """Why `text` does not look like Vietnamese/Latin prose, or None when it does.

    Counted per distinct character (``Counter`` runs in C), so a 200 KB plan is checked in a few ms."""
    counts = Counter(text)
    chars = counts.items()

    def total(pred) -> int:
        return sum(n for ch, n in chars if pred(ch))

    if total(lambda ch: unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS) > max(2, len(text) // 1000):
        return "control"
    n_letters = total(str.isalpha)
    if not n_letters:
        return "no-letters"
    if total(lambda ch: ch.isalpha() and _is_latin_letter(ch)) < 0.8 * n_letters:
        return "script"
    n_visible = total(lambda ch: not ch.isspace())
    ordinary = total(
        lambda ch: not ch.isspace()
        and (ch.isascii() or _is_latin_letter(ch) or ch in _COMMON_PUNCT or unicodedata.category(ch) == "Mn")
    )
    if ordinary < MIN_PLAUSIBLE_RATIO * n_visible:
        return "symbols"
    stray_marks = total(lambda ch: unicodedata.category(ch) == "Mn")
    if stray_marks > max(3, n_letters // 100):  # combining marks left after NFC: not real Vietnamese
        return "marks"
    return None


def _sample(text: str, size: int = 200_000) -> str:
    """The whole text when short, else its beginning, middle and end (the checks are per character)."""
    if len(text) <= size:
        return text
    third = size // 3
    middle = len(text) // 2
    return text[:third] + text[middle - third // 2 : middle + third // 2] + text[-third:]


def check_plausible(path: Path, text: str) -> None:
    """Raise ReadError unless decoded `text` looks like Vietnamese/Latin prose (not binary, not mis-decoded)."""
    problem = plausibility_problem(_sample(text))
    if problem == "control":
        raise read_error(
            path,
            "Tệp chứa nhiều ký tự điều khiển (tệp nhị phân?), không phải văn bản.",
            "The file contains many control characters (binary?), not text.",
        )
    if problem is not None:
        raise read_error(
            path,
            "Không nhận ra bảng mã của tệp: nội dung không giống văn bản tiếng Việt "
            "(hãy lưu lại tệp bằng UTF-8).",
            "Unknown text encoding: the content does not look like Vietnamese text (save the file as UTF-8).",
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the NUL pattern of the bytes says so (ASCII has a zero high byte)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.2 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.2 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """Text decoded as UTF-8 with replacement when only a few bytes are invalid, and their count."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if not ch.isascii())
    if bad and non_ascii > 10 * bad and bad <= max(3, len(text) // 1000):
        return text, bad
    return None


def decode_text(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Decode the bytes of a text file; returns (text, Vietnamese warnings) or raises ReadError."""
    warnings: list[str] = []
    encoding: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        warnings.append("Đã đọc bằng bảng mã UTF-16.")
    elif (guess := _utf16_without_bom(data)) is not None:
        encoding = guess
        warnings.append(f"Đã đọc bằng bảng mã {guess.upper()} (không có BOM).")
    if encoding is None:
        for magic, vi_name, en_name in _MAGIC:
            if data.startswith(magic):
                raise read_error(
                    path,
                    f"Tệp có vẻ là {vi_name}, không phải văn bản thuần; hãy dùng đúng đuôi tệp.",
                    f"The file looks like {en_name}, not plain text; use the right file suffix.",
                )
        if b"\x00" in data:
            raise read_error(
                path,
                "Tệp nhị phân (có byte NUL), không phải văn bản; không đọc được.",
                "Binary file (contains NUL bytes), not text; cannot read it.",
            )
    text: str | None = None
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise read_error(
                path, f"Tệp {encoding.upper()} bị hỏng, không giải mã được.", f"Corrupt {encoding.upper()} file."
            ) from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            partial = _mostly_utf8(data)
            if partial is not None:
                text = partial[0]
                warnings.append(f"Có {partial[1]} ký tự hỏng trong tệp UTF-8, đã thay bằng dấu �.")
            else:
                text = _decode_cp1258(path, data)
                warnings.append("Đã đọc bằng bảng mã Windows-1258.")
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if has_cell_marks(text):
        text = tables_from_cell_marks(text)  # a Word file's text with its cell marks: its tables as rows
        warnings.append("Văn bản chép từ tệp Word còn dấu ô bảng: đã dựng lại các bảng.")
    if not text.strip():
        raise read_error(path, "Tệp rỗng: chỉ có khoảng trắng, không có nội dung để đọc.", "Empty file: only whitespace.")
    check_plausible(path, text)
    return text, warnings


def _decode_cp1258(path: Path, data: bytes) -> str:
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise read_error(
            path,
            "Không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay Windows-1258); "
            "hãy lưu lại tệp bằng UTF-8.",
            "Unknown text encoding (not UTF-8, UTF-16 or Windows-1258); save the file as UTF-8.",
        ) from None


# Markdown's backslash escapes of punctuation ("Số 60\\-NQ/TW", "\\-\\-\\-") and its hard line breaks (a backslash
# ending a line), as pandoc writes a Word file out: the characters as written, the break as a line end (Nghị quyết
# 60-NQ/TW and 1670/NQ-UBTVQH15 as converted to Markdown in dvhcvn/20250701, input/docs; blind sets b118, b119)
_MD_ESCAPE = re.compile(r"\\([-!\"#$%&'()*+,./:;<=>?@\[\\\]^_`{|}~])")
_MD_HARD_BREAK = re.compile(r"\\(?=[ \t]|$)", re.M)


def _markdown_unescaped(text: str) -> str:
    return _MD_ESCAPE.sub(r"\1", _MD_HARD_BREAK.sub("", text))


def read_text_file(path: Path, max_bytes: int, source_format: str) -> ReadResult:
    """Read a .txt/.md file keeping its layout (only CRLF→LF and NFC); a copy saved from a legal web portal
    loses the portal's own text and gets its tables back (``ingest.readers.portal``)."""
    check_file(path, max_bytes)
    data = read_bytes(path, max_bytes)
    text, warnings = decode_text(path, data)
    text, fields = split_front_matter(text)
    if source_format == "md":
        text = _markdown_unescaped(text)
    if looks_like_portal(text):
        cleaned = clean_portal_text(text)
        text, fields = cleaned.text, {**fields, **cleaned.fields}
        require_text(path, text, "bản sao từ cổng pháp luật", "portal copy")
        warnings.append(f"Bản sao từ cổng pháp luật: đã bỏ {cleaned.dropped_lines} dòng của cổng, "
                        f"dựng lại {cleaned.tables} bảng.")
    return ReadResult(text=text, source_format=source_format, warnings=warnings, fields=fields)
