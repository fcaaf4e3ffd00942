"""Answers about one known task — the last cited task of a conversation or an item of the last list ("hạn khi
nào?", "ai phối hợp?", "nhiệm vụ thứ hai") — from that clause alone, never from another one."""

from __future__ import annotations

import re

from assistant.answer.quotes import Citations
from assistant.answer.texts import not_stated, role_parts, section_name
from core.models import Answer, Clause, Document, Hit, Responsibility
from core.query import Intent, Query
from core.textnorm import split_sentences

_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")


def stating_clause(doc: Document, clause: Clause) -> Clause | None:
    """The ancestor clause that states an inherited responsibility (None when the clause states its own)."""
    if not clause.responsibility.inherited:
        return None
    cur = clause
    while cur.parent_id:
        parent = doc.clause(cur.parent_id)
        if parent is None:
            return None
        if not parent.responsibility.inherited and not parent.responsibility.is_empty():
            return parent
        cur = parent
    return None


def _join(units: list[str]) -> str:
    return ", ".join(units)


class TaskAnswerer:
    """Who, with whom, by when, what target — of one task."""

    def answer(self, query: Query, hit: Hit) -> Answer:
        doc, clause = hit.doc, hit.clause
        assert doc is not None and clause is not None
        r = clause.responsibility
        where = f"{section_name(clause)} ({doc.meta.issuer or doc.file_name})"
        cites = Citations()
        n = cites.add(doc, clause)
        stated = stating_clause(doc, clause)
        ref = f"[{n}]"
        if stated is not None:
            ref += f"[{cites.add(doc, stated)}]"
        text = self._compose(query.intent, clause, r, where, ref)
        if text is None:
            what = {Intent.PARTNERS: "đơn vị phối hợp", Intent.DEADLINE: "thời hạn thực hiện",
                    Intent.TARGET: "chỉ tiêu (tỷ lệ, con số)"}.get(query.intent, "đơn vị chủ trì")
            return Answer(query.text, not_stated(what, f"{where} — “{clause.title}”"), refused=True,
                          intent=query.intent.value, hits=[hit])
        return Answer(query.text, text, cites.items, intent=query.intent.value, hits=[hit])

    @staticmethod
    def _compose(intent: Intent, clause: Clause, r: Responsibility, where: str, ref: str) -> str | None:
        task = clause.title
        lead = r.lead or r.implementers
        lead_word = "chủ trì" if r.lead and r.lead != r.implementers else "thực hiện"
        if intent == Intent.PARTNERS:
            if not r.partners:
                return None
            head = f"Đơn vị phối hợp: {_join(r.partners)}" + (f" (đơn vị {lead_word}: {_join(lead)})" if lead else "")
            return f"{head}. {ref}\nTheo {where} — “{task}”."
        if intent == Intent.DEADLINE:
            if not r.deadline:
                return None
            head = f"Thời gian thực hiện: {r.deadline}" + (f"; đơn vị {lead_word}: {_join(lead)}" if lead else "")
            return f"{head}. {ref}\nTheo {where} — “{task}”."
        if intent == Intent.TARGET:
            found = r.targets or [m.group(0) for m in _PERCENT.finditer(clause.text)]
            if not found:
                return None
            sents = [s for s in split_sentences(clause.text) if _PERCENT.search(s)]
            return f"{' '.join(sents[:2]) or ', '.join(found)} {ref}\nTheo {where}."
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and not (lead or r.advisers):
            return None
        parts = role_parts(r, lead, lead_word)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS):
            return f"{'; '.join(parts)}. {ref}\nTheo {where} — “{task}”."
        summary = f" ({'; '.join(parts)})" if parts else ""
        return f"Theo {where}: “{task}”{summary}. {ref}"

