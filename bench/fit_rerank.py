"""Fit the reranker's weights (assistant/retrieve/rerank_weights.toml) on gold sets, and check them on sets left out.

For every answerable single-plan question of the gold files, the fused candidates are retrieved with the reranker
off; a candidate is a positive when its chunk holds the gold evidence. A pairwise logistic regression (positives
against the negatives of the same question, L2-regularised) gives one weight per feature of
``assistant.retrieve.rerank.FEATURES``. Before the final fit on every file, the documents are left out
fold by fold (``--folds``; with 0, each file in turn): the weights fitted on the other documents' questions order the
held-out questions' candidates, and recall@1, recall@5 and MRR are compared with fusion's order, as on a plan nobody
tuned on.
Use tuning sets only (never eval/real/check.jsonl). Sets written on documents outside plans-real (``--external``, laid
out as eval/external: ``bN.jsonl`` and ``docs/bN/``) add questions on documents of other issuers and forms; each is
asked of its own index (the sample plans and the set's documents, as bench/bench_external.py builds it).

    python bench/fit_rerank.py --data-dir DIR [GOLD.jsonl ...] [--external DIR ...] [--external-data-dir DIR]
                               [--candidates 20] [--folds 5] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api import Kehoach  # noqa: E402
from assistant.retrieve.rerank import FEATURES, WEIGHTS_FILE, features, load_weights  # noqa: E402
from core.settings import load_settings  # noqa: E402
from eval.gold import load_gold  # noqa: E402
from eval.metrics import chunk_file_name, contains_evidence  # noqa: E402

# every tuning set of plans-real but tune-fresh13, whose questions are on ../shared/plans-extra (not in the real index)
DEFAULT_GOLD = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval" / "real").glob("tune*.jsonl")
                      if p.stem != "tune-fresh13")


def candidates(svc: Kehoach, gold: Path, k: int) -> list[tuple[np.ndarray, np.ndarray, str, str]]:
    """(features, labels, document, "id<TAB>intent") of the fused candidates of each answerable single-plan question of ``gold``."""
    gen = svc.generation()
    id_to_file = {d["id"]: d.get("file_name") for d in svc.documents()}
    out = []
    for item in load_gold(gold):
        if not item.answerable or item.conversation or len(item.evidences) != 1 or item.type in ("list", "plan_fact"):
            continue
        q = svc.parse(item.question)
        if q.numbered > 1 or len(q.provinces) > 1:
            continue  # answered plan by plan
        hits = svc.search(item.question, k=k)
        if not hits:
            continue
        doc = item.doc_for_evidence(0)
        labels = [contains_evidence(h.chunk.text, item.evidences[0]) and chunk_file_name(h.chunk, id_to_file) in (None, doc)
                  for h in hits]
        out.append((np.array(features(q, hits, gen.idf)), np.array(labels, dtype=float), doc or "",
                    f"{item.id}\t{q.intent.value}"))
    return out


def external_candidates(folder: Path, name: str, data_dir: Path, k: int) -> list[tuple[np.ndarray, np.ndarray, str, str]]:
    """The candidates of an external set, asked of its own index: the sample plans and the set's documents."""
    ext = Kehoach(load_settings(data_dir=data_dir / name, rerank=False))
    report = ext.ingest([ROOT / "data" / "plans", folder / "docs" / name])
    for f in report.failed:
        print(f"  failed: {f.path}: {f.message}")
    return candidates(ext, folder / f"{name}.jsonl", k)


def fit(questions: list[tuple[np.ndarray, np.ndarray, str, str]], l2: float = 1.0, steps: int = 2000, lr: float = 0.5) -> np.ndarray:
    """Pairwise logistic regression: each positive candidate against each negative one of the same question."""
    pairs = [x[i] - x[j] for x, y, *_ in questions if 0 < y.sum() < len(y)
             for i in np.flatnonzero(y) for j in np.flatnonzero(y == 0)]
    p = np.array(pairs)
    w = np.zeros(p.shape[1])
    for _ in range(steps):
        grad = -(p * (1.0 / (1.0 + np.exp(p @ w)))[:, None]).mean(0) + l2 * w / len(p)
        w -= lr * grad
    return w


def ranking_scores(questions: list[tuple[np.ndarray, np.ndarray, str, str]], w: np.ndarray | None) -> dict[str, float]:
    """recall@1, recall@5 and MRR over the candidates: fusion's order (w None) or the weights' order."""
    r1 = r5 = rr = 0.0
    for x, y, *_ in questions:
        order = np.arange(len(y)) if w is None else np.argsort(-(x @ w), kind="stable")
        ranks = [i + 1 for i, j in enumerate(order) if y[j]]
        if ranks:
            r1 += ranks[0] == 1
            r5 += ranks[0] <= 5
            rr += 1 / ranks[0]
    n = max(len(questions), 1)
    return {"recall@1": round(r1 / n, 4), "recall@5": round(r5 / n, 4), "mrr": round(rr / n, 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", default=DEFAULT_GOLD)
    ap.add_argument("--data-dir", type=Path, default=Path.home() / ".cache" / "kehoach-real-index")
    ap.add_argument("--candidates", type=int, default=20)
    ap.add_argument("--folds", type=int, default=5,
                    help="leave documents out in this many folds (by the gold evidence's document); 0: leave sets out")
    ap.add_argument("--external", type=Path, nargs="*", default=[],
                    help="folders of sets laid out as eval/external (bN.jsonl, docs/bN/); every set of each is used")
    ap.add_argument("--external-data-dir", type=Path, default=Path.home() / ".cache" / "kehoach-external-index",
                    help="where each external set's index is kept (one folder per set, as bench/bench_external.py)")
    ap.add_argument("--dump", type=Path, help="also save every question's candidate features and labels (.npz)")
    ap.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_FILE.relative_to(ROOT)}")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "rerank.json")
    args = ap.parse_args(argv)
    if any("check" in Path(g).name for g in args.gold):
        print("the check half is never fitted on / không được khớp trên nửa kiểm tra")
        return 2
    svc = Kehoach(load_settings(data_dir=args.data_dir, rerank=False))
    sets = {Path(g).stem: candidates(svc, ROOT / g if not Path(g).is_absolute() else Path(g), args.candidates)
            for g in args.gold}
    for folder in args.external:
        for gold in sorted(folder.glob("b*.jsonl")):
            sets[gold.stem] = external_candidates(folder, gold.stem, args.external_data_dir, args.candidates)
            print(f"{gold.stem}: {len(sets[gold.stem])} questions", flush=True)
    every = [q for qs in sets.values() for q in qs]
    if args.dump:
        np.savez_compressed(args.dump, features=np.array([q[0] for q in every], dtype=object),
                            labels=np.array([q[1] for q in every], dtype=object),
                            docs=np.array([q[2] for q in every]), questions=np.array([q[3] for q in every]),
                            sets=np.array([name for name, qs in sets.items() for _ in qs]), names=np.array(FEATURES))
    # (name, held-out questions, the questions fitted on, documents held out)
    if args.folds:
        # Documents left out: no question of a held-out document is fitted on, as with a plan nobody tuned on.
        docs = sorted({q[2] for q in every}, key=lambda d: hashlib.sha1(d.encode()).hexdigest())
        fold_of = {d: i % args.folds for i, d in enumerate(docs)}
        checks = [(f"documents-{fold + 1}", [q for q in every if fold_of[q[2]] == fold],
                   [q for q in every if fold_of[q[2]] != fold], sum(v == fold for v in fold_of.values()))
                  for fold in range(args.folds)]
    else:
        checks = [(name, held, [q for other, qs in sets.items() if other != name for q in qs], None)
                  for name, held in sets.items()]
    current = np.array(load_weights(WEIGHTS_FILE))  # the weights in use, for comparison (they may have seen the fold)
    left_out = {}
    for name, held, fitted_on, documents in checks:
        w = fit(fitted_on)
        left_out[name] = {"questions": len(held), **({"documents": documents} if documents is not None else {}),
                          "fusion": ranking_scores(held, None), "current": ranking_scores(held, current),
                          "reranked": ranking_scores(held, w)}
        print(f"{name:14} {len(held):4} fusion {left_out[name]['fusion']}  current {left_out[name]['current']}  "
              f"reranked {left_out[name]['reranked']}")
    w = fit(every)
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w)}
    print("weights:", weights)
    results = {"when": time.strftime("%Y-%m-%d %H:%M"), "gold": args.gold, "sets": list(sets),
               "external": [str(f) for f in args.external], "candidates": args.candidates,
               "questions": len(every), "left_out": left_out, "weights": weights,
               "mean_left_out": {m: {k: round(float(np.mean([v[m][k] for v in left_out.values()])), 4)
                                     for k in ("recall@1", "recall@5", "mrr")} for m in ("fusion", "current", "reranked")}}
    print("mean over left-out sets:", results["mean_left_out"])
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.write:
        stems = {Path(g).stem for g in args.gold}
        lines = ["# Weights of the linear reranker (assistant/retrieve/rerank.py), in its FEATURES' names.",
                 f"# Fitted by bench/fit_rerank.py on {time.strftime('%Y-%m-%d')}: {len(every)} questions of "
                 f"{', '.join(Path(g).name for g in args.gold)}"
                 + (f" and the external sets {', '.join(n for n in sets if n not in stems)}" if len(sets) > len(stems) else ""),
                 f"# ({args.candidates} fused candidates each). Left-out check (mean over the "
                 + (f"{args.folds} folds of documents" if args.folds else "sets") + ", each fitted on the others):",
                 f"# fusion {results['mean_left_out']['fusion']}",
                 f"# reranked {results['mean_left_out']['reranked']}",
                 "", "[weights]"] + [f"{k} = {v}" for k, v in weights.items()]
        WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
