"""Multi-turn conversation: follow-ups ("còn đơn vị phối hợp?", "thế ở Đồng Tháp thì sao?") resolved by rules."""

from __future__ import annotations

from core.conversation import Conversation, Turn
from core.query import Intent, Query
from core.textnorm import fold


def resolve_followup(query: Query, conversation: Conversation | None) -> tuple[str, Query, bool]:
    """(standalone question, query to use, same_topic) for a follow-up; the question itself otherwise.

    same_topic is True when only the asked-for field changed ("còn đơn vị phối hợp?"), so the previous
    clauses can answer it again; a new province re-runs retrieval on the previous topic in that province.
    """
    prev = conversation.last if conversation else None
    if prev is None or not query.is_followup or prev.answer.refused and not query.provinces:
        return query.text, query, False
    topic = prev.resolved
    for p in prev.query.provinces:
        topic = _remove_folded(topic, p)
    intent = query.intent if query.intent != Intent.CONTENT else prev.query.intent
    provinces = query.provinces or prev.query.provinces
    if query.provinces:
        resolved = f"{topic.rstrip(' ?')} ở {', '.join(query.provinces)}?"
        same = False
    else:
        resolved = f"{topic.rstrip(' ?')} — {query.text}"
        same = True
    q = Query(
        text=resolved, folded=fold(resolved), intent=intent, provinces=provinces,
        unknown_provinces=query.unknown_provinces, units=prev.query.units or query.units,
        years=query.years or prev.query.years, is_followup=True,
    )
    return resolved, q, same


def _remove_folded(text: str, phrase: str) -> str:
    """Remove a phrase (matched without diacritics) from text, keeping the rest as written."""
    f, p = fold(text), fold(phrase)
    i = f.find(p)
    if i < 0 or len(f) != len(text):
        return text
    out = (text[:i] + text[i + len(p):]).replace(" ở ?", "?").replace("  ", " ")
    return out.strip()
