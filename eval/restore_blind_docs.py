"""Lay the blind sets kept outside the repository (eval/external/misc: gold here, documents not) out again from a local
git mirror of the repository they were copied from, as `bench/bench_external.py --external` reads them: OUT/bN.jsonl
and OUT/docs/bN/<file>, each file the bytes of `<commit>:<path>` that misc/SOURCES.tsv names.

    python -m eval.restore_blind_docs --mirror DIR --out OUT [--sets b79 b80 ...]
    python bench/bench_external.py --external OUT --sets b79 b80 ... --data-dir IDX --out REPORTS

Only the rows whose source is the mirror's repository are restored (``--repo``, by default the vbpl.vn crawl every set
from b79 on was drawn from); a document missing from the mirror is named and skipped.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MISC = Path(__file__).resolve().parent / "external" / "misc"
VBPL = "phanbasongtoan112-art/vbpl-layout-detection"


@dataclass(frozen=True)
class Source:
    """One row of misc/SOURCES.tsv: where a set's document came from."""

    set: str
    file: str
    repo: str
    commit: str
    path: str


def sources(tsv: Path, repo: str) -> list[Source]:
    """The rows of ``tsv`` whose source repository is ``repo`` ("owner/name@commit" in the third column)."""
    rows = []
    with tsv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name, _, commit = row["source repository"].partition("@")
            if name == repo and commit:
                rows.append(Source(row["set"], row["file"], name, commit, row["path in that repository"]))
    return rows


def restore(mirror: Path, out: Path, wanted: set[str] | None = None, repo: str = VBPL, misc: Path = MISC) -> list[str]:
    """Write each wanted set's gold and documents under ``out``; the problems met (a document the mirror lacks)."""
    problems = []
    for src in sources(misc / "SOURCES.tsv", repo):
        if wanted and src.set not in wanted:
            continue
        shown = subprocess.run(["git", "-C", str(mirror), "show", f"{src.commit}:{src.path}"], capture_output=True)
        if shown.returncode != 0:
            problems.append(f"{src.set} {src.file}: {src.commit[:7]}:{src.path} not in the mirror")
            continue
        target = out / "docs" / src.set / src.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(shown.stdout)
        gold = misc / f"{src.set}.jsonl"
        if gold.is_file() and not (out / gold.name).is_file():
            shutil.copyfile(gold, out / gold.name)
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, required=True, help="a git directory (bare or not) of the source repository")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", nargs="+", help="b79 b80 ... (default: every set the mirror holds documents of)")
    ap.add_argument("--repo", default=VBPL, help="owner/name of the mirror's repository, as misc/SOURCES.tsv writes it")
    args = ap.parse_args(argv)
    problems = restore(args.mirror, args.out, set(args.sets or ()), args.repo)
    for p in problems:
        print(f"không khôi phục được / not restored: {p}", file=sys.stderr)
    print(f"{args.out}: {len(list((args.out / 'docs').glob('*/*')))} documents")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
