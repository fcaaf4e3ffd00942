"""Hybrid retrieval: dense (Chroma) + BM25 fused with reciprocal rank fusion, unit boost, metadata filters."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from core.models import Hit
from core.places import in_places
from core.query import Filters, RetrievalMode
from core.settings import Settings
from core.units import any_unit_matches


def _rrf(rankings: list[list[str]], k: int, weights: list[float] | None = None) -> dict[str, float]:
    """Weighted reciprocal rank fusion: sum of weight / (k + rank) over the rankings a chunk appears in."""
    scores: dict[str, float] = {}
    for ranking, w in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank + 1)
    return scores


@dataclass(frozen=True)
class HybridRetriever:
    """Retriever over a PlanIndex: ``search`` returns Hits. Its numbers come from ``Settings`` (``from_settings``)."""

    index: Any  # assistant.index.PlanIndex
    documents: Callable[[], list[dict]] | None = None  # plan summaries (cached by the service); default index.documents
    k: int = Settings.model_fields["top_k"].default
    candidates: int = Settings.model_fields["retrieval_candidates"].default
    rrf_k: int = Settings.model_fields["rrf_k"].default
    mode: RetrievalMode = RetrievalMode.HYBRID
    unit_boost: float = Settings.model_fields["unit_boost"].default  # in units of 1/rrf_k
    role_boost: float = Settings.model_fields["role_boost"].default  # 1/rrf_k units, chunks naming who leads, asked who
    dense_weight: float = Settings.model_fields["dense_weight"].default
    keyword_weight: float = Settings.model_fields["keyword_weight"].default
    scope_idf_share: float = Settings.model_fields["scope_idf_share"].default  # BM25 IDF of the plans in scope

    @classmethod
    def from_settings(cls, index: Any, settings: Settings, documents: Callable[[], list[dict]] | None = None
                      ) -> "HybridRetriever":
        return cls(index=index, documents=documents, k=settings.top_k, candidates=settings.retrieval_candidates,
                   rrf_k=settings.rrf_k, unit_boost=settings.unit_boost, role_boost=settings.role_boost,
                   dense_weight=settings.dense_weight, keyword_weight=settings.keyword_weight,
                   scope_idf_share=settings.scope_idf_share)

    def with_mode(self, mode: RetrievalMode) -> "HybridRetriever":
        return replace(self, mode=mode)

    # -- filters ------------------------------------------------------------------------------
    def _allowed(self, filters: Filters) -> tuple[set[str] | None, set[str] | None]:
        """(plans, chunks) the filters allow; None = no restriction. Chunks are listed only for a unit filter
        (it needs each chunk's lead/partners), so a province filter never reads the plans themselves."""
        if filters.is_empty():
            return None, None
        docs: set[str] = set()
        in_asked = in_places(filters.provinces)
        for d in (self.documents or self.index.documents)():
            if filters.doc_ids and d["id"] not in filters.doc_ids and d.get("file_name") not in filters.doc_ids:
                continue
            if filters.provinces and not in_asked(d.get("province", ""), d.get("issuer", ""), d.get("locality", "")):
                continue
            if filters.years and not any(y in str(d.get("year", "")) for y in filters.years):
                continue
            docs.add(d["id"])
        if not filters.unit:
            return docs, None
        chunks = {c.id for doc_id in docs for c in self.index.chunks_of(doc_id)
                  if self._unit_matches(c.metadata, filters.unit)}
        return docs, chunks

    @staticmethod
    def _unit_matches(meta: dict, unit: str) -> bool:
        return any_unit_matches(unit, [*meta.get("lead", []), *meta.get("partners", [])])

    # -- search -------------------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               units: list[str] | None = None, dense_query: str | None = None, asks_who: bool = False) -> list[Hit]:
        """Top-k hits. ``dense_query`` (e.g. the query with its diacritics restored) is what gets embedded."""
        k = k or self.k
        filters = filters or Filters()
        docs, allowed = self._allowed(filters)
        if (docs is not None and not docs) or (allowed is not None and not allowed):
            return []
        if allowed is not None:
            docs = {cid.rsplit("#", 1)[0] for cid in allowed}
        n = max(self.candidates, k)
        dense: list[tuple[str, float]] = []
        keyword: list[tuple[str, float]] = []
        if self.mode in (RetrievalMode.HYBRID, RetrievalMode.DENSE):
            where = {"doc_id": {"$in": sorted(docs)}} if docs is not None else None
            dense = [(cid, s) for cid, s in self.index.dense_search(dense_query or query, n * (2 if filters.unit else 1), where)
                     if allowed is None or cid in allowed][:n]
        if self.mode in (RetrievalMode.HYBRID, RetrievalMode.KEYWORD):
            keyword = self.index.keyword_search(query, n, allowed, docs, self.scope_idf_share)
        fused = _rrf([[c for c, _ in dense], [c for c, _ in keyword]], self.rrf_k, [self.dense_weight, self.keyword_weight])
        chunks = {c.id: c for c in self.index.chunks(list(fused))} if fused else {}
        if units:
            for cid, chunk in chunks.items():
                if any(self._unit_matches(chunk.metadata, u) for u in units):
                    fused[cid] += self.unit_boost / self.rrf_k
        if asks_who and self.role_boost:
            for cid, chunk in chunks.items():
                if chunk.metadata.get("lead") or chunk.metadata.get("partners"):
                    fused[cid] += self.role_boost / self.rrf_k
        dense_rank = {cid: (i + 1, s) for i, (cid, s) in enumerate(dense)}
        kw_rank = {cid: (i + 1, s) for i, (cid, s) in enumerate(keyword)}
        ranked = sorted(fused.items(), key=lambda t: -t[1])[:k]
        return [
            Hit(
                chunk=chunks[cid],
                score=score,
                dense_rank=dense_rank.get(cid, (None, None))[0],
                dense_score=dense_rank.get(cid, (None, None))[1],
                keyword_rank=kw_rank.get(cid, (None, None))[0],
                keyword_score=kw_rank.get(cid, (None, None))[1],
            )
            for cid, score in ranked
        ]
