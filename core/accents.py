"""Restore Vietnamese diacritics in a query typed without them, from the indexed plans' own vocabulary.

The multilingual embedder understands "đơn vị nào chủ trì tuyên truyền" far better than
"don vi nao chu tri tuyen truyen". Each folded syllable is mapped to the accented syllables seen in the
corpus, and a Viterbi pass over syllable-bigram counts picks the most likely sequence.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from core.textnorm import fold, nfc

_SYLLABLE = re.compile(r"[0-9a-zA-Z\u00C0-\u1EF9]+")


def _syllables(text: str) -> list[str]:
    return [s.lower() for s in _SYLLABLE.findall(nfc(text))]


_fold_syllable = lru_cache(maxsize=1 << 16)(fold)  # a corpus has a few thousand distinct syllables


def count_syllables(text: str, unigrams: dict[str, Counter], bigrams: Counter, bigram_key=lambda a, b: (a, b)) -> None:
    """Add ``text``'s accented syllables (under their folded form) and syllable bigrams to the counts."""
    sylls = _syllables(text)
    for s in sylls:
        unigrams[_fold_syllable(s)][s] += 1
    for a, b in zip(sylls, sylls[1:]):
        bigrams[bigram_key(a, b)] += 1


# How staff phrase questions: words rare in plans but frequent in questions (with their usual neighbours).
QUESTION_PHRASES = """
đơn vị nào chủ trì. cơ quan nào phối hợp. ai chủ trì. ai phụ trách. ai thực hiện. giao cho ai. phòng nào.
sở nào. tỉnh nào. bao nhiêu phần trăm. bao nhiêu. khi nào. bao giờ. thời gian nào. hạn chót là ngày nào.
như thế nào. làm gì. phải làm gì. những gì. có những nhiệm vụ gì. thì sao. còn đơn vị phối hợp thì sao.
thế ở đâu. ở đâu. của ai. báo chí. báo đài. truyền hình. phát thanh. mạng xã hội. trên báo chí.
kế hoạch nào. mục tiêu là gì. chỉ tiêu là bao nhiêu. tỷ lệ là bao nhiêu. đạt bao nhiêu.
"""


class AccentRestorer:
    """Learns folded→accented syllable statistics from texts; restores accents in unaccented queries."""

    def __init__(self, texts: Iterable[str], max_candidates: int = 6):
        self.unigrams: dict[str, Counter] = defaultdict(Counter)
        self.bigrams: Counter = Counter()
        for text in [*texts, *[QUESTION_PHRASES] * 3]:
            count_syllables(text, self.unigrams, self.bigrams)
        self.max_candidates = max_candidates

    @classmethod
    def from_counts(cls, unigrams: dict[str, dict[str, int]], bigrams: dict[str, int],
                    max_candidates: int = 6) -> "AccentRestorer":
        """From counts gathered at ingest (``count_syllables``; bigram keys "a b")."""
        self = cls([], max_candidates)
        for folded, seen in unigrams.items():
            self.unigrams[folded].update(seen)
        for key, n in bigrams.items():
            a, _, b = key.partition(" ")
            self.bigrams[(a, b)] += n
        return self

    def _candidates(self, token: str) -> list[tuple[str, float]]:
        low = token.lower()
        if fold(low) != low:  # already accented: keep as typed
            return [(low, 0.0)]
        seen = self.unigrams.get(low)
        if not seen:
            return [(low, 0.0)]
        total = sum(seen.values())
        return [(w, math.log(c / total)) for w, c in seen.most_common(self.max_candidates)]

    def restore(self, query: str) -> str:
        """The query with diacritics restored where the corpus makes them clear; other text unchanged."""
        tokens = _SYLLABLE.findall(nfc(query))
        if not tokens:
            return query
        lattice = [self._candidates(t) for t in tokens]
        # Viterbi: best[i][j] = (score, backpointer)
        best: list[list[tuple[float, int]]] = [[(e, -1) for _, e in lattice[0]]]
        for i in range(1, len(lattice)):
            row = []
            for w, e in lattice[i]:
                scores = [
                    (best[i - 1][k][0] + math.log1p(self.bigrams.get((pw, w), 0)) * 2.0 + e, k)
                    for k, (pw, _) in enumerate(lattice[i - 1])
                ]
                row.append(max(scores))
            best.append(row)
        j = max(range(len(best[-1])), key=lambda k: best[-1][k][0])
        chosen: list[str] = []
        for i in range(len(lattice) - 1, -1, -1):
            chosen.append(lattice[i][j][0])
            j = best[i][j][1]
        chosen.reverse()
        # Rebuild the query, replacing each token in place (keeping punctuation and case of the first letter).
        out, pos = [], 0
        for m, word in zip(_SYLLABLE.finditer(nfc(query)), chosen):
            out.append(nfc(query)[pos:m.start()])
            original = m.group(0)
            out.append(word.capitalize() if original[:1].isupper() else word)
            pos = m.end()
        out.append(nfc(query)[pos:])
        return "".join(out)
