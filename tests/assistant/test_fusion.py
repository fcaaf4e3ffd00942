"""Reciprocal rank fusion, unit boost, filters and modes of the hybrid retriever, table-driven over an index
whose two rankings are given (no embedder, no Chroma): what the retriever itself decides."""

from __future__ import annotations

import pytest

from assistant.retrieve.hybrid import HybridRetriever, _rrf
from core.models import Chunk
from core.query import Filters, RetrievalMode
from core.settings import Settings


class RankedIndex:
    """The part of PlanIndex the retriever reads, with fixed dense and keyword rankings."""

    def __init__(self, dense: list[str], keyword: list[str], leads: dict[str, list[str]] | None = None):
        self.dense, self.keyword, self.leads = dense, keyword, leads or {}
        self.docs = [{"id": "hp", "province": "Hải Phòng", "year": "2026"},
                     {"id": "dt", "province": "Đồng Tháp", "year": "2025"}]

    def documents(self) -> list[dict]:
        return self.docs

    def _chunk(self, cid: str) -> Chunk:
        return Chunk(cid, cid.split("#")[0], [cid], "I.1", cid, cid, 10, {"lead": self.leads.get(cid, [])})

    def chunks(self, ids: list[str]) -> list[Chunk]:
        return [self._chunk(i) for i in ids]

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return [self._chunk(i) for i in dict.fromkeys(self.dense + self.keyword) if i.startswith(doc_id + "#")]

    def dense_search(self, text: str, n: int, where: dict | None) -> list[tuple[str, float]]:
        allowed = set(where["doc_id"]["$in"]) if where else None
        return [(c, 1.0 - i / 100) for i, c in enumerate(self.dense) if allowed is None or c.split("#")[0] in allowed][:n]

    def keyword_search(self, text: str, n: int, allowed: set[str] | None, docs: set[str] | None, share: float = 0.0):
        return [(c, 10.0 - i) for i, c in enumerate(self.keyword)
                if (allowed is None or c in allowed) and (docs is None or c.split("#")[0] in docs)][:n]


@pytest.mark.parametrize("rankings, k, weights, best", [
    ([["a", "b"], ["b", "a"]], 2, None, None),  # a tie: both lists, mirrored ranks
    ([["a", "b", "c"], ["d", "b"]], 2, None, "b"),  # second in both beats first in one
    ([["a", "b"], ["b", "c"]], 60, [1.0, 1.0], "b"),
    ([["a"], ["c"]], 2, [1.0, 4.0], "c"),  # the keyword list weighs 4 (Settings.keyword_weight)
    ([["a"], ["c"]], 2, [4.0, 1.0], "a"),
])
def test_rrf(rankings: list[list[str]], k: int, weights: list[float] | None, best: str | None):
    scores = _rrf(rankings, k, weights)
    assert set(scores) == {c for r in rankings for c in r}
    top = sorted(scores.values(), reverse=True)
    if best is None:
        assert top[0] == pytest.approx(top[1])
    else:
        assert max(scores, key=scores.get) == best and top[0] > top[1]


def test_settings_fusion_prefers_the_exact_words_of_the_question():
    # the measured defaults (keyword weight 4, RRF k 2): a clause first by keywords outranks one first by meaning
    s = Settings()
    assert (s.keyword_weight, s.rrf_k) == (4.0, 2)
    hits = HybridRetriever.from_settings(RankedIndex(["hp#1", "hp#2"], ["hp#2", "hp#3"]), s).search("q", k=3)
    assert [h.chunk.id for h in hits] == ["hp#2", "hp#3", "hp#1"]
    assert (hits[0].dense_rank, hits[0].keyword_rank) == (2, 1)


def test_unit_named_in_the_question_lifts_the_clause_it_leads():
    index = RankedIndex(["hp#1", "hp#2"], ["hp#1", "hp#2"], leads={"hp#2": ["Công an thành phố"]})
    r = HybridRetriever.from_settings(index, Settings())
    assert [h.chunk.id for h in r.search("q", k=2)] == ["hp#1", "hp#2"]
    assert [h.chunk.id for h in r.search("q", k=2, units=["Công an thành phố"])][0] == "hp#2"


@pytest.mark.parametrize("filters, ids", [
    (Filters(provinces=["Đồng Tháp"]), ["dt#1"]),
    (Filters(provinces=["Hải Phòng"]), ["hp#1", "hp#2"]),
    (Filters(years=["2025"]), ["dt#1"]),
    (Filters(doc_ids=["hp"]), ["hp#1", "hp#2"]),
    (Filters(provinces=["Cà Mau"]), []),
])
def test_filters_keep_only_the_plans_they_name(filters: Filters, ids: list[str]):
    index = RankedIndex(["hp#1", "dt#1", "hp#2"], ["dt#1", "hp#2", "hp#1"])
    got = [h.chunk.id for h in HybridRetriever.from_settings(index, Settings()).search("q", k=5, filters=filters)]
    assert sorted(got) == sorted(ids)


@pytest.mark.parametrize("mode, first", [(RetrievalMode.DENSE, "hp#1"), (RetrievalMode.KEYWORD, "hp#3")])
def test_one_sided_modes_use_one_ranking(mode: RetrievalMode, first: str):
    r = HybridRetriever.from_settings(RankedIndex(["hp#1", "hp#2"], ["hp#3", "hp#2"]), Settings()).with_mode(mode)
    hits = r.search("q", k=3)
    assert hits[0].chunk.id == first and len(hits) == 2
