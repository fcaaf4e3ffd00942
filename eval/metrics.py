"""Evaluation metrics: evidence matching, per-question scores and their aggregation (see eval/README.md)."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Mapping

from eval.gold import GOLD_TYPES, NO_EVIDENCE_TYPES, UNIT_SEPARATOR, GoldItem
from core.models import Answer, Chunk, Citation, ListItem
from core.syllables import cut_back
from core.textnorm import canon_tones, fold, nfc, squash_ws
from core.units import unit_key

RECALL_KS: tuple[int, ...] = (1, 5, 10)
MRR_K = 10
UNIT_TYPES = ("lead_unit", "partner_units")  # answers that name bodies
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# ---------------------------------------------------------------- normalisation and matching


def norm_evidence(text: str) -> str:
    """Form used to find gold evidence in retrieved/cited text: NFC, canonical tone placement, single spaces."""
    return squash_ws(canon_tones(nfc(text)))


def contains_evidence(text: str, evidence: str) -> bool:
    """Is the gold evidence in ``text``, spaces between words aside: a gold written from a copy that ran words together
    ("Văn phòng Đảng uỷchủtrì", blind sets b132, b135, b137) is in the clause the reader cut back ("uỷ chủ trì")."""
    ev = norm_evidence(evidence)
    if not ev:
        return False
    said = norm_evidence(text)
    return ev in said or ev.replace(" ", "") in said.replace(" ", "")


def norm_answer(text: str) -> str:
    """Answer matching form: folded (no accents, lower case) with every punctuation run collapsed to a space."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def _norm_unit(text: str) -> str:
    """Like norm_answer, after expanding unit abbreviations ("UBND" -> "uy ban nhan dan") and dropping "và", "các"."""
    return _NON_ALNUM.sub(" ", unit_key(text)).strip()


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def answer_matches(gold: str, got: str) -> bool:
    """True when the gold answer occurs (as whole words) in the answer text, accent/case/punctuation-insensitively,
    or when it does so after unit-name normalisation; a gold written from a copy that ran words together ("Đảng
    uỷUBND xã", blind set b137-29) is read cut back, as the reader cuts the copy."""
    return any(_contains_words(norm_answer(got), norm_answer(g)) or _contains_words(_norm_unit(got), _norm_unit(g))
               for g in dict.fromkeys((gold, cut_back(gold))))


# "Theo Bộ Văn hóa, Thể thao và Du lịch, mục Điều 5.2": the attribution of a quoted clause names the document's issuer,
# which is no answer to who leads or partners a task (b79-14 matched "Ủy ban Thường vụ Quốc hội" there).
_ATTRIBUTION = re.compile(r"\bTheo [^\n]*?(?=, (?:mục |phần mở đầu))")


def without_attribution(text: str) -> str:
    """The answer text with each "Theo <issuer>" before ", mục <path>" dropped."""
    return _ATTRIBUTION.sub("", text)


def split_units(answer: str) -> list[str]:
    return [u.strip() for u in answer.split(UNIT_SEPARATOR) if u.strip()]


# ---------------------------------------------------------------- per-question scoring


def _same_doc(found: str | None, gold_doc: str) -> bool:
    """Unknown plan (None/"") or no gold plan: accept; otherwise the file names must agree."""
    return not found or not gold_doc or found == gold_doc


def chunk_file_name(chunk: Chunk, id_to_file: Mapping[str, str] | None = None) -> str | None:
    """The plan file a chunk comes from, when it can be told (metadata, or the documents map)."""
    for key in ("file_name", "doc", "source"):
        value = chunk.metadata.get(key) if chunk.metadata else None
        if isinstance(value, str) and value:
            return value.replace("\\", "/").rsplit("/", 1)[-1]
    if id_to_file:
        return id_to_file.get(chunk.doc_id)
    return None


def first_hit_rank(
    chunks: list[Chunk], evidence: str, gold_doc: str = "", id_to_file: Mapping[str, str] | None = None
) -> int | None:
    """1-based rank of the first chunk holding the evidence (from the gold plan when known), or None."""
    for rank, chunk in enumerate(chunks, start=1):
        if contains_evidence(chunk.text, evidence) and _same_doc(chunk_file_name(chunk, id_to_file), gold_doc):
            return rank
    return None


def citation_holds(citation: Citation, evidence: str, gold_doc: str = "") -> bool:
    return contains_evidence(citation.text, evidence) and _same_doc(citation.file_name, gold_doc)


_SECTION = re.compile(r"^(?:[IVXLC]+|\d+|PL)(?:\.[0-9a-zđA-Z]+)*$")


def item_matches(gold: str, item: ListItem, docs: list[str], id_to_file: Mapping[str, str] | None = None) -> bool:
    """Does a gold list item name this answer item? ``"FILE#SECTION"`` names a task of a plan; ``"SECTION"`` a task
    of one of the gold plans; anything else is text found in the item's plan or task (answer matching rules)."""
    file_name = (id_to_file or {}).get(item.doc_id, item.doc_id)
    if "#" in gold:
        gold_file, section = gold.rsplit("#", 1)
        return file_name == gold_file.strip() and item.section == section.strip()
    if _SECTION.match(gold.strip()):
        return item.section == gold.strip() and (not docs or file_name in docs)
    return answer_matches(gold, f"{item.plan} {item.task}")


def list_scores(item: GoldItem, answer: Answer, id_to_file: Mapping[str, str] | None = None) -> tuple[float, float]:
    """(recall, precision) of a list answer's items against the gold items (an empty gold list: the answer must
    list nothing)."""
    got = answer.items
    if not item.answers:
        return (1.0, 1.0) if not got else (1.0, 0.0)
    found = [any(item_matches(g, i, item.docs, id_to_file) for i in got) for g in item.answers]
    right = [any(item_matches(g, i, item.docs, id_to_file) for g in item.answers) for i in got]
    return sum(found) / len(found), (sum(right) / len(right) if right else 0.0)


def answer_score(item: GoldItem, answer: Answer, id_to_file: Mapping[str, str] | None = None) -> float:
    """1/0, or the fraction of gold units (partner_units) / plan answers (multi_doc) found; refusals score 0
    on answerable questions and 1 on unanswerable ones."""
    if not item.answerable:
        return 1.0 if answer.refused else 0.0
    if answer.refused:
        return 0.0
    if item.type == "list":
        recall, precision = list_scores(item, answer, id_to_file)
        return 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    got = answer.text
    if item.type in UNIT_TYPES:
        got = without_attribution(got)
    if item.type == "partner_units":
        parts = [u for a in item.answers for u in split_units(a)]
    elif item.type == "multi_doc":
        parts = item.answers
    else:
        parts = [" ".join(item.answers)]
    if not parts:
        return 0.0
    return sum(answer_matches(p, got) for p in parts) / len(parts)


@dataclass
class ItemScore:
    """Scores of one question; retrieval/citation fields are None where the metric does not apply."""

    id: str
    type: str
    docs: list[str]
    answerable: bool
    refused: bool
    answer: float
    latency_ms: float
    ranks: list[int | None] = field(default_factory=list)  # first hit rank per evidence
    recall: dict[str, float] | None = None  # "recall@1" ... per question
    rr: float | None = None  # reciprocal rank within MRR_K, averaged over evidences
    citation_precision: float | None = None
    citation_recall: float | None = None
    n_citations: int = 0
    list_recall: float | None = None  # "list" questions: share of the gold items listed
    list_precision: float | None = None  # share of the listed items that are gold items
    conversation: str = ""
    turn: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score_item(item: GoldItem, answer: Answer, id_to_file: Mapping[str, str] | None = None) -> ItemScore:
    """Score one answer against its gold question."""
    score = ItemScore(
        id=item.id,
        type=item.type,
        docs=list(item.docs),
        answerable=item.answerable,
        refused=bool(answer.refused),
        answer=answer_score(item, answer, id_to_file),
        latency_ms=float(answer.latency_ms),
        n_citations=len(answer.citations),
        conversation=item.conversation,
        turn=item.turn,
    )
    if not item.answerable:
        return score
    if item.type == "list":
        score.list_recall, score.list_precision = list_scores(item, answer, id_to_file)
    if not item.evidences:
        return score  # answered from the tables: no evidence phrase to look for
    if item.type in NO_EVIDENCE_TYPES:
        score.citation_recall = sum(any(citation_holds(c, ev, item.doc_for_evidence(i)) for c in answer.citations)
                                    for i, ev in enumerate(item.evidences)) / len(item.evidences)
        return score
    chunks = [h.chunk for h in answer.hits]
    ranks = [
        first_hit_rank(chunks, ev, item.doc_for_evidence(i), id_to_file) for i, ev in enumerate(item.evidences)
    ]
    score.ranks = ranks
    n = len(ranks)
    score.recall = {f"recall@{k}": sum(r is not None and r <= k for r in ranks) / n for k in RECALL_KS}
    score.rr = sum(1.0 / r for r in ranks if r is not None and r <= MRR_K) / n

    supporting = [
        c
        for c in answer.citations
        if any(citation_holds(c, ev, item.doc_for_evidence(i)) for i, ev in enumerate(item.evidences))
    ]
    score.citation_precision = len(supporting) / len(answer.citations) if answer.citations else 0.0
    covered = [
        any(citation_holds(c, ev, item.doc_for_evidence(i)) for c in answer.citations)
        for i, ev in enumerate(item.evidences)
    ]
    score.citation_recall = sum(covered) / len(covered)
    return score


# ---------------------------------------------------------------- aggregation


def _mean(values: Iterable[float]) -> float | None:
    vals = list(values)
    return sum(vals) / len(vals) if vals else None


def percentile(values: list[float], q: float) -> float | None:
    """Percentile with linear interpolation between closest ranks (numpy's default); None when empty."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def aggregate(scores: list[ItemScore]) -> dict[str, Any]:
    """The metrics.json dictionary (exact key set documented in eval/README.md)."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    retrieval = {f"recall@{k}": _round(_mean(s.recall[f"recall@{k}"] for s in answerable if s.recall)) for k in RECALL_KS}
    retrieval[f"mrr@{MRR_K}"] = _round(_mean(s.rr for s in answerable if s.rr is not None))
    by_type = {
        t: _round(_mean(s.answer for s in scores if s.type == t)) for t in GOLD_TYPES if any(s.type == t for s in scores)
    }
    latencies = [s.latency_ms for s in scores]
    return {
        "n": len(scores),
        "retrieval": retrieval,
        "answer": {"accuracy": _round(_mean(s.answer for s in scores)), "by_type": by_type},
        "citation": {
            "precision": _round(_mean(s.citation_precision for s in answerable if s.citation_precision is not None)),
            "recall": _round(_mean(s.citation_recall for s in answerable if s.citation_recall is not None)),
        },
        "refusal": {
            "accuracy": _round(_mean(1.0 if s.refused else 0.0 for s in unanswerable)),
            "false_refusal_rate": _round(_mean(1.0 if s.refused else 0.0 for s in answerable)),
        },
        "latency_ms": {"p50": _round(percentile(latencies, 50)), "p95": _round(percentile(latencies, 95))},
    } | _lists(scores) | _conversations(scores)


def _lists(scores: list[ItemScore]) -> dict[str, Any]:
    lists = [s for s in scores if s.list_recall is not None]
    if not lists:
        return {}
    return {"list": {"n": len(lists), "recall": _round(_mean(s.list_recall for s in lists)),
                     "precision": _round(_mean(s.list_precision for s in lists if s.list_precision is not None))}}


def _conversations(scores: list[ItemScore]) -> dict[str, Any]:
    """Turns of conversations: accuracy overall and by position ("1", "2", "3+")."""
    turns = [s for s in scores if s.conversation]
    if not turns:
        return {}
    positions = {"1": [s for s in turns if s.turn == 1], "2": [s for s in turns if s.turn == 2],
                 "3+": [s for s in turns if s.turn >= 3]}
    return {"conversation": {
        "conversations": len({s.conversation for s in turns}),
        "turns": len(turns),
        "accuracy": _round(_mean(s.answer for s in turns)),
        "by_position": {k: _round(_mean(s.answer for s in v)) for k, v in positions.items() if v},
    }}


def breakdown(scores: list[ItemScore], key: str) -> dict[str, dict[str, Any]]:
    """Per-group summary (key "type" or "doc"; a multi_doc question counts in each of its plans)."""
    groups: dict[str, list[ItemScore]] = {}
    for s in scores:
        names = [s.type] if key == "type" else (s.docs or [""])
        for name in dict.fromkeys(names):
            groups.setdefault(name, []).append(s)
    out: dict[str, dict[str, Any]] = {}
    for name, group in groups.items():
        answerable = [s for s in group if s.answerable]
        out[name] = {
            "n": len(group),
            "answer_accuracy": _round(_mean(s.answer for s in group)),
            "recall@5": _round(_mean(s.recall["recall@5"] for s in answerable if s.recall)),
            "citation_recall": _round(_mean(s.citation_recall for s in answerable if s.citation_recall is not None)),
            "refused": sum(s.refused for s in group),
        }
    return out
