"""Every tuning set of plans-real in one process, and what changed between two runs: the identity check each rule
change is held to (answers and scores on every eval/real/tune*.jsonl, never the check half).

    python bench/tuning_sets.py run --data-dir DIR --out OUT      # OUT/<set>/ reports and OUT/all.jsonl
    python bench/tuning_sets.py diff OUT_A/all.jsonl OUT_B/all.jsonl [-v]

`run` prints each set's accuracy and the total right; `diff` lists the questions won and lost, and how many kept their
score with another answer text or citations.
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
from eval.runner import run_eval  # noqa: E402

SETS = sorted((ROOT / "eval" / "real").glob("tune*.jsonl"))
# Some sets (tune-fresh13) ask about the two documents of plans-extra (Bắc Ninh KH 144, Cà Mau's budget plan):
# they are ingested beside the index bench_eval_real.py built, so those questions can be answered at all.
EXTRA = ROOT.parent / "shared" / "plans-extra"


def run(data_dir: Path, out: Path) -> int:
    svc = Kehoach(load_settings(data_dir=data_dir))
    report = svc.ingest([EXTRA])
    for failed in report.failed:
        print(f"not ingested: {failed.path} {failed.message}", flush=True)
    documents = {d["file_name"]: svc.document(d["id"]) for d in svc.documents()}
    rows, right, total, started = [], 0, 0, time.perf_counter()
    for path in SETS:
        metrics = run_eval(path, svc.ask, out / path.stem, documents)
        for line in (out / path.stem / "results.jsonl").read_text(encoding="utf-8").splitlines():
            rows.append({**json.loads(line), "set": path.stem})
        n, acc = metrics["n"], metrics["answer"]["accuracy"] or 0.0
        right, total = right + round(acc * n), total + n
        print(f"{path.stem:16s} n={n:4d} accuracy={acc:.3f}", flush=True)
    (out / "all.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"right {right} of {total} ({time.perf_counter() - started:.0f} s); wrote {out / 'all.jsonl'}")
    return 0


def _load(path: Path) -> dict[tuple[str, str], dict]:
    return {(r["set"], r["id"]): r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def diff(a_path: Path, b_path: Path, verbose: bool = False) -> int:
    a, b = _load(a_path), _load(b_path)
    won = lost = changed = 0
    for key in sorted(set(a) & set(b)):
        x, y = a[key], b[key]
        sa, sb = x["scores"]["answer"], y["scores"]["answer"]
        if sa != sb:
            won, lost = won + (sb > sa), lost + (sb < sa)
            print(f"{'WON ' if sb > sa else 'LOST'} {key[0]}/{key[1]} [{x['type']}] {x['question']}")
            if verbose:
                print(f"   expected: {x['expected']}\n   A: {x['got'][:300]}\n   B: {y['got'][:300]}")
        elif x["got"] != y["got"] or x["citations"] != y["citations"]:
            changed += 1
    print(f"won {won}, lost {lost}; same score with another text or citations: {changed}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--data-dir", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    return run(args.data_dir, args.out) if args.command == "run" else diff(args.a, args.b, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
