"""Syllables a copy ran together: some copies drop the space between words ("Văn phòng Đảng uỷchủtrì, phối hợp với các
cơ quan có liên hướng dẫn, ... xây dựng dựthảo Báo cáo tổng kết", KH 10-KH/ĐU of Đảng uỷ xã Công Hải as a repository
keeps it; "... Tân Uyênvàcácxã", NQ 1670/NQ-UBTVQH15 as pandoc made it from a Word file). A unit, a role word or a
figure's words are then no longer found.

A Vietnamese syllable carries one tone mark at most, so a word with two or more is syllables run together. Where a
document has many such words, each is cut back into the fewest pieces that each carry one tone mark at most and spell
a Vietnamese syllable (``core.textnorm.is_vietnamese_syllable`` on their folded letters): "uỷchủtrì" -> "uỷ chủ trì".
In such a document a word of one mark that is no syllable itself but Vietnamese syllables run together is cut too
("sốthôn" -> "số thôn", "vệsinh" -> "vệ sinh"), as is a word whose small letters run into capitals ("Đảng uỷUBND xã" ->
"Đảng uỷ UBND xã"; TB 17-TB/ĐU of the same Đảng uỷ, blind set b137-28). A word it cannot so cut, a word with no mark and
no letter only Vietnamese writes ("camera", "chutri") and every other document are left as they are.
"""

from __future__ import annotations

from core.syllables import WORD, cut_back
from core.textnorm import tone_marks

# the share of a document's words that carry two tone marks or more: 0.022-0.054 in the copies that ran words together
# (three notices and plans of Đảng uỷ xã Công Hải, blind sets b132, b135 and b137; NQ 1670/NQ-UBTVQH15 in pandoc's
# Markdown), 0.0035 at most in the 770 other texts read before (a word here and there a PDF ran together: "Mẫusố")
GLUE_SHARE = 0.01


def has_glued_syllables(text: str) -> bool:
    """Does the text run words together often enough to be cut back (``GLUE_SHARE``)?"""
    words = WORD.findall(text)
    return bool(words) and sum(1 for w in words if tone_marks(w) >= 2) / len(words) > GLUE_SHARE


def split_glued_syllables(text: str) -> str:
    """``text`` with its words run together cut back (``cut_back``), when it runs words together often
    (``has_glued_syllables``); else ``text`` as it is."""
    return cut_back(text) if has_glued_syllables(text) else text
