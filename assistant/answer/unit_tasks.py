"""A unit's tasks ("Công an tỉnh chủ trì những nhiệm vụ nào?", "Sở Văn hóa phối hợp những việc gì?"): the complete
list from the responsibility table, not from the top hits — every task, grouped by plan, count first."""

from __future__ import annotations

import re
from collections import Counter

from assistant.answer.listing import ROLE_LABELS, build_list, roles_text
from assistant.index.reader import PlanReader
from assistant.index.tasks import ROLES, TaskRow, TaskTable
from assistant.topic import coverage
from assistant.understand import names_own_topic, own_topic
from core.models import Answer
from core.query import Intent, Query
from core.settings import Settings
from core.textnorm import fold
from core.units import split_listed, unit_matches

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
    return as_written(query.text, query.unit_phrase)


def as_written(text: str, folded: str) -> str:
    """The words of ``text`` that fold to ``folded`` ("Thanh tra tỉnh" of "... giao Thanh tra tỉnh việc gì?" for
    "thanh tra tinh"), as the user wrote them; ``folded`` itself when they are not found."""
    want = folded.split()
    if not want:
        return folded
    words = list(re.finditer(r"\w+", text))
    for i in range(len(words) - len(want) + 1):
        if [fold(w.group(0)) for w in words[i:i + len(want)]] == want:
            return text[words[i].start():words[i + len(want) - 1].end()]
    return folded


def scope_text(query: Query, years: bool = True) -> str:
    parts = []
    if query.provinces or query.localities:
        parts.append(f"ở {', '.join([*query.provinces, *query.localities])}")
    if query.years and years:
        parts.append(f"năm {', '.join(query.years)}")
    return (" " + " ".join(parts)) if parts else ""


def held_together(query: Query, table: TaskTable, scope: set[str] | None) -> tuple[str, list[TaskRow], str] | None:
    """The tasks every unit of a list the question names holds a role in, the first of them, and the list as the plans
    write it: "Công điện 155 yêu cầu Đài Truyền hình, Đài Tiếng nói làm gì?" of "(6) Đài Truyền hình Việt Nam, Đài Tiếng
    nói Việt Nam, Thông tấn xã Việt Nam ..." (CĐ 155/CĐ-TTg, 2025; blind set b75-21), where no one name holds the whole
    list. None when the question names one unit, or no task is held by all."""
    named = split_listed(as_written(query.text, query.unit_phrase))
    if len(named) < 2:
        return None
    each = [table.for_unit(u, query.role, scope) for u in named]
    common = [r for r in each[0] if all(r in rows for rows in each[1:])]
    if not common:
        return None
    # each as the plans write it ("dai truyen hinh" -> "Đài Truyền hình Việt Nam")
    on_row = [n for role in ROLES for n in getattr(common[0], role)]
    shown = [next((n for n in on_row if unit_matches(u, n)), u) for u in named]
    return named[0], common, ", ".join(dict.fromkeys(shown))


ON_TOPIC = 0.5  # share of a list question's own topic words a task must hold to be the one it asks about


def on_topic_first(query: Query, rows: list[TaskRow]) -> tuple[list[TaskRow], frozenset[str]]:
    """The rows with the one task the question's own topic picks out first, and that task's clause id (quoted whole):
    "Công điện 228 yêu cầu Bộ Tài chính đôn đốc các doanh nghiệp bảo hiểm làm gì?" lists the ministry's seven tasks,
    "1.a Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm khẩn trương có phương án giải quyết nhanh, dứt điểm việc
    chi trả, bồi thường thiệt hại ..." first and whole (external set b1-28). The rows as they are when the question
    names no topic of its own, or no one task holds more of it than every other."""
    if len(rows) < 2 or not names_own_topic(query):
        return rows, frozenset()
    topic = own_topic(query)
    held = [coverage(topic, r.task) for r in rows]
    best = max(held)
    if best < ON_TOPIC or held.count(best) > 1:
        return rows, frozenset()
    first = held.index(best)
    return [rows[first], *rows[:first], *rows[first + 1:]], frozenset({rows[first].clause_id})


class UnitTasksAnswerer:
    """Every task a unit holds a role in, from the responsibility table."""

    def __init__(self, settings: Settings):
        self.limit = settings.list_chat_items

    def answer(self, query: Query, table: TaskTable, reader: PlanReader, scope: set[str] | None) -> Answer:
        unit = query.unit
        shown = display_unit(query, table)
        rows = table.for_unit(unit, query.role, scope)
        if not rows and not query.units and (together := held_together(query, table, scope)) is not None:
            unit, rows, shown = together
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
        rows, whole = on_topic_first(query, rows)
        body = build_list(rows, table, reader, lambda r: roles_text(r, unit), self.limit, whole=whole)
        n, p = len(body.items), body.n_plans
        head = f"{shown} {verb} {n} nhiệm vụ trong {p} kế hoạch{where}"
        if query.role in ("any", "doer"):
            counts = Counter(role for r in rows for role in r.roles_of(unit))
            split = ", ".join(f"{ROLE_LABELS[r]} {counts[r]}" for r in ROLE_LABELS if counts[r])
            head += f" ({split})" if split else ""
        text = head + ":\n" + "\n".join(body.lines)
        return Answer(query.text, text, body.citations, intent=Intent.UNIT_TASKS.value, items=body.items)
