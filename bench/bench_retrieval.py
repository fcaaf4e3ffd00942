"""Retrieval quality and speed on the dev gold set: dense / BM25 / hybrid, with and without diacritics.

Usage: python bench/bench_retrieval.py [--gold eval/dev.jsonl] [--data-dir DIR] [--out FILE] [--sweep]
Writes bench/results/retrieval.json (or --out) and prints a Markdown table. --sweep also fits the fusion: hybrid
recall@5 / MRR@10 for keyword weights x RRF k (dense weight 1), as typed and without diacritics.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from core.query import RetrievalMode
from api.service import Kehoach
from core.settings import load_settings
from core.textnorm import canon_tones, nfc, strip_diacritics

REPO = Path(__file__).resolve().parent.parent


def _norm(text: str) -> str:
    return " ".join(canon_tones(nfc(text)).split())


def _items(gold_path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(question, [(doc file name, evidence)]) for every answerable gold question."""
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if g["type"] == "unanswerable":
            continue
        docs = g["doc"] if isinstance(g["doc"], list) else [g["doc"]]
        evs = g["evidence"] if isinstance(g["evidence"], list) else [g["evidence"]]
        if len(docs) == 1 and len(evs) > 1:
            docs = docs * len(evs)
        out.append((g["question"], list(zip(docs, evs))))
    return out


def _first_rank(hits, doc: str, evidence: str) -> int | None:
    ev = _norm(evidence)
    for i, h in enumerate(hits, 1):
        if h.chunk.metadata.get("file_name") == doc and ev in _norm(h.chunk.text):
            return i
    return None


def measure(svc: Kehoach, items, mode: RetrievalMode, strip: bool) -> dict:
    r1 = r5 = r10 = mrr = 0.0
    n = 0
    latencies = []
    for question, targets in items:
        q = strip_diacritics(question) if strip else question
        t = time.perf_counter()
        hits = svc.search(q, k=10, mode=mode)
        latencies.append((time.perf_counter() - t) * 1000)
        for doc, ev in targets:
            rank = _first_rank(hits, doc, ev)
            n += 1
            r1 += rank is not None and rank <= 1
            r5 += rank is not None and rank <= 5
            r10 += rank is not None
            mrr += 1 / rank if rank else 0
    latencies.sort()
    return {
        "recall@1": round(r1 / n, 3), "recall@5": round(r5 / n, 3), "recall@10": round(r10 / n, 3),
        "mrr@10": round(mrr / n, 3), "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1), "n": n,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=REPO / "eval" / "dev.jsonl")
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "retrieval.json")
    ap.add_argument("--sweep", action="store_true")
    args = ap.parse_args()
    svc = Kehoach(load_settings(data_dir=args.data_dir))
    t = time.perf_counter()
    report = svc.ensure_samples()
    index_seconds = round(time.perf_counter() - t, 1) if report else None
    items = _items(args.gold)
    svc.search("khởi động")  # warm-up: loads the embedder and the indexes
    rows = {}
    for mode in (RetrievalMode.DENSE, RetrievalMode.KEYWORD, RetrievalMode.HYBRID):
        for strip in (False, True):
            rows[f"{mode.value}{' (không dấu)' if strip else ''}"] = measure(svc, items, mode, strip)
    result = {"gold": str(args.gold), "index_seconds": index_seconds, "embedder": svc.embedder.model_id, "rows": rows}
    if args.sweep:
        base = svc.retriever
        sweep = {}
        for kw in (1.0, 1.5, 2.0, 3.0, 4.0):
            for rrf_k in (5, 10, 30, 60):
                svc.__dict__["retriever"] = base.model_copy(update={"keyword_weight": kw, "rrf_k": rrf_k})
                typed, plain = measure(svc, items, RetrievalMode.HYBRID, False), measure(svc, items, RetrievalMode.HYBRID, True)
                sweep[f"kw={kw} rrf_k={rrf_k}"] = {"recall@5": typed["recall@5"], "mrr@10": typed["mrr@10"],
                                                   "recall@5 (không dấu)": plain["recall@5"], "mrr@10 (không dấu)": plain["mrr@10"]}
                print(f"kw={kw} rrf_k={rrf_k}: {sweep[f'kw={kw} rrf_k={rrf_k}']}")
        svc.__dict__["retriever"] = base
        result["sweep"] = sweep
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print("| retriever | recall@1 | recall@5 | recall@10 | MRR@10 | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {r['recall@1']} | {r['recall@5']} | {r['recall@10']} | {r['mrr@10']} | {r['p50_ms']} | {r['p95_ms']} |")


if __name__ == "__main__":
    main()
