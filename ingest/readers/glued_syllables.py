"""Syllables a copy ran together: some copies drop the space between words ("Văn phòng Đảng uỷchủtrì, phối hợp với các
cơ quan có liên hướng dẫn, ... xây dựng dựthảo Báo cáo tổng kết", KH 10-KH/ĐU of Đảng uỷ xã Công Hải as a repository
keeps it; "... Tân Uyênvàcácxã", NQ 1670/NQ-UBTVQH15 as pandoc made it from a Word file). A unit, a role word or a
figure's words are then no longer found.

A Vietnamese syllable carries one tone mark at most, so a word with two or more is syllables run together. Where a
document has many such words, each is cut back into the fewest pieces that each carry one tone mark at most and spell
a Vietnamese syllable (``core.textnorm.is_vietnamese_syllable`` on their folded letters): "uỷchủtrì" -> "uỷ chủ trì".
A word it cannot so cut, a word with fewer marks ("chutri") and every other document are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.textnorm import fold, is_vietnamese_syllable, tone_marks

# the share of a document's words that carry two tone marks or more: 0.022-0.054 in the copies that ran words together
# (three notices and plans of Đảng uỷ xã Công Hải, blind sets b132, b135 and b137; NQ 1670/NQ-UBTVQH15 in pandoc's
# Markdown), 0.0035 at most in the 770 other texts read before (a word here and there a PDF ran together: "Mẫusố")
GLUE_SHARE = 0.01
MAX_SYLLABLE = 7  # letters of the longest syllable ("nghiêng")
_WORD = re.compile(r"[^\W\d_]+")



def has_glued_syllables(text: str) -> bool:
    """Does the text run words together often enough to be cut back (``GLUE_SHARE``)?"""
    words = _WORD.findall(text)
    return bool(words) and sum(1 for w in words if tone_marks(w) >= 2) / len(words) > GLUE_SHARE


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


def split_glued_syllables(text: str) -> str:
    """``text`` with its words of two tone marks or more cut back into syllables, when it runs words together often
    (``has_glued_syllables``); else ``text`` as it is."""
    if not has_glued_syllables(text):
        return text

    def cut(m: re.Match) -> str:
        word = m.group(0)
        if tone_marks(word) < 2:
            return word
        pieces = syllables_of(word)
        return " ".join(pieces) if pieces and len(pieces) > 1 else word

    return _WORD.sub(cut, text)
