"""The asks of a question that asks several plans one thing each ("TB 631 và TB 648: (1) ... ; (2) ...", "theo NĐ 170
... bao lâu, còn theo NĐ 171 ... trong bao lâu?"): each ask goes to the plan it names, with the words that open the
question before the first ask."""

from __future__ import annotations

import re
from typing import Callable

from core.lexicon import questions as question_lexicon
from core.textnorm import fold


def split_asks(text: str) -> tuple[str, list[str]]:
    """(the words before the first ask, the asks in order); one ask when the question does not split."""
    lex = question_lexicon()
    pieces = [p.strip(" ,;") for p in lex.ask_splits.split(text)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:  # "..., và ...": two asks when each side asks something
        joined = [p.strip(" ,;") for p in lex.ask_joins.split(text)]
        if len(joined) > 1 and all(lex.ask_words.search(fold(p)) for p in joined):
            pieces = joined
    if len(pieces) < 2:
        return "", pieces
    numbered = re.search(r"\(\d\)", text)
    if numbered is not None:
        head = text[:numbered.start()].strip(" ,;")
        if head and pieces[0] == head:  # the words before "(1)" open every ask
            return head.rstrip(" :"), pieces[1:]
    head, colon, first = pieces[0].partition(": ")
    if colon and first:  # "vừa bổ nhiệm trưởng phòng: theo NĐ 170 ..., còn theo NĐ 171 ...": the scene opens every ask
        return head.strip(), [first.strip(), *pieces[1:]]
    return "", pieces


MAX_ASKS = 4  # more pieces than this are a list the question gives, not asks
_JOINER = re.compile(r"^c[òo]n\s+", re.I)  # "còn" opening a second ask


def asks_apart(text: str) -> tuple[str, list[str]] | None:
    """(opening words, asks) of a question asking two to four things, each of which asks something on its own ("...
    tổ chức trong khoảng ngày nào, còn hiệp thương lần thứ ba phải xong chậm nhất ngày nào?"); the "còn" that
    joins an ask is dropped. None for a question that asks one thing ("kiểm tra, và xử lý vi phạm thì ai làm?")."""
    head, asks = split_asks(text)
    if not 2 <= len(asks) <= MAX_ASKS:
        return None
    asks = [_JOINER.sub("", a, count=1).strip() or a for a in asks]
    if not all(question_lexicon().ask_words.search(fold(a)) for a in asks):
        return None
    return head, asks


def asks_by_plan(text: str, plans: list[str], names: Callable[[str], list[str]]) -> dict[str, str] | None:
    """The ask of each plan of ``plans`` (ids, in the order the question names them): the ask that names it, or, when
    no ask names a plan, the asks in order. ``names(ask)`` are the plans an ask names. None when the question has not
    one ask per plan."""
    head, asks = split_asks(text)
    if len(asks) != len(plans):
        return None
    named = [[p for p in dict.fromkeys(names(a)) if p in plans] for a in asks]
    if any(len(n) > 1 for n in named) or len({n[0] for n in named if n}) < sum(map(bool, named)):
        return None  # an ask naming two plans, or two asks one plan
    rest = iter(p for p in plans if not any(p in n for n in named))  # the others in order ("(1) ...; (2) Điện Biên ...")
    order = [n[0] if n else next(rest) for n in named]
    return {plan: f"{head}: {ask}" if head else ask for plan, ask in zip(order, asks)}
