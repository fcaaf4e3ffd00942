"""Shared by the answers that are lists of tasks (a unit's tasks, the tasks due in a window): rows grouped by
plan, a citation for each, the chat text shortened after a few lines with the whole list in ``Answer.items``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from assistant.index.reader import PlanReader
from assistant.index.tasks import PlanFacts, TaskRow, TaskTable
from assistant.answer.quotes import cite
from core.models import Citation, ListItem

ROLE_LABELS = {"lead": "chủ trì", "partners": "phối hợp", "implementers": "thực hiện", "advisers": "tham mưu"}
TASK_CHARS = 140  # a task title longer than this is cut in the chat text (never in the items)
FEW_TASKS = 4  # a list of at most this many tasks quotes each whole, up to FEW_TASK_CHARS
FEW_TASK_CHARS = 500


def short(text: str, limit: int = TASK_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_ITEM_MARK = re.compile(r"^\s*(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]|[-+•])\s*")


def _whole(text: str) -> str:
    """A clause's whole text without its item number ("(6) Đài Truyền hình Việt Nam, ..." -> "Đài Truyền hình ..."):
    the task title is cut at its first words (CĐ 155/CĐ-TTg (6); blind set b75-21)."""
    return _ITEM_MARK.sub("", " ".join(text.split()))


def plan_label(p: PlanFacts) -> str:
    """"Ủy ban nhân dân tỉnh Đồng Tháp — Kế hoạch Thực hiện công tác ... năm 2026"."""
    title = short(p.title, 110)
    return f"{p.display} — {p.kind or 'Kế hoạch'} {title}" if title else p.display


@dataclass
class TaskList:
    """Rows turned into an answer body: text lines, citations and items, in plan order."""

    lines: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)

    @property
    def n_plans(self) -> int:
        return len({i.doc_id for i in self.items})


def build_list(rows: list[TaskRow], table: TaskTable, reader: PlanReader, role_of: Callable[[TaskRow], str],
               limit: int, first_n: int = 1, whole: frozenset[str] = frozenset()) -> TaskList:
    """Rows grouped by plan (in the order their first rows come), each with a citation numbered from ``first_n``; the
    chat lines stop after ``limit`` tasks ("… và N nhiệm vụ khác"). The tasks of the clause ids in ``whole`` are quoted
    whole."""
    out = TaskList()
    by_plan: dict[str, list[TaskRow]] = {}
    for r in rows:
        by_plan.setdefault(r.doc_id, []).append(r)
    n = first_n
    shown = 0
    # a few tasks are quoted whole: "các đơn vị thuộc Bộ phải làm gì?" wants what each of them says, not its first words
    width = TASK_CHARS if len(rows) > FEW_TASKS else FEW_TASK_CHARS
    for doc_id, plan_rows in by_plan.items():
        facts = table.plans.get(doc_id) or PlanFacts(doc_id, doc_id)
        try:
            doc = reader.document(doc_id)
        except Exception:  # noqa: BLE001 - a plan removed meanwhile: its rows are skipped
            continue
        clauses = {c.id: c for c in doc.clauses}
        header_shown = False
        for r in plan_rows:
            clause = clauses.get(r.clause_id)
            if clause is None:
                continue
            role = role_of(r)
            out.citations.append(cite(doc, clause, n))
            out.items.append(ListItem(plan=facts.display, section=r.section, task=r.task, role=role,
                                      deadline=r.deadline, n=n, doc_id=doc_id, clause_id=r.clause_id,
                                      lead="; ".join(r.doers), due=r.due.end if r.due else ""))
            if shown < limit:
                if not header_shown:
                    count = len(plan_rows)
                    out.lines.append(f"{plan_label(facts)} ({count} nhiệm vụ):")
                    header_shown = True
                detail = "; ".join(x for x in (role, f"thời gian: {r.deadline}" if r.deadline else "") if x)
                quoted = width == FEW_TASK_CHARS or r.clause_id in whole
                said = short(_whole(clause.text), FEW_TASK_CHARS) if quoted else short(r.task, width)
                out.lines.append(f"- Mục {r.section}: {said} — {detail} [{n}]")
                shown += 1
            n += 1
    hidden = len(out.items) - shown
    if hidden > 0:
        out.lines.append(f"… và {hidden} nhiệm vụ khác (danh sách đầy đủ trong bảng kết quả / "
                         f"`kehoach ask --json`).")
    return out


def roles_text(row: TaskRow, unit: str) -> str:
    """The roles ``unit`` holds on ``row`` in Vietnamese ("chủ trì", "phối hợp, tham mưu")."""
    return ", ".join(ROLE_LABELS[r] for r in row.roles_of(unit)) or "chủ trì"


def lead_text(row: TaskRow) -> str:
    """Who does the task ("chủ trì: Công an tỉnh"), for lists that are not about one unit."""
    lead = row.doers
    word = "chủ trì" if row.lead else "thực hiện"
    return f"{word}: {', '.join(lead)}" if lead else ""
