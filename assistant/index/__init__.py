"""PlanIndex: one facade over the catalog (source of truth), the Chroma vector store and the BM25 index."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.index.catalog import Catalog, chunk_from_dict, decode_entry, encode_entry, parse_entry
from assistant.index.corpus_stats import STATS_FILE, CorpusStats
from assistant.index.journal import IndexBusyError, Journal, PendingOp, WriteLock
from assistant.index.keyword_index import KeywordIndex
from assistant.index.sources import SOURCES_DIR, SourceStore
from assistant.index.tasks import TASKS_FILE, TaskTable
from assistant.index.trash import Trash, TrashedPlan
from assistant.index.vector_store import VectorStore, content_sha
from core.errors import BackendUnavailableError, KehoachError
from core.models import Chunk, Document
from core.settings import Settings

__all__ = ["PlanIndex", "IndexBusyError", "NotIndexedError", "TrashedPlan"]


class NotIndexedError(KehoachError, KeyError):
    """A document or chunk id that the index does not hold."""

    def __str__(self) -> str:  # KeyError would otherwise show the repr of the message
        return f"{self.vi} / {self.en}"


class PlanIndex:
    """Add, remove and search plans. Writes are serialised by a file lock and made crash-safe by a journal:
    an add/remove interrupted by a crash is redone when the index is next opened (or before the next write).

    Order of an add: journal (with the staged entry) -> Chroma upsert -> BM25 marked stale -> catalog ->
    BM25 rebuilt -> journal cleared. Inside ``batch()`` the BM25 rebuild is done once at the end (a crash
    leaves the stale mark, and the next open rebuilds). Readers need no lock: catalog and BM25 files are
    replaced atomically and BM25 reloads when it changes. (Embedded Chroma is not meant for concurrent
    processes; use a Chroma server, ``KEHOACH_CHROMA_URL``, when several processes share an index.)
    """

    def __init__(self, settings: Settings, embedder: Embeddings, rebuild: bool = False, lock_timeout: float = 600.0,
                 reembed: bool = False):
        self.settings = settings
        self.data_dir = Path(settings.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder
        self.model_id: str = str(getattr(embedder, "model_id"))
        self.dim: int = int(getattr(embedder, "dim"))
        self._lock = WriteLock(self.data_dir, timeout=lock_timeout)
        self.journal = Journal(self.data_dir)
        self.keywords = KeywordIndex(self.data_dir / "bm25")
        self.vectors = VectorStore(self.data_dir, embedder, self.model_id, self.dim, settings.chroma_url,
                                   settings.dense_ef_search)
        self.sources = SourceStore(self.data_dir / SOURCES_DIR)
        self.trash_bin = Trash(self.data_dir)
        self._batch_depth = 0
        if rebuild:
            self._wipe()
        elif reembed:
            self._reembed()
        self.catalog = Catalog(self.data_dir, self.model_id, self.dim)  # IndexMismatchError if built otherwise
        try:
            self.recover()
        except BackendUnavailableError:
            pass  # Chroma server down: the journal keeps the operation; the next write (or open) redoes it

    # -- writing ------------------------------------------------------------------------------
    def add(self, doc: Document, chunks: list[Chunk]) -> dict[str, int]:
        """Store (or replace) a plan and its chunks; returns Chroma counts (embedded, updated, deleted...)."""
        entry = encode_entry(doc, chunks)
        with self._lock:
            self._redo_pending()
            self.journal.begin(PendingOp("add", doc.id, entry))
            stats = self._apply_add(doc.id, entry)
            self.journal.commit()
        return stats

    def remove(self, doc_id: str) -> bool:
        """Delete a plan everywhere; False if it was not indexed."""
        with self._lock:
            self._redo_pending()
            if not self.catalog.has(doc_id) and not self.vectors.ids(doc_id):
                return False
            self.journal.begin(PendingOp("remove", doc_id))
            self._apply_remove(doc_id)
            self.journal.commit()
        return True

    def trash(self, doc_id: str, actor: str) -> TrashedPlan | None:
        """Soft delete: keep the stored entry and its source file in the trash, then remove the plan from the
        catalog, Chroma and BM25. ``restore`` brings it back as it was. None if the plan is not indexed."""
        with self._lock:
            self._redo_pending()
            if not self.catalog.has(doc_id):
                return None
            text = self.catalog.path_of(doc_id).read_text(encoding="utf-8")
            plan = self.trash_bin.put(doc_id, text, self.catalog.summary(doc_id), actor)
            self.sources.move_to(doc_id, self.trash_bin.sources)
            self.journal.begin(PendingOp("remove", doc_id))
            self._apply_remove(doc_id)
            self.journal.commit()
        return plan

    def restore(self, doc_id: str) -> bool:
        """Put a trashed plan back exactly as it was stored (same clauses, chunks and vectors); False if the
        trash does not hold it. A plan stored meanwhile under the same id is replaced by the restored one."""
        with self._lock:
            self._redo_pending()
            try:
                entry = parse_entry(self.trash_bin.entry_text(doc_id))
            except KeyError:
                return False
            self.journal.begin(PendingOp("add", doc_id, entry))
            self._apply_add(doc_id, entry)
            self.journal.commit()
            self.trash_bin.sources.move_to(doc_id, self.sources)
            self.trash_bin.drop(doc_id)
        return True

    def trashed(self) -> list[TrashedPlan]:
        return self.trash_bin.list()

    def purge(self, doc_id: str) -> bool:
        """Forget a trashed plan for good (entry and source file)."""
        with self._lock:
            if doc_id not in self.trash_bin:
                return False
            self.trash_bin.drop(doc_id)
        return True

    def keep_source(self, doc_id: str, upload: Path) -> Path:
        """Move an uploaded file in as the source of an indexed plan (it leaves and returns with the plan)."""
        return self.sources.keep(doc_id, upload)

    @contextmanager
    def batch(self) -> Iterator["PlanIndex"]:
        """Hold the write lock for many adds/removes and rebuild BM25 once at the end."""
        with self._lock:
            self._batch_depth += 1
            try:
                yield self
            finally:
                self._batch_depth -= 1
                if self._batch_depth == 0 and self.keywords.is_stale():
                    self.rebuild_keywords()

    def rebuild_keywords(self) -> int:
        """Rebuild BM25 and the corpus statistics from the catalog; returns the number of chunks indexed."""
        with self._lock:
            return self._rebuild_derived()

    def _rebuild_derived(self) -> int:
        """One pass over every plan feeds BM25, the question tables (``CorpusStats``) and the responsibility
        table (``TaskTable``), stored together."""
        stats = CorpusStats()
        tasks = TaskTable()

        def chunks():
            for entry in self.catalog.iter_entries():
                tasks.add_document(entry["document"])
                for d in entry["chunks"]:
                    c = chunk_from_dict(d)
                    stats.add(c)
                    yield c

        return self.keywords.rebuild(chunks(), sidecars=lambda: {STATS_FILE: stats.to_dict(),
                                                                 TASKS_FILE: tasks.to_dict()})

    def _after_catalog_change(self) -> None:
        if self._batch_depth == 0:
            self._rebuild_derived()

    def _apply_add(self, doc_id: str, entry: dict[str, Any]) -> dict[str, int]:
        doc, chunks = decode_entry(entry)
        stats = self.vectors.upsert_document(doc, chunks)
        self.keywords.mark_stale()
        self.catalog.save_entry(doc_id, entry)
        self._after_catalog_change()
        return stats

    def _apply_remove(self, doc_id: str) -> None:
        self.sources.remove(doc_id)  # a plan removed for good takes its uploaded file along (trash moved it first)
        self.vectors.delete_document(doc_id)
        self.keywords.mark_stale()
        self.catalog.delete(doc_id)
        self._after_catalog_change()

    def _redo_pending(self) -> bool:
        """Finish an operation a crashed writer left in the journal (caller holds the lock)."""
        op = self.journal.pending()
        if op is None:
            return False
        if op.op == "add" and op.staged is not None:
            self._apply_add(op.doc_id, op.staged)
        else:
            self._apply_remove(op.doc_id)
        self.journal.commit()
        return True

    def recover(self) -> bool:
        """Redo an unfinished operation, unless a live writer holds the lock; True if something was redone."""
        def keywords_owed() -> bool:
            return self.keywords.is_stale() or (not self.keywords.pointer.exists() and bool(self.catalog.doc_ids()))

        if self.journal.pending() is None and not keywords_owed():
            return False
        if not self._lock.try_acquire():
            return False  # another process is writing; it will finish its own operation
        try:
            redone = self._redo_pending()
            if keywords_owed():
                self._rebuild_derived()
                redone = True
            return redone
        finally:
            self._lock.release()

    def _reembed(self) -> int:
        """Index built with another embedding model: embed the stored plans with this one (no source files
        needed; the catalog is the source of truth), then drop the old model's vectors. Idempotent, so a crash
        midway is finished by running it again. Returns the number of plans re-embedded (0: nothing to do)."""
        with self._lock:
            catalog = Catalog(self.data_dir)
            info = catalog.index_info()
            if not info or (info.get("model_id"), int(info.get("dim") or 0)) == (self.model_id, self.dim):
                return 0
            doc_ids = catalog.doc_ids()
            for doc_id in doc_ids:
                doc, chunks = catalog.load(doc_id)
                self.vectors.upsert_document(doc, chunks)
                catalog.delete_cached(doc_id)
            VectorStore(self.data_dir, self.embedder, str(info.get("model_id")), int(info.get("dim") or 0),
                        self.settings.chroma_url).drop_collection()
            catalog.index_file.unlink(missing_ok=True)
            catalog.check_model(self.model_id, self.dim)  # records the new model
            return len(doc_ids)

    def _wipe(self) -> None:
        """Empty the index (catalog, BM25, journal, this model's collection and the previous model's)."""
        with self._lock:
            previous = Catalog(self.data_dir).index_info()
            if previous and (previous.get("model_id"), previous.get("dim")) != (self.model_id, self.dim):
                old = VectorStore(
                    self.data_dir, self.embedder, str(previous.get("model_id")), int(previous.get("dim") or 0),
                    self.settings.chroma_url,
                )
                old.drop_collection()
            self.vectors.drop_collection()
            Catalog(self.data_dir).wipe()
            self.keywords.wipe()
            self.journal.commit()

    # -- reading ------------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        return self.catalog.list_documents()

    def document(self, doc_id: str) -> Document:
        return self._load(doc_id)[0]

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return self._load(doc_id)[1]

    def chunk(self, chunk_id: str) -> Chunk:
        doc_id = chunk_id.split("#", 1)[0]
        for c in self.chunks_of(doc_id):
            if c.id == chunk_id:
                return c
        raise self._not_found(chunk_id)

    def chunks(self, chunk_ids: list[str]) -> list[Chunk]:
        """Several chunks in the given order (each plan file read once, only the wanted chunks parsed)."""
        wanted: dict[str, set[str]] = {}
        for cid in chunk_ids:
            wanted.setdefault(cid.split("#", 1)[0], set()).add(cid)
        found: dict[str, Chunk] = {}
        for doc_id, ids in wanted.items():
            try:
                found.update(self.catalog.chunks_by_id(doc_id, ids))
            except KeyError:
                raise self._not_found(doc_id) from None
        missing = [cid for cid in chunk_ids if cid not in found]
        if missing:
            raise self._not_found(missing[0])
        return [found[cid] for cid in chunk_ids]

    def has(self, doc_id: str, sha256: str) -> bool:
        """True when this exact file version is fully indexed (so ingest can skip it)."""
        if not self.catalog.has(doc_id):
            return False
        pending = self.journal.pending()
        if pending is not None and pending.doc_id == doc_id:
            return False
        try:
            return self.catalog.summary(doc_id).get("sha256") == sha256
        except KeyError:
            return False

    def dense_search(self, query: str, k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) from Chroma, best first."""
        return self.vectors.search(query, k, where)

    def keyword_search(self, query: str, k: int, allowed_ids: list[str] | set[str] | None = None,
                       allowed_docs: list[str] | set[str] | None = None, scope_idf_share: float = 0.0
                       ) -> list[tuple[str, float]]:
        """(chunk_id, BM25 score) best first; diacritics and hoá/hóa spelling do not matter."""
        return self.keywords.search(query, k, allowed_ids, allowed_docs, scope_idf_share)

    def corpus_stats(self) -> CorpusStats:
        """The question tables of the current index (stored at the last build; recomputed if absent)."""
        key = self.keywords.generation_key()
        if key is None or key != getattr(self, "_stats_key", None):
            data = self.keywords.sidecar(STATS_FILE)
            stats = CorpusStats.from_dict(data) if data else None
            self._stats = stats or CorpusStats.of(self.catalog.iter_chunks())  # an index built before stats.json
            self._stats_key = key
        return self._stats

    def task_table(self) -> TaskTable:
        """The responsibility table of the current index (stored at the last build; recomputed if absent)."""
        key = self.keywords.generation_key()
        if key is None or key != getattr(self, "_tasks_key", None):
            data = self.keywords.sidecar(TASKS_FILE)
            table = TaskTable.from_dict(data) if data else None
            self._tasks = table or TaskTable.of(e["document"] for e in self.catalog.iter_entries())
            self._tasks_key = key
        return self._tasks

    def verify(self) -> list[str]:
        """Inconsistencies between catalog, Chroma and BM25 (empty when all agree)."""
        problems: list[str] = []
        pending = self.journal.pending()
        if pending is not None:
            problems.append(f"Thao tác '{pending.op}' cho văn bản {pending.doc_id} chưa hoàn tất (journal)")
        expected: dict[str, str] = {}  # chunk id -> content sha of its embedded text
        catalog_ids: list[str] = []
        for doc_id in self.catalog.doc_ids():
            for c in self.catalog.chunks_of(doc_id, cache=False):
                catalog_ids.append(c.id)
                expected[c.id] = content_sha(self.model_id, c.embed_text)
                if c.doc_id != doc_id:
                    problems.append(f"Đoạn {c.id} nằm trong văn bản {doc_id} nhưng ghi doc_id={c.doc_id}")
        if len(catalog_ids) != len(expected):
            problems.append(f"Danh mục có {len(catalog_ids) - len(expected)} mã đoạn trùng lặp")
        stored = self.vectors.all_metadatas()
        if self.vectors.count() != len(stored):
            problems.append("Chroma có mã đoạn trùng lặp")
        missing = sorted(set(expected) - set(stored))
        extra = sorted(set(stored) - set(expected))
        stale = sorted(cid for cid in set(expected) & set(stored) if stored[cid].get("content_sha") != expected[cid])
        if missing:
            problems.append(f"Chroma thiếu {len(missing)} đoạn: {', '.join(missing[:5])}")
        if extra:
            problems.append(f"Chroma thừa {len(extra)} đoạn không có trong danh mục: {', '.join(extra[:5])}")
        if stale:
            problems.append(f"Chroma giữ vectơ cũ của {len(stale)} đoạn: {', '.join(stale[:5])}")
        if self.keywords.is_stale() and self._batch_depth == 0:
            problems.append("BM25 chưa được xây dựng lại sau lần cập nhật cuối")
        bm25_ids = self.keywords.ids()
        if len(bm25_ids) != len(set(bm25_ids)):
            problems.append("BM25 có mã đoạn trùng lặp")
        if set(bm25_ids) != set(expected):
            diff = sorted(set(bm25_ids) ^ set(expected))
            problems.append(f"BM25 lệch với danh mục ở {len(diff)} đoạn: {', '.join(diff[:5])}")
        return problems

    # -- helpers ------------------------------------------------------------------------------
    def _load(self, doc_id: str) -> tuple[Document, list[Chunk]]:
        try:
            return self.catalog.load(doc_id)
        except KeyError:
            raise self._not_found(doc_id) from None

    @staticmethod
    def _not_found(what: str) -> NotIndexedError:
        return NotIndexedError(f"Không tìm thấy trong chỉ mục: {what}", f"Not found in the index: {what}")
