"""Everything the question side derives from one generation of the index, built once and used by every question
until the index changes: the question parser, the accent restorer, the IDF table, the responsibility table and
the answerers that depend on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Hashable

from assistant.answer.deadlines import DeadlineAnswerer
from assistant.answer.default import DefaultAnswerer
from assistant.answer.plan_facts import PlanFactsAnswerer
from assistant.answer.task import TaskAnswerer
from assistant.answer.unit_tasks import UnitTasksAnswerer
from assistant.index.corpus_stats import CorpusStats
from assistant.index.tasks import TaskTable
from assistant.retrieve.rerank import Reranker
from assistant.understand import QuestionParser
from core.accents import AccentRestorer
from core.settings import Settings


@dataclass
class Generation:
    key: Hashable  # changes whenever a plan is added, replaced or removed
    parser: QuestionParser
    restorer: AccentRestorer
    idf: dict[str, float]
    tasks: TaskTable
    reranker: Reranker | None  # orders the fused candidates (None: fusion's order)
    default: DefaultAnswerer  # retrieval answers
    unit_tasks: UnitTasksAnswerer
    deadlines: DeadlineAnswerer
    plan_facts: PlanFactsAnswerer
    task: TaskAnswerer

    @classmethod
    def build(cls, key: Hashable, summaries: list[dict[str, Any]], stats: CorpusStats, tasks: TaskTable,
              settings: Settings) -> "Generation":
        # plans a question can name by number ("QĐ 2597") or commune ("xã Lương Minh"), from the stored table
        named = [{"id": p.doc_id, "number": p.number, "kind": p.kind, "locality": p.locality, "file_name": p.file_name,
                  "province": p.province, "title": p.title, "issuer": p.issuer, "date": p.date,
                  "carries_out": p.carries_out, "enacts": p.enacts, "recipients": p.recipients}
                 for p in tasks.plans.values()]
        units = sorted(set(stats.unit_names()) | set(tasks.unit_names()))
        parser = QuestionParser([d.get("province", "") for d in summaries], units, named, settings.followup_max_words)
        idf = stats.idf()
        return cls(key=key, parser=parser, restorer=stats.accent_restorer(), idf=idf, tasks=tasks,
                   reranker=Reranker.fitted(idf) if settings.rerank else None,
                   default=DefaultAnswerer(settings, idf), unit_tasks=UnitTasksAnswerer(settings),
                   deadlines=DeadlineAnswerer(settings), plan_facts=PlanFactsAnswerer(settings), task=TaskAnswerer())
