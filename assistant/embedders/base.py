"""CachedEmbedder: LangChain ``Embeddings`` with prefixing, batching, L2-normalisation and a disk cache."""

from __future__ import annotations

import threading
from abc import abstractmethod

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.embedders.cache import EmbeddingCache, text_key


def l2_normalize(x: np.ndarray) -> np.ndarray:
    """Row-wise L2 normalisation (float32)."""
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(n, 1e-12)


class CachedEmbedder(Embeddings):
    """Base class. Subclasses implement ``_embed_raw`` on the exact (already prefixed) model input.

    ``_model_input`` gives the exact string fed to the model; the cache key is its sha256, so the
    e5 "query: "/"passage: " prefix is part of the key. ``cache=None`` disables the disk cache.
    """

    model_id: str
    dim: int

    def __init__(self, model_id: str, dim: int, cache: EmbeddingCache | None, batch_size: int = 16):
        self.model_id = model_id
        self.dim = dim
        self.cache = cache
        self.batch_size = max(1, int(batch_size))
        self._counts = {"cache_hits": 0, "cache_misses": 0, "embedded": 0}
        self._lock = threading.Lock()

    # -- to implement -----------------------------------------------------------------------
    @abstractmethod
    def _model_input(self, text: str, is_query: bool) -> str:
        """The exact text the model sees (with the prefix it applies, if any)."""

    @abstractmethod
    def _embed_raw(self, texts: list[str], is_query: bool) -> np.ndarray:
        """Embed ``texts`` (raw user text; prefixing is the engine's job); returns (n, dim) float32."""

    # -- public -----------------------------------------------------------------------------
    @property
    def stats(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(list(texts), is_query=False).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text], is_query=True)[0].tolist()

    def embed_array(self, texts: list[str], is_query: bool = False) -> np.ndarray:
        """(n, dim) float32, L2-normalised; served from the cache where possible."""
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        keys = [text_key(self._model_input(t, is_query)) for t in texts]
        cached = self.cache.get_many(self.model_id, keys) if self.cache is not None else {}
        todo: dict[bytes, list[int]] = {}
        hits = 0
        for i, k in enumerate(keys):
            v = cached.get(k)
            if v is not None:
                out[i] = v
                hits += 1
            else:
                todo.setdefault(k, []).append(i)
        if todo:
            miss_keys = list(todo)
            miss_texts = [texts[todo[k][0]] for k in miss_keys]
            for s in range(0, len(miss_texts), self.batch_size):
                vecs = l2_normalize(self._embed_raw(miss_texts[s : s + self.batch_size], is_query))
                part = miss_keys[s : s + self.batch_size]
                for k, v in zip(part, vecs):
                    for i in todo[k]:
                        out[i] = v
                if self.cache is not None:
                    self.cache.put_many(self.model_id, zip(part, vecs))
        with self._lock:
            self._counts["cache_hits"] += hits
            self._counts["cache_misses"] += n - hits
            self._counts["embedded"] += len(todo)
        return out

    def reset_stats(self) -> None:
        with self._lock:
            for k in self._counts:
                self._counts[k] = 0
