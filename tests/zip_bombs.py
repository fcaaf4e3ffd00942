"""Crafted .docx archives for the archive-safety tests: headers that lie about sizes, honest bombs, overlapping
members, a directory claiming too many members. Written byte by byte, so every declared field can be chosen."""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class RawMember:
    """One archive member: its raw (already compressed) bytes and what the headers will claim."""

    name: str
    raw: bytes
    method: int  # 0 stored, 8 deflate
    declared_size: int
    declared_crc: int
    offset: int | None = None  # reuse the data of an earlier member (overlapping files)


def deflate(chunks, level: int = 9) -> tuple[bytes, int, int]:
    """Raw deflate of an iterable of byte chunks: (compressed, real size, real CRC)."""
    comp = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    out, size, crc = [], 0, 0
    for chunk in chunks:
        out.append(comp.compress(chunk))
        size += len(chunk)
        crc = zlib.crc32(chunk, crc)
    out.append(comp.flush())
    return b"".join(out), size, crc


def honest(name: str, chunks) -> RawMember:
    raw, size, crc = deflate(chunks)
    return RawMember(name, raw, 8, size, crc)


def stored(name: str, data: bytes) -> RawMember:
    return RawMember(name, data, 0, len(data), zlib.crc32(data))


def zeros(total: int, piece: int = 1 << 20):
    for start in range(0, total, piece):
        yield b"\0" * min(piece, total - start)


def write_zip(path: Path, members: list[RawMember], claim_entries: int | None = None) -> Path:
    """Local headers + data + central directory, each field as the member declares it."""
    body = bytearray()
    offsets = []
    for m in members:
        if m.offset is not None:
            offsets.append(offsets[m.offset])
            continue
        offsets.append(len(body))
        name = m.name.encode()
        body += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, m.method, 0, 0, m.declared_crc, len(m.raw),
                            m.declared_size, len(name), 0) + name + m.raw
    directory = bytearray()
    for m, off in zip(members, offsets):
        source = m if m.offset is None else members[m.offset]
        name = m.name.encode()
        directory += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, source.method, 0, 0,
                                 m.declared_crc, len(source.raw), m.declared_size, len(name), 0, 0, 0, 0, 0, off) + name
    entries = len(members) if claim_entries is None else claim_entries
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, min(entries, 0xFFFF), min(entries, 0xFFFF),
                      len(directory), len(body), 0)
    Path(path).write_bytes(bytes(body + directory + end))
    return Path(path)


def _document(paragraphs) -> "iter[bytes]":
    yield f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
    for p in paragraphs:
        yield p
    yield b"</w:body></w:document>"


def lying_sizes(path: Path, expands_to: int = 1 << 30) -> Path:
    """document.xml claims 2 KB but inflates to ``expands_to`` (1 GB of zeros, ~1 MB on disk)."""
    raw, _, _ = deflate(zeros(expands_to))
    return write_zip(path, [stored("[Content_Types].xml", CONTENT_TYPES),
                            RawMember("word/document.xml", raw, 8, 2048, 0x1234)])


def lying_huge_claim(path: Path) -> Path:
    """document.xml claims 4 GB but holds a small real document (sizes and CRC do not match)."""
    member = honest("word/document.xml", _document([b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"]))
    member.declared_size = 0xFFFFFFF0
    return write_zip(path, [stored("[Content_Types].xml", CONTENT_TYPES), member])


def honest_zero_bomb(path: Path, expands_to: int = 512 << 20) -> Path:
    """Truthful headers, 512 MB of zeros in one member (~0.5 MB on disk)."""
    return write_zip(path, [stored("[Content_Types].xml", CONTENT_TYPES), honest("word/document.xml", zeros(expands_to))])


def honest_xml_bomb(path: Path, expands_to: int = 61 << 20) -> Path:
    """A valid, truthful document.xml of ~61 MB of repeated paragraphs (ratio in the hundreds)."""
    para = "<w:p><w:r><w:t>Tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh.</w:t></w:r></w:p>".encode()
    return write_zip(path, [stored("[Content_Types].xml", CONTENT_TYPES),
                            honest("word/document.xml", _document([para] * (expands_to // len(para))))])


def varied_text(n_bytes: int, seed: int = 7) -> bytes:
    """Random Vietnamese-looking words: compresses only ~3-5 times, like real text."""
    rng = random.Random(seed)
    syllables = ["tuyên", "truyền", "phòng", "chống", "mua", "bán", "người", "sở", "tư", "pháp", "công", "an", "tỉnh",
                 "huyện", "xã", "kế", "hoạch", "nhiệm", "vụ", "chủ", "trì", "phối", "hợp", "thực", "hiện", "năm"]
    words = [" ".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) + str(rng.randint(0, 999))
             for _ in range(20000)]
    out, size = [], 0
    while size < n_bytes:
        w = rng.choice(words)
        out.append(w)
        size += len(w.encode()) + 1
    return " ".join(out).encode()


def overlapping_members(path: Path, copies: int = 40) -> Path:
    """One ~1.5 MB kernel (ratio ~4, honest) referenced by ``copies`` central-directory entries."""
    kernel = honest("word/document.xml", [varied_text(6 << 20)])
    members = [stored("[Content_Types].xml", CONTENT_TYPES), kernel]
    members += [RawMember(f"word/part{i}.xml", b"", 8, kernel.declared_size, kernel.declared_crc, offset=1)
                for i in range(copies)]
    return write_zip(path, members)


def too_many_members(path: Path) -> Path:
    """An end record claiming 65,535 members (the directory holds two)."""
    return write_zip(path, [stored("[Content_Types].xml", CONTENT_TYPES),
                            honest("word/document.xml", _document([b"<w:p/>"]))], claim_entries=0xFFFF)


def big_valid_document(path: Path, text_bytes: int) -> Path:
    """A well-formed .docx whose text (random words, ratio ~4) is ``text_bytes`` long: passes the archive caps,
    but parsing it takes a lot of memory."""
    words = varied_text(text_bytes).split(b" ")
    paras = (b"<w:p><w:r><w:t>" + b" ".join(words[i:i + 60]) + b"</w:t></w:r></w:p>" for i in range(0, len(words), 60))
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             b'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+'
             b'xml"/></Types>')
    return write_zip(path, [stored("[Content_Types].xml", types), stored("_rels/.rels", rels),
                            honest("word/document.xml", _document(paras))])
