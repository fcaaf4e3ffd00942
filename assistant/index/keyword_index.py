"""BM25 keyword index (bm25s) over folded Vietnamese syllables and bigrams, persisted in data_dir/bm25."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np

from assistant.index.catalog import atomic_write_json
from assistant.index.tokenize import document_tokens, query_tokens
from kehoach.models import Chunk

CURRENT_FILE = "current.json"
IDS_FILE = "chunk_ids.json"
STALE_FILE = "STALE"


def keyword_text(chunk: Chunk) -> str:
    """What BM25 indexes: the embedded text (issuer, province, title, heading trail and clause text)."""
    return chunk.embed_text or chunk.text


class KeywordIndex:
    """BM25 over all chunks. Rebuilt as a whole (a new generation directory, then an atomic pointer swap),
    so readers in other processes see the old or the new index and reload when the pointer changes."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._loaded_key: tuple[int, int] | None = None
        self._retriever: bm25s.BM25 | None = None
        self._ids: list[str] = []
        self._row: dict[str, int] = {}

    @property
    def pointer(self) -> Path:
        return self.root / CURRENT_FILE

    def mark_stale(self) -> None:
        """Record that the catalog changed and a rebuild is owed (survives a crash)."""
        (self.root / STALE_FILE).touch()

    def is_stale(self) -> bool:
        return (self.root / STALE_FILE).exists()

    # -- writing ------------------------------------------------------------------------------
    def rebuild(self, chunks: Iterable[Chunk]) -> int:
        """Index ``chunks`` (replacing everything); returns the number indexed."""
        chunks = list(chunks)
        generation = f"g-{time.time_ns()}"
        gen_dir = self.root / generation
        gen_dir.mkdir(parents=True)
        ids = [c.id for c in chunks]
        if chunks:
            retriever = bm25s.BM25()
            retriever.index([document_tokens(keyword_text(c)) for c in chunks], show_progress=False)
            retriever.save(str(gen_dir), show_progress=False)
        atomic_write_json(gen_dir / IDS_FILE, ids)
        atomic_write_json(self.pointer, {"generation": generation, "n": len(ids)})
        self._drop_old_generations(keep=generation)
        (self.root / STALE_FILE).unlink(missing_ok=True)
        self._loaded_key = None
        return len(ids)

    def _drop_old_generations(self, keep: str) -> None:
        for d in self.root.glob("g-*"):
            if d.is_dir() and d.name != keep:
                shutil.rmtree(d, ignore_errors=True)

    def wipe(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True, exist_ok=True)
        self._loaded_key = None
        self._retriever, self._ids, self._row = None, [], {}

    # -- reading ------------------------------------------------------------------------------
    def _pointer_key(self) -> tuple[int, int] | None:
        try:
            st = self.pointer.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def _ensure_loaded(self) -> None:
        """(Re)load when the pointer file changed (another process rebuilt the index)."""
        for _ in range(3):  # a concurrent rebuild may delete the generation we are about to read
            key = self._pointer_key()
            if key == self._loaded_key:
                return
            if key is None:
                self._retriever, self._ids, self._row, self._loaded_key = None, [], {}, None
                return
            try:
                current = json.loads(self.pointer.read_text(encoding="utf-8"))
                gen_dir = self.root / current["generation"]
                ids = json.loads((gen_dir / IDS_FILE).read_text(encoding="utf-8"))
                retriever = bm25s.BM25.load(str(gen_dir), show_progress=False) if ids else None
            except (FileNotFoundError, json.JSONDecodeError):
                time.sleep(0.05)
                continue
            self._retriever, self._ids, self._loaded_key = retriever, ids, key
            self._row = {cid: i for i, cid in enumerate(ids)}
            return

    def ids(self) -> list[str]:
        self._ensure_loaded()
        return list(self._ids)

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._ids)

    def search(self, query: str, k: int, allowed_ids: Iterable[str] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` (chunk_id, BM25 score) with a positive score, best first; optionally only ``allowed_ids``."""
        self._ensure_loaded()
        if self._retriever is None or k <= 0:
            return []
        vocab = self._retriever.vocab_dict
        token_ids = [vocab[t] for t in query_tokens(query) if t in vocab]
        if not token_ids:
            return []
        scores = np.asarray(self._retriever.get_scores(token_ids), dtype=np.float32)
        if allowed_ids is not None:
            mask = np.zeros(len(self._ids), dtype=bool)
            rows = [self._row[c] for c in allowed_ids if c in self._row]
            mask[rows] = True
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        top = positive[np.argsort(-scores[positive], kind="stable")[:k]]
        return [(self._ids[i], float(scores[i])) for i in top]
