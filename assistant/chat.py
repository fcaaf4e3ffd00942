"""Multi-turn conversation: follow-ups resolved by rules against what the conversation is about (``Focus``).

A follow-up changes only what it names: "thế ở Đồng Tháp thì sao?" asks the last topic again in another
province; "còn đơn vị phối hợp?", "hạn khi nào?" ask about the last cited task; "đơn vị đó còn làm gì?" lists the
tasks of the last unit; "nhiệm vụ thứ hai" picks an item of the last list. A follow-up that cannot be resolved
asks back (which task, which plan) instead of answering from an unrelated clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from assistant.answer import texts
from assistant.understand import topic_terms
from core.conversation import Conversation, Focus
from core.lexicon import questions as question_lexicon
from core.models import Answer
from core.query import Intent, Query
from core.textnorm import fold

FIELD_INTENTS = (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE, Intent.TARGET)
LIST_INTENTS = (Intent.UNIT_TASKS, Intent.DEADLINE_WINDOW, Intent.PLAN_FACTS)


@dataclass
class Resolution:
    """What to answer: ``query`` (resolved), about clause ``task`` when set; or ``ask_back`` (a question to the user)."""

    query: Query
    text: str  # the standalone question (what retrieval and an LLM see)
    task: str = ""
    ask_back: str = ""
    rewrote: bool = False  # the question was resolved against the conversation
    anchor: str = ""  # clause id of the task whose counterpart is sought ("thế ở Đồng Tháp thì sao?")


def _asks_back(q: Query, text: str) -> Resolution:
    return Resolution(q, q.text, ask_back=text)


def _strip_followup_words(text: str) -> str:
    """"còn tuyên truyền trong trường học thì sao?" → "tuyên truyền trong trường học"."""
    lex = question_lexicon()
    folded = fold(text)
    m = lex.followup.search(folded)
    if m and m.start() == 0 and len(folded) == len(text):
        text = text[m.end():]
    text = re.sub(r"(?i)\s*th(ì|i) sao\s*\??\s*$", "", text)
    return text.strip(" ,?") + "?"


def _without_places(text: str, places: list[str]) -> str:
    """The text without the provinces it names ("Ở Hải Phòng, đơn vị nào ..." → "đơn vị nào ...")."""
    out = text
    for p in places:
        f = fold(out)
        i = f.find(fold(p))
        if i >= 0 and len(f) == len(out):
            out = out[:i] + out[i + len(p):]
    out = re.sub(r"(?i)(^|[\s,:;])(ở|tại|của|o|tai|cua)(\s*[,:;?]|\s*$)", r"\1", out)
    return re.sub(r"\s{2,}", " ", out).strip(" ,:;")


def resolve(q: Query, conversation: Conversation | None, province_of: Callable[[str], str] = lambda doc_id: "") -> Resolution:
    """The question to answer, given the conversation so far (``province_of``: a plan's province, by doc id)."""
    focus = conversation.focus if conversation else None
    last = conversation.last if conversation else None
    if focus is not None and focus.pending is not None and not q.is_followup and q.intent == Intent.CONTENT:
        # the answer to our own question back ("hạn khi nào?" → "nhiệm vụ nào?" → "tuyên truyền trên báo đài")
        q = replace(q, intent=focus.pending)
    base = focus.topic if focus else None
    same_plans = [] if q.provinces or q.doc_ids or focus is None else focus.doc_ids

    # "kế hoạch này ai ký?", "ban hành ngày nào?": facts about the plan the conversation is on
    plan_topic = [t for t in topic_terms(q) if t not in question_lexicon().plan_fact_words]
    if focus is not None and q.intent == Intent.PLAN_FACTS and not q.ordinal and same_plans and (q.refers_plan or not (
            q.issued_by or plan_topic or "count" in q.facts)):
        if len(same_plans) > 1 and not q.refers_plan:
            return Resolution(q, q.text)  # several plans on the table: the question stands on its own
        return Resolution(replace(q, doc_ids=list(same_plans)), q.text, rewrote=True)

    # "còn tháng 5/2026?", "quý III thì sao?": the last deadline question again, for another window
    if q.is_followup and q.window is not None and base is not None and base.intent == Intent.DEADLINE_WINDOW \
            and not q.units and q.intent in (Intent.CONTENT, Intent.DEADLINE_WINDOW, Intent.DEADLINE):
        new = replace(base, window=q.window, ongoing=q.ongoing or base.ongoing, is_followup=True,
                      text=f"{base.text.rstrip(' ?')} — {q.text}", folded=fold(f"{base.text} {q.text}"))
        return Resolution(new, new.text, rewrote=True)

    if not q.is_followup:
        return Resolution(q, q.text)
    if focus is None or last is None:
        if q.ordinal:
            return _asks_back(q, texts.ASK_LIST)
        if q.refers_unit:
            return _asks_back(q, texts.ASK_UNIT)
        if q.refers_plan:
            return _asks_back(q, texts.ASK_PLAN)
        return _asks_back(q, texts.ASK_TASK)
    last_intent = last.query.intent
    base = focus.topic

    # a list question scoped to the plan the conversation is on ("Bộ Xây dựng chủ trì gì trong quyết định này?")
    if q.refers_plan and q.intent in LIST_INTENTS and focus.doc_ids:
        return Resolution(replace(q, doc_ids=list(focus.doc_ids)), q.text, rewrote=True)

    # "nhiệm vụ thứ hai": an item of the last list
    if q.ordinal:
        if not focus.items:
            return _asks_back(q, texts.ASK_LIST)
        idx = q.ordinal - 1 if q.ordinal > 0 else len(focus.items) - 1
        if idx >= len(focus.items):
            return _asks_back(q, texts.ask_item(len(focus.items)))
        item = focus.items[idx]
        if not item.clause_id:  # an item of a list of plans: ask the question about that plan
            intent = q.intent if q.intent != Intent.CONTENT else Intent.PLAN_FACTS
            return Resolution(replace(q, intent=intent, doc_ids=[item.doc_id], provinces=[]),
                              f"{q.text} — {item.task}", rewrote=True)
        intent = q.intent if q.intent in FIELD_INTENTS else Intent.CONTENT
        return Resolution(replace(q, intent=intent), f"{item.task} — {q.text}", task=item.clause_id, rewrote=True)

    # "đơn vị đó còn làm gì?": the tasks of the last unit
    if q.refers_unit and q.intent not in FIELD_INTENTS:
        if not focus.unit:
            return _asks_back(q, texts.ASK_UNIT)
        intent = q.intent if q.intent in (Intent.UNIT_TASKS, Intent.DEADLINE_WINDOW) else Intent.UNIT_TASKS
        scope = [] if q.provinces else focus.doc_ids
        new = replace(q, units=[focus.unit], unit_phrase="", intent=intent, doc_ids=scope,
                      provinces=q.provinces or (focus.topic.provinces if focus.topic else []))
        return Resolution(new, f"{focus.unit} — {q.text}", rewrote=True)

    # "thế ở Đồng Tháp thì sao?", "còn Sở Tư pháp?": the last topic again, with the place or unit named
    new_place = bool(q.provinces or q.unknown_provinces or q.localities)
    new_unit = bool(q.units or q.unit_phrase)
    if new_place or new_unit:
        if base is None:
            return _asks_back(q, texts.ASK_TASK)
        if new_place and len(focus.tasks) > 1 and not topic_terms(q):
            # the last answer cited several plans: the one in that province answers again
            picked = [t for t in focus.tasks if province_of(t.split(":", 1)[0]) in q.provinces]
            if len(picked) == 1:
                intent = q.intent if q.intent in FIELD_INTENTS else last_intent
                return Resolution(replace(q, intent=intent), q.text, task=picked[0], rewrote=True)
        if q.intent != Intent.CONTENT:
            intent = q.intent
        elif base.intent in LIST_INTENTS or last_intent not in FIELD_INTENTS:
            intent = base.intent  # a list asked again elsewhere; questions about its items do not change it
        else:
            intent = last_intent  # "ai chủ trì …?" → "còn đơn vị phối hợp?" → "thế ở Đồng Tháp?": who partners there
        if intent == Intent.COMPARE and new_place:
            intent = Intent.CONTENT
        topic_text = _without_places(base.text, base.provinces)
        place = q.provinces or q.unknown_provinces
        text = f"{topic_text.rstrip(' ?')}" + (f" ở {', '.join(place)}?" if place else "?")
        new = replace(
            base, text=text, folded=fold(text), intent=intent, is_followup=True,
            provinces=q.provinces if new_place else base.provinces,
            unknown_provinces=q.unknown_provinces if new_place else base.unknown_provinces,
            localities=q.localities if new_place else base.localities,
            units=q.units if new_unit else base.units, unit_phrase=q.unit_phrase if new_unit else base.unit_phrase,
            doc_ids=list(q.doc_ids) if new_place else base.doc_ids,
        )
        return Resolution(new, text, rewrote=True, anchor=focus.task if new_place else "")

    # "còn đơn vị phối hợp?", "hạn khi nào?", "nhiệm vụ này ai phối hợp?": the last cited task
    if q.refers_task or not topic_terms(q):
        intent = q.intent if q.intent != Intent.CONTENT else last_intent
        if focus.task:
            return Resolution(replace(q, intent=intent), q.text, task=focus.task, rewrote=True)
        if len(focus.items) == 1 and focus.items[0].clause_id:
            return Resolution(replace(q, intent=intent), q.text, task=focus.items[0].clause_id, rewrote=True)
        if len(focus.tasks) > 1:
            return _asks_back(replace(q, intent=intent), texts.ask_which_plan(_plans_of(focus.tasks, last.answer)))
        return _asks_back(replace(q, intent=intent), texts.ASK_TASK)

    # "còn tuyên truyền trong trường học?": new words in the same frame (intent, place, unit)
    intent = q.intent if q.intent != Intent.CONTENT else (last_intent if last_intent not in LIST_INTENTS else Intent.CONTENT)
    text = _strip_followup_words(q.text)
    places = base.provinces if base else []
    if places:
        text = f"{text.rstrip('?')} ở {', '.join(places)}?"
    new = replace(q, text=text, folded=fold(text), intent=intent, provinces=places, is_followup=True)
    return Resolution(new, text, rewrote=True)


def _plans_of(tasks: list[str], answer: Answer) -> list[str]:
    names = []
    for t in tasks:
        c = next((c for c in answer.citations if c.clause_id == t), None)
        name = (c.issuer or c.file_name) if c else t.split(":", 1)[0]
        if name not in names:
            names.append(name)
    return names


def next_focus(previous: Focus | None, resolution: Resolution, answer: Answer,
               lead_of: Callable[[str], str] = lambda clause_id: "") -> Focus:
    """What the conversation is about after ``answer`` (``lead_of``: the first lead unit of a task, by clause id)."""
    prev = previous or Focus()
    q = resolution.query
    if resolution.ask_back:
        return replace(prev, pending=q.intent if q.intent != Intent.CONTENT else None)
    topic = prev.topic
    if not resolution.task and (not q.is_followup or resolution.rewrote):
        topic = q
    cited = [c.clause_id for c in answer.citations if c.clause_id and c.section != "phần đầu văn bản"]
    by_plan: dict[str, str] = {}
    for cid in cited:
        by_plan.setdefault(cid.split(":", 1)[0], cid)
    if resolution.task:
        task, tasks = resolution.task, [resolution.task]
    elif answer.items:
        task, tasks = "", []
    elif answer.refused:
        task, tasks = "", []
    else:
        tasks = list(by_plan.values())
        task = tasks[0] if len(tasks) == 1 else ""
    unit = q.unit or prev.unit
    # "ai chủ trì …?" → "đơn vị đó còn làm gì?": the lead of the task answered, also when the answer cites the same
    # unit's task in a second plan too ([1] the plan's clause, [2] the like task elsewhere)
    first = task or (tasks[0] if tasks else "")
    if first and not answer.refused and not q.unit:
        unit = lead_of(first) or unit
    doc_ids = list(dict.fromkeys([c.doc_id for c in answer.citations if c.doc_id] or prev.doc_ids))
    items = answer.items or prev.items
    return Focus(topic=topic, unit=unit, task=task, tasks=tasks, doc_ids=doc_ids, items=items, pending=None)

