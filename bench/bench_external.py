"""Answer accuracy on blind sets written on documents outside plans-real (eval/external/README.md): for each set, an
index of the sample plans and that set's ten documents, then `kehoach eval` on its questions. Writes
bench/results/external.json and each set's report into --out. The sets' first runs (before any rule drawn from them)
are recorded in eval/external/README.md; every later run is a training score.

    python bench/bench_external.py [--data-dir DIR] [--sets b1 b2 ...] [--out eval-out-external]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from api import Kehoach  # noqa: E402
from bench_eval_real import KEYS as REAL_KEYS, metric_row, write_results  # noqa: E402
from core.settings import load_settings  # noqa: E402
from eval.runner import run_eval  # noqa: E402

EXTERNAL = ROOT / "eval" / "external"
KEYS = [k for k in REAL_KEYS if k[0] != "latency_ms"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "kehoach-external-index")
    ap.add_argument("--external", type=Path, default=EXTERNAL,
                    help="a folder of sets laid out as eval/external (bN.jsonl, docs/bN/)")
    ap.add_argument("--sets", nargs="+")
    ap.add_argument("--out", type=Path, default=ROOT / "eval-out-external")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "external.json")
    args = ap.parse_args(argv)
    sets = args.sets or sorted(p.stem for p in args.external.glob("b*.jsonl"))
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "runs": {}}
    right = total = 0
    for name in sets:
        svc = Kehoach(load_settings(data_dir=args.data_dir / name))
        report = svc.ingest([ROOT / "data" / "plans", args.external / "docs" / name])
        for f in report.failed:
            print(f"  failed: {f.path}: {f.message}")
        documents = {d["file_name"]: svc.document(d["id"]) for d in svc.documents()}
        metrics = run_eval(args.external / f"{name}.jsonl", svc.ask, args.out / name, documents)
        results["runs"][name] = metrics
        right += round((metrics["answer"]["accuracy"] or 0.0) * metrics["n"])
        total += metrics["n"]
        print(f"{name:4s} n={metrics['n']}  {metric_row(metrics, KEYS)}", flush=True)
    results["right"], results["total"] = right, total
    print(f"right {right} of {total}")
    write_results(args.results, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
