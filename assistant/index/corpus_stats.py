"""Corpus statistics the question side needs, gathered once per index build instead of at the first question.

Three tables are learnt from every indexed chunk: document frequencies (IDF for the answer's evidence gate),
accented-syllable and syllable-bigram counts (restoring diacritics in questions typed without them) and the
unit names that lead or partner on tasks (recognising units in questions). They are built in the same pass
over the catalog as BM25 and stored beside it (``stats.json`` in the BM25 generation), so a server with
10,000 plans starts answering without reading every plan.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.accents import AccentRestorer, count_syllables
from core.models import Chunk
from core.textnorm import fold, long_forms, unglue_measures

STATS_FILE = "stats.json"
STATS_VERSION = 3


def topic_words(text: str) -> set[str]:
    """The distinct folded words of a text (what document frequencies count)."""
    folded = unglue_measures(fold(text))
    return set(re.findall(r"[a-z0-9%]+", f"{folded} {long_forms(folded)}"))  # acronyms count in their long form too


class IdfTable(dict):
    """Word -> inverse document frequency of one index's chunks. Hashed by identity (one table per index
    generation, never changed once built), so the measures a question reads many times over the same texts
    (assistant/topic.py ``coverage``) can be remembered per table."""

    __hash__ = object.__hash__


def idf_from_df(df: dict[str, int], n_texts: int) -> IdfTable:
    """Inverse document frequency from document frequencies over ``n_texts`` chunks ("" = an unseen word)."""
    n = max(n_texts, 1)
    return IdfTable({w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()} | {"": math.log(n + 1) + 1})


@dataclass
class CorpusStats:
    n_chunks: int = 0
    df: Counter = field(default_factory=Counter)
    unigrams: defaultdict = field(default_factory=lambda: defaultdict(Counter))  # folded -> {accented: count}
    bigrams: Counter = field(default_factory=Counter)  # "a b" -> count
    units: set[str] = field(default_factory=set)

    def add(self, chunk: Chunk) -> None:
        self.n_chunks += 1
        self.df.update(topic_words(chunk.text))
        count_syllables(chunk.text, self.unigrams, self.bigrams, bigram_key=lambda a, b: f"{a} {b}")
        self.units.update(chunk.metadata.get("lead", []))
        self.units.update(chunk.metadata.get("partners", []))

    @classmethod
    def of(cls, chunks) -> "CorpusStats":
        stats = cls()
        for c in chunks:
            stats.add(c)
        return stats

    # -- what the question side uses -----------------------------------------------------------
    def idf(self) -> IdfTable:
        return idf_from_df(self.df, self.n_chunks)

    def accent_restorer(self) -> AccentRestorer:
        return AccentRestorer.from_counts(self.unigrams, self.bigrams)

    def unit_names(self) -> list[str]:
        return sorted(self.units)

    # -- storage -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"version": STATS_VERSION, "n_chunks": self.n_chunks, "df": dict(self.df),
                "unigrams": {k: dict(v) for k, v in self.unigrams.items()}, "bigrams": dict(self.bigrams),
                "units": sorted(self.units)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CorpusStats | None":
        """None for a file of another version (the caller recomputes)."""
        if data.get("version") != STATS_VERSION:
            return None
        stats = cls(n_chunks=int(data["n_chunks"]), df=Counter(data["df"]), bigrams=Counter(data["bigrams"]),
                    units=set(data["units"]))
        for k, v in data["unigrams"].items():
            stats.unigrams[k] = Counter(v)
        return stats
