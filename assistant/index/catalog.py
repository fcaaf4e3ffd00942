"""Document catalog: each plan and its chunks as JSON under data_dir/docs, plus index.json (schema, model)."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.errors import IndexMismatchError
from core.models import Chunk, Document

SCHEMA_VERSION = 1
INDEX_FILE = "index.json"
DOCS_DIR = "docs"
CACHED_ENTRIES = 16  # parsed plans kept in memory (least recently used dropped): memory stays flat at 10,000 plans


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old or the new file, never a partial one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, _dumps(data))


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def dump_entry(entry: dict[str, Any]) -> str:
    """An entry as JSON lines: schema + summary first (read alone for listings), then the plan, then one line
    per chunk (a question reads only the lines of the chunks it shows)."""
    head = {k: entry[k] for k in ("schema", "summary") if k in entry}
    body = {k: v for k, v in entry.items() if k not in head and k != "chunks"}
    lines = [_dumps(head), _dumps(body), *(_dumps(c) for c in entry.get("chunks", []))]
    return "\n".join(lines) + "\n"


def parse_entry(text: str) -> dict[str, Any]:
    """Inverse of ``dump_entry``; also reads the one- and two-line files of earlier versions."""
    lines = [line for line in text.split("\n") if line.strip()]
    entry: dict[str, Any] = {}
    for line in lines[:2]:
        entry.update(json.loads(line))
    if "chunks" not in entry:
        entry["chunks"] = [json.loads(line) for line in lines[2:]]
    return entry


_CHUNK_ID = re.compile(r'^\{"id":("(?:[^"\\]|\\.)*")')


def chunk_lines(text: str, wanted: set[str]) -> dict[str, dict[str, Any]] | None:
    """The chunks of ``wanted`` ids from an entry's text, parsing only their lines (None: older format)."""
    lines = text.split("\n")
    if len(lines) < 3 or not lines[2].startswith('{"id":'):
        return None
    found: dict[str, dict[str, Any]] = {}
    for line in lines[2:]:
        m = _CHUNK_ID.match(line)
        if m and json.loads(m.group(1)) in wanted:
            chunk = json.loads(line)
            found[chunk["id"]] = chunk
    return found


def fsync_dir(path: Path) -> None:
    """Make a rename/unlink in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def chunk_from_dict(d: dict[str, Any]) -> Chunk:
    return Chunk(**d)


def summarize(doc: Document, chunks: list[Chunk], ingested_at: str) -> dict[str, Any]:
    """The row shown by ``list_documents``."""
    tasks = [c for c in doc.clauses if c.is_task]
    return {
        "id": doc.id,
        "file_name": doc.file_name,
        "title": doc.meta.title,
        "issuer": doc.meta.issuer,
        "province": doc.meta.province,
        "year": doc.meta.year,
        "number": doc.meta.number,
        "kind": doc.meta.kind,
        "date": doc.meta.date,
        "signer": doc.meta.signer,
        "locality": doc.meta.locality,
        "n_clauses": len(doc.clauses),
        "n_tasks": len(tasks),
        "n_tasks_with_lead": sum(1 for c in tasks if c.responsibility.lead),
        "n_chunks": len(chunks),
        "ocr_pages": doc.ocr_pages,  # pages read by OCR (scans)
        "ocr_low_confidence_pages": doc.low_confidence_pages,
        "sha256": doc.sha256,
        "ingested_at": ingested_at,
    }


def encode_entry(doc: Document, chunks: list[Chunk], ingested_at: str | None = None) -> dict[str, Any]:
    """The JSON payload of one catalog entry (also used for journal staging)."""
    when = ingested_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    return {
        "schema": SCHEMA_VERSION,
        "summary": summarize(doc, chunks, when),
        "document": doc.to_dict(),
        "chunks": [asdict(c) for c in chunks],
    }


def decode_entry(data: dict[str, Any]) -> tuple[Document, list[Chunk]]:
    return Document.from_dict(data["document"]), [chunk_from_dict(c) for c in data["chunks"]]


def _mismatch(what_vi: str, what_en: str, built: str, current: str) -> IndexMismatchError:
    return IndexMismatchError(
        f"Chỉ mục được xây dựng bằng {what_vi} khác ({built}), không khớp với {what_vi} hiện tại ({current}); "
        "hãy nhúng lại các kế hoạch đã lưu: kehoach ingest --reembed THƯ_MỤC (hoặc xây dựng lại: --rebuild)",
        f"The index was built with another {what_en} ({built}) than the current one ({current}); "
        "re-embed the stored plans: kehoach ingest --reembed DIR (or rebuild: --rebuild)",
    )


class Catalog:
    """Plans and their chunks on disk. The catalog is the source of truth; Chroma and BM25 derive from it.

    ``model_id``/``dim`` given: ``index.json`` is created on first use and checked on every open
    (another model or schema raises ``IndexMismatchError``).
    """

    def __init__(self, data_dir: Path, model_id: str | None = None, dim: int | None = None):
        self.data_dir = Path(data_dir)
        self.docs_dir = self.data_dir / DOCS_DIR
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self._summaries: dict[str, tuple[tuple[int, int], dict[str, Any]]] = {}  # doc_id -> (stat key, row)
        # doc_id -> (stat key, parsed JSON), least recently used first
        self._entries: OrderedDict[str, tuple[tuple[int, int], dict[str, Any]]] = OrderedDict()
        if model_id is not None:
            self.check_model(model_id, int(dim or 0))

    # -- index.json --------------------------------------------------------------------------
    @property
    def index_file(self) -> Path:
        return self.data_dir / INDEX_FILE

    def index_info(self) -> dict[str, Any] | None:
        try:
            return json.loads(self.index_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def check_model(self, model_id: str, dim: int) -> None:
        """Create index.json, or verify that the index was built with this schema and model."""
        info = self.index_info()
        if info is None:
            atomic_write_json(
                self.index_file,
                {
                    "schema": SCHEMA_VERSION,
                    "model_id": model_id,
                    "dim": dim,
                    "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                },
            )
            return
        if info.get("schema") != SCHEMA_VERSION:
            raise _mismatch(
                "phiên bản lược đồ", "schema version", str(info.get("schema")), str(SCHEMA_VERSION)
            )
        if info.get("model_id") != model_id or int(info.get("dim", 0)) != dim:
            raise _mismatch(
                "mô hình",
                "embedding model",
                f"{info.get('model_id')}, {info.get('dim')} chiều",
                f"{model_id}, {dim} chiều",
            )

    # -- entries ------------------------------------------------------------------------------
    def path_of(self, doc_id: str) -> Path:
        if not doc_id or "/" in doc_id or doc_id.startswith("."):
            raise ValueError(f"invalid doc id: {doc_id!r}")
        return self.docs_dir / f"{doc_id}.json"

    def save(self, doc: Document, chunks: list[Chunk], ingested_at: str | None = None) -> None:
        self.save_entry(doc.id, encode_entry(doc, chunks, ingested_at))

    def save_entry(self, doc_id: str, entry: dict[str, Any]) -> None:
        """Store an already-encoded entry (from the journal's staging file)."""
        atomic_write_text(self.path_of(doc_id), dump_entry(entry))

    def _read(self, doc_id: str, cache: bool = True) -> dict[str, Any]:
        """The parsed entry, re-read only when the file changed (files are replaced atomically)."""
        path = self.path_of(doc_id)
        try:
            st = path.stat()
            key = (st.st_mtime_ns, st.st_ino)
            cached = self._entries.get(doc_id)
            if cached and cached[0] == key:
                self._entries.move_to_end(doc_id)
                return cached[1]
            data = parse_entry(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self._entries.pop(doc_id, None)
            raise KeyError(doc_id) from None
        if cache:
            self._entries[doc_id] = (key, data)
            while len(self._entries) > CACHED_ENTRIES:
                self._entries.popitem(last=False)
        return data

    def load(self, doc_id: str) -> tuple[Document, list[Chunk]]:
        return decode_entry(self._read(doc_id))

    def summary(self, doc_id: str) -> dict[str, Any]:
        """The listing row of one document (cached while its file is unchanged)."""
        path = self.path_of(doc_id)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise KeyError(doc_id) from None
        key = (st.st_mtime_ns, st.st_ino)
        cached = self._summaries.get(doc_id)
        if cached and cached[0] == key:
            return dict(cached[1])
        try:
            with path.open(encoding="utf-8") as f:
                head = json.loads(f.readline())  # the summary line only, not the whole plan
        except FileNotFoundError:
            raise KeyError(doc_id) from None
        row = head["summary"] if "summary" in head else self._read(doc_id, cache=False)["summary"]
        self._summaries[doc_id] = (key, row)
        return dict(row)

    def doc_ids(self) -> list[str]:
        return sorted(p.stem for p in self.docs_dir.glob("*.json") if not p.name.startswith("."))

    def has(self, doc_id: str) -> bool:
        return self.path_of(doc_id).exists()

    def list_documents(self) -> list[dict[str, Any]]:
        rows = []
        for doc_id in self.doc_ids():
            try:
                rows.append(self.summary(doc_id))
            except KeyError:  # removed meanwhile by another process
                continue
        return rows

    def delete_cached(self, doc_id: str) -> None:
        """Forget a parsed plan (memory), not the file."""
        self._entries.pop(doc_id, None)

    def delete(self, doc_id: str) -> None:
        path = self.path_of(doc_id)
        if path.exists():
            path.unlink()
            fsync_dir(self.docs_dir)
        self._summaries.pop(doc_id, None)
        self._entries.pop(doc_id, None)

    def chunks_by_id(self, doc_id: str, chunk_ids: set[str]) -> dict[str, Chunk]:
        """Some chunks of one plan: from the cache when the plan is there, else by reading only their lines."""
        cached = self._entries.get(doc_id)
        path = self.path_of(doc_id)
        if cached is None:
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise KeyError(doc_id) from None
            found = chunk_lines(text, chunk_ids)
            if found is not None:
                return {cid: chunk_from_dict(c) for cid, c in found.items()}
        return {c.id: c for c in self.chunks_of(doc_id) if c.id in chunk_ids}

    def chunks_of(self, doc_id: str, cache: bool = True) -> list[Chunk]:
        return [chunk_from_dict(c) for c in self._read(doc_id, cache)["chunks"]]

    def iter_chunks(self) -> Iterator[Chunk]:
        """Every chunk of every document, one document at a time (without filling the per-document cache)."""
        for entry in self.iter_entries():
            yield from (chunk_from_dict(c) for c in entry["chunks"])

    def iter_entries(self) -> Iterator[dict[str, Any]]:
        """Every stored entry (summary, document as a dict, chunks as dicts), one at a time, uncached."""
        for doc_id in self.doc_ids():
            try:
                yield self._read(doc_id, cache=False)
            except KeyError:  # removed meanwhile by another process
                continue

    def all_chunks(self) -> list[Chunk]:
        return list(self.iter_chunks())

    def wipe(self) -> None:
        """Delete every entry and index.json (for ``--rebuild``)."""
        shutil.rmtree(self.docs_dir, ignore_errors=True)
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.index_file.unlink(missing_ok=True)
        self._summaries.clear()
        self._entries.clear()
