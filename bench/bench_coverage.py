"""Assignment coverage on plans-real: per document, the assignment sentences/rows in the text vs. those that became
task clauses with a lead (ingest/coverage.py), reported separately for the tuning and the check half
(eval/real/split.toml). Writes bench/results/coverage.json and prints a table.

    python bench/bench_coverage.py [--half tune|check|all] [--misses N] [--docs ../shared/plans-real]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api import coverage_of  # noqa: E402
from core.settings import load_settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "plans-real")
    ap.add_argument("--half", choices=["tune", "check", "all"], default="all")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed assignments per document")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "coverage.json")
    args = ap.parse_args(argv)
    split = tomllib.loads((ROOT / "eval" / "real" / "split.toml").read_text(encoding="utf-8"))
    halves = ["tune", "check"] if args.half == "all" else [args.half]
    settings = load_settings()
    result: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "halves": {}}
    for half in halves:
        rows, total, covered, with_assign, with_lead_docs = [], 0, 0, 0, 0
        for rel in split[half]:
            cov = coverage_of(args.docs / rel, settings)
            total += cov.total
            covered += cov.covered
            with_assign += cov.total > 0
            with_lead_docs += cov.covered > 0
            rows.append({"doc": rel, "assignments": cov.total, "with_lead": cov.covered,
                         "misses": [{"text": a.text, "clause": a.clause_path} for a in cov.misses]})
            print(f"{half:5s} {rel[:58]:58s} {cov.covered:4d}/{cov.total:<4d}")
            for a in cov.misses[:args.misses]:
                print(f"        miss [{a.clause_path}] {a.text[:150]}")
        share = covered / total if total else 0.0
        result["halves"][half] = {"documents": len(rows), "assignments": total, "with_lead": covered,
                                  "share": round(share, 4), "documents_with_assignments": with_assign,
                                  "documents_with_a_lead_found": with_lead_docs, "per_document": rows}
        print(f"== {half}: {covered}/{total} assignments end in a task clause with a lead ({share:.1%}); "
              f"documents with a lead found: {with_lead_docs}/{with_assign}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.half == "all":
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
