"""BM25 keyword index (bm25s) over folded Vietnamese syllables and bigrams, persisted in data_dir/bm25."""

from __future__ import annotations

import json
import math
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from assistant.index.catalog import atomic_write_json
from assistant.index.tokenize import document_tokens, query_tokens
from core.models import Chunk

CURRENT_FILE = "current.json"
IDS_FILE = "chunk_ids.json"
STALE_FILE = "STALE"


def keyword_text(chunk: Chunk) -> str:
    """What BM25 indexes: the embedded text (issuer, province, title, heading trail and clause text)."""
    return chunk.embed_text or chunk.text


MIN_SCOPE = 20  # chunks in scope below which the scope's own IDF is too noisy to use


def _idf(df: int, n: int) -> float:
    """BM25's (Lucene) inverse document frequency, as bm25s computes it."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


class KeywordIndex:
    """BM25 over all chunks. Rebuilt as a whole (a new generation directory, then an atomic pointer swap),
    so readers in other processes see the old or the new index and reload when the pointer changes."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._retriever: bm25s.BM25 | None = None
        self._ids: list[str] = []  # row -> chunk id
        self._row: dict[str, int] | None = None  # chunk id -> row (built when first needed)
        self._row_doc = np.zeros(0, dtype=np.int32)  # row -> plan number in _doc_index
        self._doc_index: dict[str, int] = {}  # plan id -> plan number
        self._gen_dir: Path | None = None
        self._loaded_key: tuple[int, int] | None = None

    @property
    def pointer(self) -> Path:
        return self.root / CURRENT_FILE

    def mark_stale(self) -> None:
        """Record that the catalog changed and a rebuild is owed (survives a crash)."""
        (self.root / STALE_FILE).touch()

    def is_stale(self) -> bool:
        return (self.root / STALE_FILE).exists()

    # -- writing ------------------------------------------------------------------------------
    def rebuild(self, chunks: Iterable[Chunk], sidecars: Callable[[], dict[str, Any]] | None = None) -> int:
        """Index ``chunks`` (replacing everything); returns the number indexed.

        Chunks are read one at a time and kept only as token-id arrays, so 450,000 chunks fit in memory.
        ``sidecars()`` (called after the chunks are consumed) gives extra JSON files for the same generation.
        """
        generation = f"g-{time.time_ns()}"
        gen_dir = self.root / generation
        gen_dir.mkdir(parents=True)
        ids: list[str] = []
        vocab: dict[str, int] = {}
        token_ids: list[np.ndarray] = []
        for c in chunks:
            ids.append(c.id)
            toks = document_tokens(keyword_text(c))
            token_ids.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in toks), dtype=np.int32,
                                         count=len(toks)))
        if ids:
            retriever = bm25s.BM25()
            retriever.index((token_ids, vocab), show_progress=False)
            retriever.save(str(gen_dir), show_progress=False)
        del token_ids
        atomic_write_json(gen_dir / IDS_FILE, ids)
        for name, data in (sidecars() if sidecars else {}).items():
            atomic_write_json(gen_dir / name, data)
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
        self._set_loaded(None, [], None, None)

    # -- reading ------------------------------------------------------------------------------
    def _pointer_key(self) -> tuple[int, int] | None:
        try:
            st = self.pointer.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def _ensure_loaded(self) -> None:
        """(Re)load when the pointer file changed (another process rebuilt the index).

        The score matrix is memory-mapped: a query touches only its own terms' postings, so the resident
        size does not grow with the corpus."""
        for _ in range(3):  # a concurrent rebuild may delete the generation we are about to read
            key = self._pointer_key()
            if key == self._loaded_key:
                return
            if key is None:
                self._set_loaded(None, [], None, None)
                return
            try:
                current = json.loads(self.pointer.read_text(encoding="utf-8"))
                gen_dir = self.root / current["generation"]
                ids = json.loads((gen_dir / IDS_FILE).read_text(encoding="utf-8"))
                retriever = bm25s.BM25.load(str(gen_dir), mmap=True, show_progress=False) if ids else None
            except (FileNotFoundError, json.JSONDecodeError):
                time.sleep(0.05)
                continue
            self._set_loaded(retriever, ids, gen_dir, key)
            return

    def _set_loaded(self, retriever, ids: list[str], gen_dir: Path | None, key) -> None:
        self._retriever, self._ids, self._gen_dir, self._loaded_key = retriever, ids, gen_dir, key
        self._row = None
        self._doc_index = {}
        rows = np.empty(len(ids), dtype=np.int32)
        for i, cid in enumerate(ids):
            rows[i] = self._doc_index.setdefault(cid.rsplit("#", 1)[0], len(self._doc_index))
        self._row_doc = rows

    def sidecar(self, name: str) -> Any | None:
        """A JSON file stored with the current generation (see ``rebuild``), or None."""
        self._ensure_loaded()
        if self._gen_dir is None:
            return None
        try:
            return json.loads((self._gen_dir / name).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def generation_key(self) -> tuple[int, int] | None:
        """Changes whenever the index is rebuilt (by this or another process)."""
        self._ensure_loaded()
        return self._loaded_key

    def ids(self) -> list[str]:
        self._ensure_loaded()
        return list(self._ids)

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._ids)

    def _scope_scores(self, token_ids: list[int], in_scope: np.ndarray, share: float) -> np.ndarray:
        """BM25 with each word's IDF ``share`` the IDF over the chunks in scope (the rest the corpus IDF): once a
        question is scoped to one plan (or one province's plans), the words of that plan's title and topic, found
        in most of its clauses, no longer pick the clause; the words that tell its clauses apart do. A scope of
        fewer than ``MIN_SCOPE`` chunks keeps the corpus IDF."""
        n_scope = int(in_scope.sum())
        if n_scope < MIN_SCOPE or share <= 0:
            return np.asarray(self._retriever.get_scores(token_ids), dtype=np.float32)
        sc = self._retriever.scores
        data, indices, indptr = sc["data"], sc["indices"], sc["indptr"]
        n_all = int(sc["num_docs"])
        out = np.zeros(n_all, dtype=np.float32)
        for tid in token_ids:  # a word twice in the question counts twice, as in get_scores
            lo, hi = int(indptr[tid]), int(indptr[tid + 1])
            rows = indices[lo:hi]
            df_scope = int(in_scope[rows].sum())
            if not df_scope:
                continue
            factor = (1 - share) + share * _idf(df_scope, n_scope) / _idf(hi - lo, n_all)
            np.add.at(out, rows, data[lo:hi] * factor)
        return out

    def search(self, query: str, k: int, allowed_ids: Iterable[str] | None = None,
               allowed_docs: Iterable[str] | None = None, scope_idf_share: float = 0.0) -> list[tuple[str, float]]:
        """Top ``k`` (chunk_id, BM25 score) with a positive score, best first; optionally only the chunks in
        ``allowed_ids`` and/or of the plans in ``allowed_docs`` (then each word's IDF is ``scope_idf_share`` that
        of those plans' chunks)."""
        self._ensure_loaded()
        if self._retriever is None or k <= 0:
            return []
        vocab = self._retriever.vocab_dict
        token_ids = [vocab[t] for t in query_tokens(query) if t in vocab]
        if not token_ids:
            return []
        if allowed_docs is not None:
            docs = [self._doc_index[d] for d in allowed_docs if d in self._doc_index]
            in_scope = np.isin(self._row_doc, docs)
            scores = self._scope_scores(token_ids, in_scope, scope_idf_share)
            scores = np.where(in_scope, scores, 0.0)
        else:
            scores = np.asarray(self._retriever.get_scores(token_ids), dtype=np.float32)
        if allowed_ids is not None:
            if self._row is None:  # built on first use: only filtered searches need it
                self._row = {cid: i for i, cid in enumerate(self._ids)}
            mask = np.zeros(len(self._ids), dtype=bool)
            mask[[self._row[c] for c in allowed_ids if c in self._row]] = True
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        top = positive[np.argsort(-scores[positive], kind="stable")[:k]]
        return [(self._ids[i], float(scores[i])) for i in top]
