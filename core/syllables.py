"""Words run together cut back into Vietnamese syllables: a syllable carries one tone mark at most and spells a
Vietnamese syllable (``is_vietnamese_syllable``), so "uỷchủtrì" is "uỷ chủ trì"; small letters running into capitals
("uỷUBND") are two words. Used by the reader of copies that ran their words together
(``ingest.readers.glued_syllables``) and by the evaluator reading a gold written from such a copy."""

from __future__ import annotations

import re
from functools import lru_cache

from core.textnorm import fold, is_vietnamese_syllable, tone_marks

MAX_SYLLABLE = 7  # letters of the longest syllable ("nghiêng")
WORD = re.compile(r"[^\W\d_]+")  # a run of letters
_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def _into_capitals(word: str) -> list[str]:
    """``word`` cut where its small letters run into capitals: "uỷUBND" -> ["uỷ", "UBND"]."""
    cuts = [i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()]
    return [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)])]


@lru_cache(maxsize=4096)
def syllables_of(word: str) -> tuple[str, ...] | None:
    """``word`` cut into the fewest syllables that each carry one tone mark at most; None when it cannot be."""
    n = len(word)

    @lru_cache(maxsize=None)
    def rest(i: int) -> tuple[str, ...] | None:
        if i == n:
            return ()
        best: tuple[str, ...] | None = None
        for j in range(i + 1, min(n, i + MAX_SYLLABLE) + 1):
            piece = word[i:j]
            if tone_marks(piece) > 1 or not is_vietnamese_syllable(fold(piece)):
                continue
            after = rest(j)
            if after is not None and (best is None or len(after) + 1 < len(best)):
                best = (piece, *after)
        return best

    return rest(0)


def _cut_word(word: str) -> str:
    marks = tone_marks(word)
    if marks < 2 and (is_vietnamese_syllable(fold(word)) or (marks == 0 and not _VIETNAMESE_LETTERS.intersection(word))):
        return word
    pieces = syllables_of(word)
    return " ".join(pieces) if pieces and len(pieces) > 1 else word


def cut_back(text: str) -> str:
    """``text`` with every word that is syllables run together cut back ("Đảng uỷUBND xã" -> "Đảng uỷ UBND xã"),
    however few there are."""
    return WORD.sub(lambda m: " ".join(_cut_word(part) for part in _into_capitals(m.group(0))), text)
