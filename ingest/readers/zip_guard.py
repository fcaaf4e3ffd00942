"""Read the members of a .docx (a ZIP archive) as streams under running byte and ratio caps.

Nothing an archive declares about sizes is trusted: each member is decompressed from its raw bytes with
``zlib`` in bounded pieces, counting the bytes it really yields and the raw bytes it really consumes, and the
read stops as soon as a cap is passed (per member and in total). A member whose real size or CRC differs from
what its headers claim is refused as a lying archive. Parts that are not needed for the text (images, fonts,
embedded objects) are never decompressed at all.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .base import megabytes, read_error

MAX_MEMBERS = 5000
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024  # the central directory of 5,000 members with long names takes < 1 MB
MAX_EXPANDED_BYTES = 64 * 1024 * 1024  # all text parts together, never more (largest real plan part: 0.8 MB)
MEMBER_RATIO = 100  # expanded / raw bytes of one member (real Word parts: up to ~25) ...
MEMBER_RATIO_FLOOR = 1024 * 1024  # ... checked once the member has expanded past this
TOTAL_RATIO = 50  # all expanded bytes / file size (real plans: up to ~12) ...
TOTAL_RATIO_FLOOR = 8 * 1024 * 1024  # ... checked once the total has expanded past this
TEXT_PART_SUFFIXES = (".xml", ".rels")  # what the reader needs; other parts are kept as empty placeholders
PIECE = 64 * 1024  # bytes of output per decompression step (bounds the memory of one step)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_MAGIC = b"PK\x03\x04"
_END = struct.Struct("<4sHHHHIIH")  # end of central directory record
_END_MAGIC = b"PK\x05\x06"
_ZIP64_LOCATOR_MAGIC = b"PK\x06\x07"
_ZIP64_END = struct.Struct("<4sQHHIIQQQQ")


@dataclass
class _Budget:
    """Running totals of one archive read."""

    file_size: int
    expanded: int = 0


def _refuse_bomb(path: Path, file_size: int, expanded: int, why_vi: str, why_en: str):
    return read_error(
        path,
        f"Tệp .docx bất thường (có thể là «bom nén»): {why_vi}; {megabytes(file_size)} bung ra hơn "
        f"{megabytes(expanded)}; từ chối đọc.",
        f"Suspicious .docx (possible zip bomb): {why_en}; {megabytes(file_size)} expands to more than "
        f"{megabytes(expanded)}; refused.",
    )


def _corrupt(path: Path, why_vi: str, why_en: str):
    return read_error(path, f"Tệp .docx bị hỏng hoặc khai báo sai ({why_vi}).", f"Corrupt or lying .docx ({why_en}).")


def _data_start(handle, info: zipfile.ZipInfo, path: Path, file_size: int) -> int:
    """Offset of a member's data, from its local header (the central directory only says where that is)."""
    if not 0 <= info.header_offset <= file_size - _LOCAL_HEADER.size:
        raise _corrupt(path, f"thành phần {info.filename} nằm ngoài tệp", f"member {info.filename} lies outside the file")
    handle.seek(info.header_offset)
    fields = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
    if fields[0] != _LOCAL_MAGIC:
        raise _corrupt(path, f"thiếu phần đầu của {info.filename}", f"bad local header of {info.filename}")
    name_len, extra_len = fields[9], fields[10]
    return info.header_offset + _LOCAL_HEADER.size + name_len + extra_len


def _read_member(handle, info: zipfile.ZipInfo, path: Path, budget: _Budget) -> bytes:
    """Decompress one member from its raw bytes under the caps; verify its real size and CRC."""
    if info.flag_bits & 0x1:
        raise read_error(path, "Tệp .docx được mã hoá (có mật khẩu); hãy bỏ mật khẩu rồi tải lên lại.",
                         "Encrypted .docx (password protected); remove the password and upload it again.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _corrupt(path, f"kiểu nén {info.compress_type} không hỗ trợ", f"unsupported compression {info.compress_type}")
    start = _data_start(handle, info, path, budget.file_size)
    handle.seek(start)
    available = budget.file_size - start
    out = bytearray()
    crc = 0
    if info.compress_type == zipfile.ZIP_STORED:
        raw_left = min(info.compress_size, available)
        while raw_left > 0:
            piece = handle.read(min(PIECE, raw_left))
            if not piece:
                break
            raw_left -= len(piece)
            out += piece
            crc = zlib.crc32(piece, crc)
            _charge(path, budget, len(piece), len(out), len(out))
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        raw_used = 0
        pending = b""
        while not inflater.eof:
            if not pending:
                pending = handle.read(min(PIECE, available - raw_used)) if raw_used < available else b""
                if not pending:
                    raise _corrupt(path, f"dữ liệu nén của {info.filename} bị cụt", f"truncated data in {info.filename}")
                raw_used += len(pending)
            try:
                piece = inflater.decompress(pending, PIECE)
            except zlib.error as exc:
                raise _corrupt(path, f"dữ liệu nén của {info.filename} hỏng", f"bad deflate data in {info.filename}: {exc}") from None
            pending = inflater.unconsumed_tail
            out += piece
            if len(out) > info.file_size:  # a liar: stop at once, not at the caps
                raise _corrupt(path, f"{info.filename} bung ra nhiều hơn kích thước khai báo",
                               f"{info.filename} expands beyond its declared size")
            crc = zlib.crc32(piece, crc)
            # (at the stream's end the bytes read past it are both the unconsumed tail and the unused data: counted once;
            # counting them twice refused NĐ 212/2026/NĐ-CP as saved by Word, blind set b133)
            consumed = raw_used - (len(inflater.unused_data) if inflater.eof else len(pending))
            _charge(path, budget, len(piece), len(out), max(consumed, 1))
    if len(out) != info.file_size or crc != info.CRC:
        raise _corrupt(path, f"kích thước hoặc mã kiểm tra của {info.filename} khác với khai báo",
                       f"size or CRC of {info.filename} differs from its header")
    return bytes(out)


def _charge(path: Path, budget: _Budget, new_bytes: int, member_expanded: int, member_raw: int) -> None:
    """Count bytes just expanded; refuse as soon as one cap is passed."""
    budget.expanded += new_bytes
    if budget.expanded > MAX_EXPANDED_BYTES:
        raise _refuse_bomb(path, budget.file_size, budget.expanded, "nội dung bung ra vượt giới hạn",
                           "expanded content over the limit")
    if member_expanded > MEMBER_RATIO_FLOOR and member_expanded > MEMBER_RATIO * member_raw:
        raise _refuse_bomb(path, budget.file_size, budget.expanded, f"một thành phần nén hơn {MEMBER_RATIO} lần",
                           f"one member compressed more than {MEMBER_RATIO}:1")
    if budget.expanded > TOTAL_RATIO_FLOOR and budget.expanded > TOTAL_RATIO * budget.file_size:
        raise _refuse_bomb(path, budget.file_size, budget.expanded, f"cả tệp nén hơn {TOTAL_RATIO} lần",
                           f"the whole file compressed more than {TOTAL_RATIO}:1")


def _directory_size(handle, file_size: int) -> tuple[int, int] | None:
    """(members, bytes) the central directory claims, read from the end records; None if there are none.

    Checked before ``zipfile`` parses the directory, so a directory of millions of entries is never built."""
    tail_len = min(file_size, _END.size + 0xFFFF)
    handle.seek(file_size - tail_len)
    tail = handle.read(tail_len)
    pos = tail.rfind(_END_MAGIC)
    if pos < 0 or pos + _END.size > len(tail):
        return None
    fields = _END.unpack(tail[pos:pos + _END.size])
    members, size = fields[4], fields[5]
    locator = pos - 20
    if (members == 0xFFFF or size == 0xFFFFFFFF) and locator >= 0 and tail[locator:locator + 4] == _ZIP64_LOCATOR_MAGIC:
        offset = struct.unpack("<Q", tail[locator + 8:locator + 16])[0]
        if 0 <= offset <= file_size - _ZIP64_END.size:
            handle.seek(offset)
            z64 = _ZIP64_END.unpack(handle.read(_ZIP64_END.size))
            if z64[0] == b"PK\x06\x06":
                members, size = max(members, z64[7]), max(size, z64[8])
    return members, size


def _open(path: Path, file_size: int) -> zipfile.ZipFile:
    with path.open("rb") as handle:
        head = handle.read(8)
        directory = _directory_size(handle, file_size)
    if directory is not None and (directory[0] > MAX_MEMBERS or directory[1] > MAX_DIRECTORY_BYTES):
        raise read_error(
            path,
            f"Tệp .docx bất thường: khai báo {directory[0]} thành phần nén; từ chối đọc.",
            f"Suspicious .docx: it declares {directory[0]} archive members; refused.",
        )
    if head.startswith(_OLE_MAGIC):
        raise read_error(
            path,
            "Đây là tệp Word cũ (.doc) mang đuôi .docx; hãy mở bằng Word và lưu lại dạng .docx.",
            "This is an old Word (.doc) file named .docx; open it in Word and save it as .docx.",
        )
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise read_error(path, "Tệp .docx bị hỏng: không phải tệp nén ZIP hợp lệ.",
                         f"Corrupt .docx: not a valid ZIP archive ({exc}).") from None


def read_text_parts(path: Path, file_size: int) -> dict[str, bytes]:
    """Every member of the archive by name: text parts (XML) read under the caps, other parts as b""."""
    with _open(path, file_size) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise read_error(
                path,
                f"Tệp .docx bất thường: có {len(members)} thành phần nén; từ chối đọc.",
                f"Suspicious .docx: {len(members)} archive members; refused.",
            )
        budget = _Budget(file_size)
        parts: dict[str, bytes] = {}
        with path.open("rb") as handle:
            for info in members:
                if info.is_dir():
                    continue
                if not info.filename.lower().endswith(TEXT_PART_SUFFIXES):
                    parts[info.filename] = b""  # images, fonts, objects: never expanded
                    continue
                parts[info.filename] = _read_member(handle, info, path, budget)
    return parts


def repack(parts: dict[str, bytes]) -> io.BytesIO:
    """The checked parts as a new, uncompressed ZIP in memory (what python-docx then opens)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer
