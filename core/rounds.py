"""The numbered rounds a text names ("hiệp thương lần thứ ba", "lần 3", "cấp III", "giai đoạn II"), for telling a
clause or a plan's title on another round from one on the round asked (questions.toml [round])."""

from __future__ import annotations

from functools import lru_cache

from core.lexicon import questions
from core.textnorm import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}  # "cấp III", "giai đoạn II" (questions.toml [round])


@lru_cache(maxsize=2048)
def rounds(text: str) -> frozenset[tuple[str, int]]:
    """The numbered rounds a text names, folded: "hiệp thương lần thứ ba" and "lần 3" are both ("lan", 3)."""
    lex = questions()
    out = set()
    folded = fold(text)
    number = lambda word: 1 if word == "mot" else _ROMAN.get(word) or lex.number(word)  # noqa: E731
    for m in lex.round.finditer(folded):
        found, end = [m.group(2)], m.end()
        while (more := lex.round_then.match(folded, end)) is not None:  # "lần thứ 2, thứ 3"
            found.append(more.group(1))
            end = more.end()
        out.update((m.group(1).split()[0], n) for n in map(number, found) if n > 0)  # ("cấp cháy rừng III": "cap")
    return frozenset(out)


def rounds_agree(asked: frozenset[tuple[str, int]], held: frozenset[tuple[str, int]]) -> float:
    """1 when ``held`` has a round ``asked`` has, -1 when it has only other rounds of the same kind ("lần thứ nhất"
    for "lần thứ ba"), else 0 (no round asked, or none of that kind held)."""
    if not asked:
        return 0.0
    if asked & held:
        return 1.0
    kinds = {noun for noun, _ in asked}
    return -1.0 if any(noun in kinds for noun, _ in held) else 0.0
