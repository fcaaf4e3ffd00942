"""Check a gold file against the documents it names: every evidence is a clean phrase found once in its
own document (as the readers read it, emphasis marks dropped), every answer is found in its document.

    python -m eval.gold_sources eval/real/tune.jsonl --docs ../shared/plans-real
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path

from eval.gold import GoldItem, load_gold
from eval.metrics import answer_matches, norm_evidence, split_units

_EMPHASIS = re.compile(r"\*+|(?<!\w)_{1,3}|_{1,3}(?!\w)")
MIN_WORDS, MAX_WORDS = 5, 25


def find_document(name: str, roots: list[Path]) -> Path | None:
    for root in roots:
        hits = sorted(root.rglob(name))
        if hits:
            return hits[0]
    return None


@lru_cache(maxsize=None)
def document_text(path: Path) -> str:
    """The document's text as the readers give it, emphasis marks dropped, in evidence-matching form."""
    from api import read_text

    text = read_text(path)
    return norm_evidence(_EMPHASIS.sub("", text))


def problems(items: list[GoldItem], roots: list[Path]) -> list[str]:
    out: list[str] = []
    for it in items:
        paths = {}
        for doc in it.docs:
            path = find_document(doc, roots)
            if path is None:
                out.append(f"{it.id}: document {doc!r} not found")
            else:
                paths[doc] = path
        for i, ev in enumerate(it.evidences):
            doc = it.doc_for_evidence(i)
            if doc not in paths:
                continue
            n_words = len(ev.split())
            if not MIN_WORDS <= n_words <= MAX_WORDS:
                out.append(f"{it.id}: evidence has {n_words} words (want {MIN_WORDS}-{MAX_WORDS})")
            if set(ev) & set("*#|¹²³_"):
                out.append(f"{it.id}: evidence holds markup characters")
            count = document_text(paths[doc]).count(norm_evidence(ev))
            if count != 1:
                out.append(f"{it.id}: evidence found {count} times in {doc}: {ev!r}")
        if it.type == "list":
            continue  # items name tasks ("FILE#SECTION") or plans, not text of the document
        for i, answer in enumerate(it.answers):
            doc = it.docs[i] if len(it.docs) == len(it.answers) else it.docs[0]
            if doc not in paths:
                continue
            parts = split_units(answer) if it.type == "partner_units" else [answer]
            for part in parts:
                if not answer_matches(part, document_text(paths[doc])):
                    out.append(f"{it.id}: answer part {part!r} not found in {doc}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--docs", action="append", type=Path, required=True, help="folder(s) holding the documents")
    args = ap.parse_args(argv)
    bad = 0
    for gold in args.gold:
        items = load_gold(gold)
        found = problems(items, args.docs)
        for p in found:
            print(f"{gold}: {p}")
        bad += len(found)
        print(f"{gold}: {len(items)} questions, {len(found)} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
