"""Answer accuracy on real documents nobody tuned on: the plans-real gold set, tuning half and check half
(eval/real/split.toml), each as typed and with every question stripped of its diacritics.

Builds (or reuses) an index of the sample plans and the text documents of ../shared/plans-real, then runs
`kehoach eval` on eval/real/tune.jsonl and eval/real/check.jsonl. Writes bench/results/eval-real.json (the four
metric sets side by side) and each run's report into --out.

    python bench/bench_eval_real.py [--data-dir DIR] [--halves tune check] [--out eval-out-real]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api import Kehoach  # noqa: E402
from core.settings import load_settings  # noqa: E402
from core.textnorm import strip_diacritics  # noqa: E402
from eval.runner import run_eval  # noqa: E402

REAL = ROOT.parent / "shared" / "plans-real"
FOLDERS = ["web", "office", "html"]
KEYS = [("answer", "accuracy"), ("answer", "by_type", "lead_unit"), ("citation", "recall"), ("retrieval", "recall@5"),
        ("retrieval", "mrr@10"), ("refusal", "accuracy"), ("refusal", "false_refusal_rate"), ("latency_ms", "p95")]


def metric_row(metrics: dict, keys: list[tuple[str, ...]]) -> str:
    """"answer.accuracy=0.9779  by_type.lead_unit=0.9636 ...": the figures of ``keys`` on one line."""
    return "  ".join(f"{'.'.join(k[-2:])}={_get(metrics, k)}" for k in keys)


def write_results(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {path}")


def _get(d: dict, path: tuple[str, ...]):
    for k in path:
        d = d.get(k) if isinstance(d, dict) else None
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "kehoach-real-index")
    ap.add_argument("--halves", nargs="+", default=["tune", "check"])
    ap.add_argument("--out", type=Path, default=ROOT / "eval-out-real")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "eval-real.json")
    args = ap.parse_args(argv)
    svc = Kehoach(load_settings(data_dir=args.data_dir))
    started = time.perf_counter()
    report = svc.ingest([ROOT / "data" / "plans", *(REAL / f for f in FOLDERS)])
    totals = report.totals()
    print(f"index: {totals} ({time.perf_counter() - started:.0f} s)")
    for f in report.failed:
        print(f"  failed: {f.path}: {f.message}")
    documents = {d["file_name"]: svc.document(d["id"]) for d in svc.documents()}
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "index": totals, "runs": {}}
    for half in args.halves:
        for typed in ("as_typed", "no_diacritics"):
            prepare = strip_diacritics if typed == "no_diacritics" else (lambda q: q)
            out = args.out / f"{half}-{typed}"
            metrics = run_eval(ROOT / "eval" / "real" / f"{half}.jsonl", lambda q: svc.ask(prepare(q)), out, documents)
            results["runs"][f"{half}/{typed}"] = metrics
            print(f"{half:5s} {typed:13s} n={metrics['n']}  {metric_row(metrics, KEYS)}")
    write_results(args.results, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
