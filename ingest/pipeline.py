"""Plan file → Document (metadata, repaired text, clause tree with responsibilities) → chunks."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from ingest.chunk import Chunker
from ingest.metadata import extract_layout
from ingest.parse import build_clauses
from ingest.repair import repair, unflatten
from core.dates import read_deadlines
from core.models import Chunk, Document
from core.lexicon import lexicon_version
from core.settings import Settings
from core.textnorm import nfc, strip_diacritics


# Bump when parsing changes what a file yields: unchanged files are then parsed and indexed again. Edits to the
# lexicon (core/lexicon/*.toml) do the same by themselves.
PARSER_VERSION = "201"


def fingerprint(data: bytes) -> str:
    """Identity of a file's content as this parser and lexicon read it (stored as Document.sha256)."""
    return hashlib.sha256(f"{PARSER_VERSION}:{lexicon_version()}".encode() + b"\0" + data).hexdigest()


def doc_id_for(file_name: str) -> str:
    """Stable, filesystem-safe, unique id from a file name: "Kế hoạch 01.docx" -> "ke-hoach-01-docx-3f2a9c".

    The readable slug loses information (accents, punctuation, length), so a short hash of the exact
    name keeps two different names from ever sharing an id (and silently replacing each other).
    """
    name = nfc(file_name)
    slug = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(name).lower()).strip("-")[:100].strip("-") or "plan"
    return f"{slug}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"


def parse_text(text: str, file_name: str, source_format: str = "txt", sha256: str = "",
               fields: dict[str, str] | None = None) -> Document:
    """Parse the text of a plan (as read from its file) into a Document. ``fields``: metadata a reader found
    outside the text (a legal portal's metadata block)."""
    source = unflatten(nfc(text))  # (a text copied flat has its numbered items put back on lines of their own)
    repaired = repair(source)
    layout = extract_layout(repaired.paragraphs, file_name, fields)
    paragraphs = layout.paragraphs  # (the header's date and kind line apart when a copy ran them into one)
    intro = [p for p in paragraphs[layout.intro_start:layout.body_start] if not p.is_table_row]
    doc_id = doc_id_for(file_name)
    clauses = build_clauses(doc_id, paragraphs[layout.body_start:], repaired.footnotes, intro, layout.meta.kind)
    if not clauses and paragraphs:
        # no body the layout could tell from the header (a text copied as one long paragraph): every paragraph is read,
        # so the text is still searched and quoted rather than refused
        clauses = build_clauses(doc_id, paragraphs, repaired.footnotes, [], layout.meta.kind)
    read_deadlines(clauses, layout.meta.date)  # Responsibility.due: the deadline text as dates (core.dates)
    return Document(
        id=doc_id,
        file_name=file_name,
        source_format=source_format,
        sha256=sha256 or hashlib.sha256(source.encode("utf-8")).hexdigest(),
        meta=layout.meta,
        source_text=source,
        text="\n\n".join(p.text for p in paragraphs),
        clauses=clauses,
        warnings=list(repaired.notes),
    )


def ocr_options(settings: Settings):
    """The OCR settings (KEHOACH_OCR_*) as the readers take them; None when OCR is switched off."""
    from ingest.readers import OcrOptions

    if not settings.ocr_enabled:
        return None
    return OcrOptions(
        tesseract_cmd=settings.ocr_tesseract_cmd, lang=settings.ocr_lang, max_dpi=settings.ocr_max_dpi,
        max_pages=settings.ocr_max_pages, page_timeout=settings.ocr_page_timeout, workers=settings.ocr_workers,
        low_confidence=settings.ocr_low_confidence,
        cache_dir=settings.ocr_cache_dir or settings.data_dir / "ocr_cache",
    )


def ingest_file(path: Path, settings: Settings,
                on_page: Callable[[int, int], None] | None = None) -> tuple[Document, list[Chunk]]:
    """Read, repair, parse and chunk one plan file. Raises core.errors.ReadError for bad input.

    ``on_page(done, total)`` reports the progress of OCR over the scanned pages of a PDF."""
    from ingest.readers import read_file

    path = Path(path)
    result = read_file(path, max_bytes=settings.max_file_mb * 1024 * 1024, ocr=ocr_options(settings), on_page=on_page,
                       max_chars=settings.max_text_chars)
    sha = fingerprint(path.read_bytes())
    doc = parse_text(result.text, path.name, result.source_format, sha, result.fields)
    doc.pages = result.pages
    doc.warnings = [*result.warnings, *doc.warnings]
    chunks = Chunker(settings.chunk_max_tokens).chunk(doc)
    return doc, chunks
