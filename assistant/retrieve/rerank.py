"""Reranking the fused candidates with a linear model over what each ranking and the question's words say of them.

Reciprocal rank fusion keeps only ranks. The reranker also weighs how far each candidate leads its rankings, how much
of the question's topic its clause and heading trail hold (IDF-weighted), whether it holds the question's word pairs
side by side, whether it states the kind of value the question seeks (a time, a length, a share), and, for a
who-question, whether its clause names who does it. The weights are data (``rerank_weights.toml``), fitted by
``bench/fit_rerank.py`` on the tuning gold sets, with the figures of a check leaving documents out written beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from assistant.topic import best_clause, clause_scope, coverage, pair_coverage, precision, round_match, terms_for
from assistant.values import value_sought
from core.models import Hit
from core.query import Intent, Query
from core.textnorm import fold

WEIGHTS_FILE = Path(__file__).with_name("rerank_weights.toml")

FEATURES: tuple[str, ...] = (
    "inv_rank",  # 1 / fused rank
    "fused_share",  # fused score / the best fused score
    "inv_dense_rank",  # 1 / rank in the dense ranking (0 when absent)
    "inv_keyword_rank",  # 1 / rank in the BM25 ranking (0 when absent)
    "keyword_share",  # BM25 score / the best BM25 score among the candidates
    "coverage",  # topic words held by the chunk and the best clause's heading trail
    "text_coverage",  # ... by the chunk's text alone
    "clause_coverage",  # ... by the best clause and its heading trail
    "pair_coverage",  # the question's word pairs held side by side
    "names_who",  # a who-question, and the clause names who leads, carries out or partners
    "dense_share",  # dense similarity / the best dense similarity among the candidates
    "heading_coverage",  # topic words held by the best clause's heading trail alone
    "holds_value",  # the chunk states the kind of value the question seeks (assistant.values.value_sought)
    "short",  # 1 / (1 + words of the best clause / 40): a short clause states one thing
    "has_children",  # the best clause is a heading over items
    "asked_after",  # topic words right after where the question asks ("ai xác minh, trả lời") held by the best clause
    "asked_before",  # ... right before it ("ứng viên là thủ trưởng cơ quan thì ai"), the case it is asked of
    "clause_precision",  # share of the best clause's own words (IDF-weighted) that the question holds: it says what is asked
)
_WHO = (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS)


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_FILE) -> tuple[float, ...]:
    """The fitted weights, in ``FEATURES`` order (a feature the file lacks weighs 0)."""
    with open(path, "rb") as f:
        weights = tomllib.load(f)["weights"]
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(f"{path}: trọng số không rõ / unknown weights: {sorted(unknown)}")
    return tuple(float(weights.get(name, 0.0)) for name in FEATURES)


def features(query: Query, hits: list[Hit], idf: dict[str, float]) -> list[list[float]]:
    """One row of ``FEATURES`` per hit (hits carry their plan and clause)."""
    if not hits:
        return []
    top = hits[0].score or 1.0
    best_kw = max((h.keyword_score or 0.0 for h in hits), default=0.0) or 1.0
    best_dense = max((h.dense_score or 0.0 for h in hits), default=0.0) or 1.0
    need = value_sought(query)
    who = query.intent in _WHO and not query.holder  # "tổ trưởng là ai" asks a member line, not who leads a task
    terms_of: dict[str, list[str]] = {}
    after, before = query.asked_sides
    asked = set(query.content_terms)
    rows = []
    for rank, h in enumerate(hits, 1):
        assert h.doc is not None and h.clause is not None
        terms = terms_of.setdefault(h.doc.id, terms_for(query, h.doc))
        clause = best_clause(terms, h, idf)
        r = clause.responsibility
        rows.append([
            1.0 / rank,
            h.score / top,
            1.0 / h.dense_rank if h.dense_rank else 0.0,
            1.0 / h.keyword_rank if h.keyword_rank else 0.0,
            (h.keyword_score or 0.0) / best_kw,
            coverage(terms, clause_scope(clause, h.chunk.text), idf),
            coverage(terms, h.chunk.text, idf),
            coverage(terms, clause_scope(clause, clause.text), idf),
            pair_coverage(query, h.chunk.text),
            float(who and bool(r.lead or r.implementers or r.advisers or r.partners)),
            (h.dense_score or 0.0) / best_dense,
            coverage(terms, " ".join(clause.heading_trail), idf),
            float(need is not None and bool(need.search(fold(h.chunk.text)))),
            1.0 / (1.0 + len(clause.text.split()) / 40),
            float(bool(clause.children)),
            coverage(list(after), clause.text, idf),
            coverage(list(before), clause.text, idf),
            precision(asked, clause.text, idf),
        ])
    return rows


@dataclass(frozen=True)
class Reranker:
    """Orders hits by the fitted linear score; each hit's ``score`` becomes that score."""

    idf: dict[str, float]
    weights: tuple[float, ...]

    @classmethod
    def fitted(cls, idf: dict[str, float], path: Path = WEIGHTS_FILE) -> "Reranker":
        return cls(idf, load_weights(path))

    def scores(self, query: Query, hits: list[Hit]) -> list[float]:
        return [sum(w * x for w, x in zip(self.weights, row)) for row in features(query, hits, self.idf)]

    def rerank(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The hits best first (ties keep retrieval's order). When the question names a round ("hiệp thương lần thứ
        ba") and a hit holds it, hits on other rounds only come after: the round decides, whatever the words shared
        (few questions name one, too few for a fitted weight to say so)."""
        scored = self.scores(query, hits)
        rounds = [round_match(query, clause_scope(h.clause, h.chunk.text), h.doc.meta.title if h.doc else "")
                  if h.clause is not None else 0.0 for h in hits]
        other_round = any(r > 0 for r in rounds)
        order = sorted(range(len(hits)), key=lambda i: (other_round and rounds[i] < 0, -scored[i]))
        return [replace(hits[i], score=scored[i]) for i in order]

