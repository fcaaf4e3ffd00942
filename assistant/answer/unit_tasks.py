"""A unit's tasks ("Công an tỉnh chủ trì những nhiệm vụ nào?", "Sở Văn hóa phối hợp những việc gì?"): the complete
list from the responsibility table, not from the top hits — every task, grouped by plan, count first."""

from __future__ import annotations

from collections import Counter

from assistant.answer.listing import ROLE_LABELS, build_list, roles_text
from assistant.index.reader import PlanReader
from assistant.index.tasks import TaskTable
from core.models import Answer
from core.query import Intent, Query
from core.settings import Settings
from core.units import unit_matches

ROLE_VERBS = {"lead": "chủ trì", "partners": "phối hợp", "advisers": "tham mưu", "implementers": "thực hiện",
              "doer": "chủ trì hoặc thực hiện", "any": "được giao"}


def display_unit(query: Query, table: TaskTable) -> str:
    """The unit as the plans write it when the user's words name one ("cong an tinh" → "Công an tỉnh")."""
    if query.units:
        return query.units[0]
    names = [n for n in table.unit_names() if unit_matches(query.unit_phrase, n)]
    exact = [n for n in names if len(n.split()) == len(query.unit_phrase.split())]
    if exact or names:
        return min(exact or names, key=len)
    return query.unit_phrase


def scope_text(query: Query, years: bool = True) -> str:
    parts = []
    if query.provinces or query.localities:
        parts.append(f"ở {', '.join([*query.provinces, *query.localities])}")
    if query.years and years:
        parts.append(f"năm {', '.join(query.years)}")
    return (" " + " ".join(parts)) if parts else ""


class UnitTasksAnswerer:
    """Every task a unit holds a role in, from the responsibility table."""

    def __init__(self, settings: Settings):
        self.limit = settings.list_chat_items

    def answer(self, query: Query, table: TaskTable, reader: PlanReader, scope: set[str] | None) -> Answer:
        unit = query.unit
        shown = display_unit(query, table)
        rows = table.for_unit(unit, query.role, scope)
        where = scope_text(query)
        verb = ROLE_VERBS.get(query.role, "được giao")
        if not rows:
            other = table.for_unit(unit, "any", scope) if query.role != "any" else []
            text = f"Không có trong kế hoạch: các kế hoạch đã nạp{where} không giao {shown} {verb} nhiệm vụ nào."
            if query.role == "any":
                text = f"Không có trong kế hoạch: các kế hoạch đã nạp{where} không giao nhiệm vụ nào cho {shown}."
            if other:
                text += f" ({shown} có {len(other)} nhiệm vụ với vai trò khác; hỏi “{shown} được giao gì?” để xem.)"
            return Answer(query.text, text, refused=True, intent=Intent.UNIT_TASKS.value)
        body = build_list(rows, table, reader, lambda r: roles_text(r, unit), self.limit)
        n, p = len(body.items), body.n_plans
        head = f"{shown} {verb} {n} nhiệm vụ trong {p} kế hoạch{where}"
        if query.role in ("any", "doer"):
            counts = Counter(role for r in rows for role in r.roles_of(unit))
            split = ", ".join(f"{ROLE_LABELS[r]} {counts[r]}" for r in ROLE_LABELS if counts[r])
            head += f" ({split})" if split else ""
        text = head + ":\n" + "\n".join(body.lines)
        return Answer(query.text, text, body.citations, intent=Intent.UNIT_TASKS.value, items=body.items)
