"""How much of the exact dense neighbourhood Chroma's HNSW search finds, for several ef_search values: the questions
of the tuning gold sets (eval/real/tune*.jsonl) are embedded as retrieval embeds them, the exact top-k (cosine over
every stored vector) is compared with what the collection returns. Writes bench/results/dense_recall.json.

    python bench/bench_dense_recall.py --data-dir DIR [--k 20] [--questions 300] [--ef 100 400 1500]

The index in DIR is copied first (ef_search is stored with the collection; the copy is changed, not DIR), and each
ef_search is measured in a process of its own (Chroma keeps a loaded HNSW segment with the setting it was loaded with).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.service import Kehoach  # noqa: E402
from core.settings import load_settings  # noqa: E402


def _questions(limit: int) -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "eval" / "real").glob("tune*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("question"):
                out.append(item["question"])
    step = max(1, len(out) // limit)
    return out[::step][:limit]


def measure(data_dir: Path, ef: int, questions: list[str], k: int) -> dict:
    service = Kehoach(load_settings(data_dir=data_dir, dense_ef_search=ef))
    restore = service.generation().restorer.restore
    store = service.index.vectors
    stored = store._call(lambda s: s._collection.get(include=["embeddings"]))
    ids = stored["ids"]
    vectors = np.asarray(stored["embeddings"], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    found = first_lost = 0
    hnsw_s = exact_s = 0.0
    for q in questions:
        v = np.asarray(store.embedder.embed_query(restore(q)), dtype=np.float32)
        v /= np.linalg.norm(v)
        t0 = time.perf_counter()
        exact = [ids[i] for i in np.argsort(-(vectors @ v))[:k]]
        exact_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        got = [cid for cid, _ in store.search_by_vector(v.tolist(), k)]
        hnsw_s += time.perf_counter() - t0
        found += len(set(exact) & set(got))
        first_lost += exact[0] not in got
    n = len(questions)
    return {"ef_search": ef, f"recall@{k}": round(found / (k * n), 4), "nearest_lost": first_lost,
            "hnsw_ms": round(1000 * hnsw_s / n, 2), "exact_ms": round(1000 * exact_s / n, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, required=True, help="an index (kehoach ingest ... --data-dir DIR)")
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--ef", type=int, nargs="+", default=[100, 400, 1500])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "dense_recall.json")
    ap.add_argument("--single", action="store_true", help=argparse.SUPPRESS)  # one ef, in this process, JSON out
    args = ap.parse_args(argv)
    questions = _questions(args.questions)
    if args.single:
        print(json.dumps(measure(args.data_dir, args.ef[0], questions, args.k)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "index"
        shutil.copytree(args.data_dir, copy)
        for ef in args.ef:
            run = subprocess.run([sys.executable, __file__, "--single", "--data-dir", str(copy), "--k", str(args.k),
                                  "--questions", str(args.questions), "--ef", str(ef)],
                                 capture_output=True, text=True, check=True)
            row = json.loads(run.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(row)
    n_chunks = sum(1 for _ in (args.data_dir / "docs").glob("*")) if (args.data_dir / "docs").exists() else None
    result = {"when": time.strftime("%Y-%m-%d %H:%M"), "questions": len(questions), "k": args.k,
              "index": str(args.data_dir), "documents": n_chunks, "rows": rows}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
