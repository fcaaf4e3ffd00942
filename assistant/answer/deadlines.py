"""Tasks due in a time window ("việc gì đến hạn trong tháng 12/2025 / trước 30/6 / quý này / tháng tới"), from the
dated ranges read at ingest; recurring tasks whose period ends in the window listed apart; the tasks done all the
time ("Thường xuyên") only counted, or listed when asked for."""

from __future__ import annotations

from datetime import date

from assistant.answer.listing import build_list, lead_text
from assistant.answer.unit_tasks import display_unit, scope_text
from assistant.index.reader import PlanReader
from assistant.index.tasks import TaskRow, TaskTable
from core.dates import due_in, period_ends
from core.models import Answer, DeadlineKind
from core.query import Intent, Query
from core.settings import Settings

PERIOD_WORDS = {"day": "hằng ngày", "week": "hằng tuần", "month": "hằng tháng", "quarter": "hằng quý",
                "half_year": "6 tháng", "year": "hằng năm"}


class DeadlineAnswerer:
    """Which tasks fall due in a window (or are carried out in it), by plan."""

    def __init__(self, settings: Settings):
        self.limit = settings.list_chat_items

    def _rows(self, query: Query, table: TaskTable, scope: set[str] | None) -> list[TaskRow]:
        if query.unit:
            return table.for_unit(query.unit, query.role, scope)
        return [r for r in table.rows if scope is None or r.doc_id in scope]

    def answer(self, query: Query, table: TaskTable, reader: PlanReader, scope: set[str] | None) -> Answer:
        rows = self._rows(query, table, scope)
        who = f" của {display_unit(query, table)}" if query.unit else ""
        where = scope_text(query, years=False)
        continuous = [r for r in rows if r.due is not None and r.due.kind == DeadlineKind.CONTINUOUS]
        window = query.window
        if window is None:  # "những nhiệm vụ nào thực hiện thường xuyên?"
            return self._continuous(query, table, reader, continuous, who, where)
        dated = sorted((r for r in rows if due_in(r.due, window, ongoing=query.ongoing)),
                       key=lambda r: (r.due.end if r.due else "", r.doc_id))
        recurring = [r for r in rows if r.due is not None and r.due.kind == DeadlineKind.RECURRING
                     and period_ends(r.due.recurring, window, self._active(table, r))]
        verb = "thực hiện trong" if query.ongoing else ("" if window.overdue else "đến hạn")
        label = f"{verb} {window.label}".strip()
        lines: list[str] = []
        body = build_list(dated, table, reader, lead_text, self.limit)
        if dated:
            lines.append(f"{len(dated)} nhiệm vụ{who} {label}{where} (trong {body.n_plans} kế hoạch):")
            lines += body.lines
        else:
            lines.append(f"Không có nhiệm vụ nào{who} có thời hạn ghi rõ {label}{where}.")
        items, citations = list(body.items), list(body.citations)
        if recurring:
            extra = build_list(recurring, table, reader, lambda r: self._recurring_role(r), self.limit,
                               first_n=len(citations) + 1)
            lines.append(f"Việc định kỳ đến kỳ báo cáo/thực hiện trong {window.label} ({len(recurring)} nhiệm vụ):")
            lines += extra.lines
            items += extra.items
            citations += extra.citations
        if continuous and not query.continuous:
            lines.append(f"(Ngoài ra {len(continuous)} nhiệm vụ thực hiện thường xuyên, không có hạn cụ thể; "
                         f"hỏi “những nhiệm vụ nào thực hiện thường xuyên?” để xem.)")
        elif continuous:
            extra = build_list(continuous, table, reader, lead_text, self.limit, first_n=len(citations) + 1)
            lines.append(f"Nhiệm vụ thực hiện thường xuyên ({len(continuous)}):")
            lines += extra.lines
            items += extra.items
            citations += extra.citations
        return Answer(query.text, "\n".join(lines), citations, intent=Intent.DEADLINE_WINDOW.value, items=items)

    def _continuous(self, query: Query, table: TaskTable, reader: PlanReader, rows: list[TaskRow], who: str,
                    where: str) -> Answer:
        if not rows:
            return Answer(query.text, f"Không có nhiệm vụ nào{who} ghi thời gian “thường xuyên”{where}.",
                          intent=Intent.DEADLINE_WINDOW.value)
        body = build_list(rows, table, reader, lead_text, self.limit)
        text = f"{len(rows)} nhiệm vụ{who} thực hiện thường xuyên{where} (trong {body.n_plans} kế hoạch):\n" + \
            "\n".join(body.lines)
        return Answer(query.text, text, body.citations, intent=Intent.DEADLINE_WINDOW.value, items=body.items)

    @staticmethod
    def _recurring_role(r: TaskRow) -> str:
        period = PERIOD_WORDS.get(r.due.recurring if r.due else "", "định kỳ")
        lead = lead_text(r)
        return f"{period}" + (f"; {lead}" if lead else "")

    @staticmethod
    def _active(table: TaskTable, r: TaskRow) -> tuple[date, date] | None:
        facts = table.plans.get(r.doc_id)
        years = facts.years() if facts else None
        return (date(years[0], 1, 1), date(years[1], 12, 31)) if years else None
