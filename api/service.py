"""The one API that the CLI, the web app, the evaluator and the benchmarks call: ingest, search, ask."""

from __future__ import annotations

import getpass
import re
import secrets
import threading
import time
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import zip_longest
from pathlib import Path
from typing import Callable, Iterable, Iterator

from assistant.answer.default import combine_per_plan
from assistant.asks import asks_apart, asks_by_plan
from assistant.answer.quotes import citation_text
from assistant.answer import texts
from assistant.answer.texts import not_indexed
from assistant.chat import next_focus, resolve
from assistant.understand import names_own_topic, written_forms
from assistant.generation import Generation
from assistant.index.corpus_stats import topic_words
from assistant.index.reader import PlanReader
from assistant.retrieve.hybrid import HybridRetriever
from core.conversation import Conversation, Turn
from core.docrefs import described_refs, ref_matches, refs_with_text
from api.audit import AUDIT_FILE, AuditAction, AuditLog
from core.lexicon import questions as question_lexicon
from core.errors import ConfirmationError, KehoachError, redact_paths
from core.models import Answer, AnswerMode, Clause, Document, Hit
from core.places import in_places
from core.query import Filters, Intent, Query, RetrievalMode
from core.settings import Settings
from core.textnorm import fold, split_sentences
from ingest.readers.base import SUPPORTED_SUFFIXES  # the readers' one list of file types
from ingest.units import named_by_role, only_generic


@dataclass
class FileOutcome:
    path: str
    status: str  # "ingested" | "unchanged" | "failed"
    doc_id: str = ""
    clauses: int = 0
    tasks: int = 0
    tasks_with_lead: int = 0
    chunks: int = 0
    embedded: int = 0
    message: str = ""  # Vietnamese (and English) reason when failed
    ocr_pages: list[int] = field(default_factory=list)  # pages read by OCR (a scan)
    low_confidence_pages: list[int] = field(default_factory=list)  # OCR pages to check against the paper

    @property
    def ocr_note(self) -> str:
        """"Đọc bằng OCR 3 trang (độ tin cậy thấp: trang 2)", or "" for a file with a text layer."""
        if not self.ocr_pages:
            return ""
        low = f" (độ tin cậy thấp: trang {', '.join(map(str, self.low_confidence_pages))})" if self.low_confidence_pages else ""
        return f"Đọc bằng OCR {len(self.ocr_pages)} trang{low}"


@dataclass(frozen=True)
class DeleteTicket:
    """The first step of a delete: what will be deleted, and the token the second step must carry."""

    token: str
    doc_id: str
    file_name: str
    title: str
    actor: str
    expires_at: float  # time.monotonic()


@dataclass(frozen=True)
class DeletedPlan:
    """A plan in the trash, restorable until ``restore_until`` (ISO 8601, UTC)."""

    doc_id: str
    file_name: str
    title: str
    deleted_at: str
    deleted_by: str
    restore_until: str


def cli_actor() -> str:
    """Who acts from the command line: "cli:<OS user>"."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@dataclass
class IngestReport:
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]

    def totals(self) -> dict[str, int]:
        ok = [f for f in self.files if f.status != "failed"]
        return {
            "documents": len(ok),
            "clauses": sum(f.clauses for f in ok),
            "tasks": sum(f.tasks for f in ok),
            "tasks_with_lead": sum(f.tasks_with_lead for f in ok),
            "chunks": sum(f.chunks for f in ok),
            "embedded": sum(f.embedded for f in ok),
            "failed": len(self.failed),
        }


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files given directly, plus the supported files inside given folders (sorted, recursive)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                              and not f.name.lower().startswith("readme")))  # a folder's README is not a plan
        else:
            out.append(p)
    return out


def parse_file(path: Path, settings: Settings) -> Document:
    """Read and parse one plan file without indexing it (``kehoach inspect``). Raises KehoachError for bad input."""
    from ingest.pipeline import ingest_file

    return ingest_file(Path(path), settings)[0]


def coverage_of(path: Path, settings: Settings):
    """Assignment coverage of one file: the assignment sentences/rows in its text vs. the tasks with a lead the
    parser made of them (``ingest.coverage.DocCoverage``)."""
    from ingest.coverage import document_coverage

    return document_coverage(parse_file(path, settings))


def read_text(path: Path, max_mb: int = 64, settings: Settings | None = None) -> str:
    """The text a plan file yields before parsing (NFC), as the readers extract it (scanned pages read by OCR
    when ``settings`` are given and allow it)."""
    from ingest.pipeline import ocr_options
    from ingest.readers import read_file

    ocr = ocr_options(settings) if settings is not None else None
    return read_file(Path(path), max_bytes=max_mb * 1024 * 1024, ocr=ocr).text


def _asks_who(q: Query) -> bool:
    return q.intent.value in ("lead", "partners", "implementers", "unit_tasks")


class Kehoach:
    """Facade over the index, the retriever and the answerers. Heavy parts are created on first use."""

    def __init__(self, settings: Settings, rebuild: bool = False, reembed: bool = False):
        self.settings = settings
        self._rebuild = rebuild
        self._reembed = reembed
        self._generation_cache: Generation | None = None
        self._tickets: dict[str, DeleteTicket] = {}
        self._tickets_lock = threading.Lock()
        self.audit = AuditLog(settings.data_dir / AUDIT_FILE)

    # -- components ---------------------------------------------------------------------------
    @cached_property
    def embedder(self):
        from assistant.embedders import make_embedder

        return make_embedder(self.settings)

    @cached_property
    def index(self):
        from assistant.index import PlanIndex

        self.settings.ensure_dirs()
        return PlanIndex(self.settings, self.embedder, rebuild=self._rebuild, reembed=self._reembed)

    @cached_property
    def reader(self) -> PlanReader:
        """Parsed plans for quoting clauses (the most recently used kept in memory)."""
        return PlanReader(self.index, self.settings.cached_plans)

    @cached_property
    def retriever(self) -> HybridRetriever:
        return HybridRetriever.from_settings(self.index, self.settings, documents=self.documents)

    @cached_property
    def llm(self):
        if not self.settings.llm_enabled:
            return None
        from assistant.answer.llm import LLMAnswerer

        return LLMAnswerer(self.settings, fallback=self._fallback)

    def generation(self) -> Generation:
        """The question parser, accent restorer, IDF, responsibility table and answerers of the current index
        (rebuilt when it changes). Their tables are stored with the keyword index at ingest: nothing here reads
        every plan, so the first question at 10,000 plans is as fast as any other."""
        docs = self.documents()
        # the keyword-index generation, not id(stats): a freed tables object's id can be reused by the next one
        key = (getattr(self, "_summaries_version", None), self.index.keywords.generation_key())
        if self._generation_cache is None or self._generation_cache.key != key:
            self._generation_cache = Generation.build(key, docs, self.index.corpus_stats(), self.index.task_table(),
                                                      self.settings)
        return self._generation_cache

    def parse(self, question: str) -> Query:
        """What a question asks, as the current index understands it."""
        return self.generation().parser.parse(question, self.settings.today_date)

    # -- documents ----------------------------------------------------------------------------
    def _catalog_version(self) -> tuple[int, int]:
        """Changes whenever a plan is added, replaced or removed (by this or another process)."""
        st = self.index.catalog.docs_dir.stat()
        return (st.st_mtime_ns, st.st_size)

    def documents(self) -> list[dict]:
        """Summaries of the ingested plans (cached until the catalog changes)."""
        version = self._catalog_version()
        if getattr(self, "_summaries_version", None) != version:
            self._summaries = self.index.documents()
            self._summaries_version = version
        return self._summaries

    def document(self, doc_id: str) -> Document:
        return self.reader.document(doc_id)

    def clause(self, clause_id: str) -> tuple[Document, Clause] | None:
        return self.reader.clause(clause_id)

    # -- delete (two steps), restore, purge --------------------------------------------------------
    def prepare_delete(self, doc_id: str, actor: str) -> DeleteTicket:
        """First step of a delete: a single-use token, valid ``delete_confirm_seconds`` for this plan and actor."""
        self.purge_expired()
        summary = next((d for d in self.documents() if d["id"] == doc_id), None)
        if summary is None:
            raise KehoachError("Không tìm thấy kế hoạch này trong chỉ mục.", "This plan is not in the index.")
        now = time.monotonic()
        ticket = DeleteTicket(secrets.token_urlsafe(24), doc_id, str(summary.get("file_name", doc_id)),
                              str(summary.get("title", "")), actor, now + self.settings.delete_confirm_seconds)
        with self._tickets_lock:
            self._tickets = {t: k for t, k in self._tickets.items() if k.expires_at > now}
            self._tickets[ticket.token] = ticket
        return ticket

    def delete(self, doc_id: str, token: str, actor: str, client: str = "") -> DeletedPlan:
        """Second step: move the plan (and its uploaded source file) to the trash, restorable for
        ``delete_restore_hours``. Refused (ConfirmationError) without the token of a matching first step."""
        with self._tickets_lock:
            ticket = self._tickets.pop(token, None) if token else None
        if ticket is None or ticket.doc_id != doc_id or ticket.actor != actor or ticket.expires_at < time.monotonic():
            self.audit.record(AuditAction.REFUSED, actor, doc_id, "xoá không có xác nhận hợp lệ", client)
            raise ConfirmationError(
                "Chưa xác nhận xoá (hoặc xác nhận đã hết hạn): hãy bấm «Xoá kế hoạch» rồi «Xác nhận xoá».",
                "Delete not confirmed (or the confirmation expired): request it again, then confirm.",
            )
        self.reader.forget(doc_id)
        trashed = self.index.trash(doc_id, actor)
        if trashed is None:
            raise KehoachError("Không tìm thấy kế hoạch này trong chỉ mục.", "This plan is not in the index.")
        self.audit.record(AuditAction.DELETE, actor, doc_id, f"đã chuyển «{trashed.file_name}» vào thùng rác", client)
        return self._deleted(trashed)

    def remove_now(self, doc_id: str, actor: str) -> bool:
        """Delete for good at once, without the trash (``kehoach delete --purge``); False if not indexed."""
        self.reader.forget(doc_id)
        ok = self.index.remove(doc_id)
        if ok:
            self.audit.record(AuditAction.PURGE, actor, doc_id, "xoá hẳn, không qua thùng rác")
        return ok

    def trashed(self) -> list[DeletedPlan]:
        """Deleted plans that can still be restored, newest first."""
        self.purge_expired()
        return [self._deleted(p) for p in self.index.trashed()]

    def restore(self, doc_id: str, actor: str, client: str = "") -> DeletedPlan:
        """Bring a deleted plan back exactly as it was (same clauses, chunks and answers)."""
        if any(d["id"] == doc_id for d in self.documents()):
            raise KehoachError("Đã có một kế hoạch cùng tên tệp trong chỉ mục; hãy xoá nó trước khi khôi phục.",
                               "A plan with the same file name is in the index; delete it before restoring.")
        found = next((p for p in self.index.trashed() if p.doc_id == doc_id), None)
        if found is None or not self.index.restore(doc_id):
            raise KehoachError("Không tìm thấy kế hoạch này trong thùng rác (có thể đã hết hạn khôi phục).",
                               "This plan is not in the trash (its restore period may be over).")
        self.reader.forget(doc_id)
        self.audit.record(AuditAction.RESTORE, actor, doc_id, f"đã khôi phục «{found.file_name}»", client)
        return self._deleted(found)

    def purge_expired(self) -> list[str]:
        """Remove for good the trashed plans older than ``delete_restore_hours``; their ids."""
        limit = self.settings.delete_restore_hours * 3600
        gone = []
        for plan in self.index.trashed():
            if plan.age_seconds() > limit and self.index.purge(plan.doc_id):
                self.audit.record(AuditAction.PURGE, "hệ thống", plan.doc_id, "hết thời hạn khôi phục")
                gone.append(plan.doc_id)
        return gone

    def _deleted(self, plan) -> DeletedPlan:
        from datetime import datetime, timedelta

        until = datetime.fromisoformat(plan.deleted_at) + timedelta(hours=self.settings.delete_restore_hours)
        return DeletedPlan(plan.doc_id, plan.file_name, plan.title, plan.deleted_at, plan.deleted_by,
                           until.isoformat(timespec="seconds"))

    # -- ingest -------------------------------------------------------------------------------
    def ingest(self, paths: Iterable[Path], progress: Callable[[int, int, str], None] | None = None,
               isolated: bool | None = None) -> IngestReport:
        """Ingest files and folders; bad files are reported and skipped, nothing stored is lost.
        ``isolated`` (default: ``settings.ingest_in_worker``) parses each file in a limited child process."""
        files = expand_paths(paths)
        report = IngestReport()
        isolated = self.settings.ingest_in_worker if isolated is None else isolated
        with self.index.batch():  # one write lock and one BM25 rebuild for the whole run
            self._ingest_files(files, report, progress, isolated)
        if progress:
            progress(len(files), len(files), "")
        return report

    def ingest_uploads(self, uploads: Iterable[Path], actor: str, client: str = "",
                       progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
        """Ingest files uploaded through the web app: each parsed in a limited child process, each outcome in
        the audit log. The files are consumed: an ingested file is kept as its plan's source (it leaves and
        comes back with the plan), a refused one is removed."""
        uploads = [Path(u) for u in uploads]
        report = self.ingest(uploads, progress, isolated=True)
        for upload, outcome in zip(uploads, report.files):
            if outcome.status in ("ingested", "unchanged") and outcome.doc_id:
                self.index.keep_source(outcome.doc_id, upload)
                detail = ("đã nạp" if outcome.status == "ingested" else "không thay đổi") + \
                    f" ({outcome.clauses} điều khoản)"
            else:
                upload.unlink(missing_ok=True)
                detail = f"LỖI — {outcome.message}"
            self.audit.record(AuditAction.UPLOAD, actor, upload.name, detail, client)
        return report

    def _ingest_files(self, files: list[Path], report: IngestReport, progress, isolated: bool) -> None:
        from ingest.pipeline import doc_id_for, fingerprint, ingest_file
        from ingest.worker import parse_isolated

        parse = parse_isolated if isolated else ingest_file

        for i, path in enumerate(files):
            if progress:
                progress(i, len(files), path.name)
            outcome = FileOutcome(path=str(path), status="failed")
            try:
                if not path.exists():
                    raise KehoachError(f"Không tìm thấy tệp: {path.name}", f"File not found: {path.name}")
                if path.stat().st_size <= self.settings.max_file_mb * 1024 * 1024:
                    sha = fingerprint(path.read_bytes())
                    if self.index.has(doc_id_for(path.name), sha):
                        s = self.index.catalog.summary(doc_id_for(path.name))
                        report.files.append(FileOutcome(str(path), "unchanged", s["id"], s.get("n_clauses", 0),
                                                        s.get("n_tasks", 0), s.get("n_tasks_with_lead", 0),
                                                        s.get("n_chunks", 0), ocr_pages=list(s.get("ocr_pages", [])),
                                                        low_confidence_pages=list(s.get("ocr_low_confidence_pages", []))))
                        continue

                def on_page(done: int, total: int, i: int = i, name: str = path.name) -> None:
                    if progress:
                        progress(i, len(files), f"{name} — OCR trang {done}/{total}")

                doc, chunks = parse(path, self.settings, on_page)
                if not doc.clauses:
                    raise KehoachError(f"{path.name}: không nhận ra điều khoản nào trong văn bản.",
                                       f"{path.name}: no clauses found in the text.")
                stats = self.index.add(doc, chunks)
                self.reader.forget(doc.id)
                tasks = [c for c in doc.clauses if c.is_task]
                outcome = FileOutcome(
                    str(path), "ingested", doc.id, len(doc.clauses), len(tasks),
                    sum(1 for c in tasks if c.responsibility.lead), len(chunks),
                    int(stats.get("embedded", 0)) if isinstance(stats, dict) else 0,
                    ocr_pages=doc.ocr_pages, low_confidence_pages=doc.low_confidence_pages,
                )
            except KehoachError as e:
                outcome.message = redact_paths(f"{e.vi} / {e.en}" if e.en != e.vi else e.vi)
            except Exception as e:  # a bug must not lose the other files; the message never shows server paths
                outcome.message = redact_paths(f"Lỗi khi xử lý {path.name}: {type(e).__name__}: {e} / "
                                               f"Error while processing {path.name}")
            report.files.append(outcome)

    def warm_up(self) -> None:
        """Load the embedder and build the question tables now, so the first question is not the slow one."""
        self.generation()
        self.embedder.embed_query("khởi động")

    def ensure_samples(self, progress=None) -> IngestReport | None:
        """Ingest the bundled sample plans when the index is empty."""
        if self.index.documents():
            return None
        return self.ingest([self.settings.plans_dir], progress)

    # -- search and ask -----------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               mode: RetrievalMode = RetrievalMode.HYBRID) -> list[Hit]:
        q = self.parse(query)
        return self._retrieve(q.text, q, k, filters, mode)  # the question as parsed: its shorthand written out

    def _retrieve(self, text: str, q: Query, k: int | None, filters: Filters | None,
                  mode: RetrievalMode = RetrievalMode.HYBRID, retriever: HybridRetriever | None = None) -> list[Hit]:
        """The one retrieval path: the plans or provinces a question names scope it (unless the caller's filters
        do; nothing found there, the whole index); hits come back with their plan and clause."""
        filters = filters or Filters()
        retriever = (retriever or self.retriever).with_mode(mode)
        gen = self.generation()
        dense_query = gen.restorer.restore(text)
        want = k or self.settings.top_k
        reranker = gen.reranker if mode == RetrievalMode.HYBRID else None
        k = max(want, self.settings.rerank_candidates) if reranker is not None else want
        hits: list[Hit] = []
        # units named as the subject of a who/what-does question lift their tasks; a unit named only as the
        # source of something ("tờ trình … của Công an tỉnh") must not
        units = [] if q.intent in (Intent.CONTENT, Intent.SUMMARY) else q.units
        written = written_forms(q.folded)  # "ít nhất" is written "tối thiểu": the keyword search looks for both
        if q.doc_ids and not filters.provinces and not filters.doc_ids:
            scoped = Filters(doc_ids=list(q.doc_ids), years=filters.years, unit=filters.unit)
            hits = retriever.search(f"{q.without_scope(text) or text} {written}", k, scoped, units, dense_query, _asks_who(q))
        if not hits and q.provinces and not filters.provinces and not filters.doc_ids:
            scoped = Filters(provinces=list(q.provinces), years=filters.years, unit=filters.unit)
            hits = retriever.search(f"{q.without_scope(text) or text} {written}", k, scoped, units, dense_query, _asks_who(q))
        if not hits:
            hits = retriever.search(f"{text} {written}", k, filters, units, dense_query, _asks_who(q))
        hits = self.reader.attach(hits)
        return (reranker.rerank(q, hits) if reranker is not None else hits)[:want]

    def ask(self, question: str, conversation: Conversation | None = None, filters: Filters | None = None,
            mode: AnswerMode | str | None = None) -> Answer:
        final: Answer | None = None
        for piece in self.stream_ask(question, conversation, filters, mode):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

    def stream_ask(self, question: str, conversation: Conversation | None = None, filters: Filters | None = None,
                   mode: AnswerMode | str | None = None) -> Iterator[str | Answer]:
        """Yield pieces of the answer text as they come, then the final Answer.

        One path for every question: parse → resolve against the conversation → answer from the responsibility
        table (unit lists, deadline windows, plan facts), from one known task (follow-ups), or from retrieval
        (once per province when several are named) with the default or the LLM answerer."""
        started = time.perf_counter()
        question = question.strip()
        if not question:
            yield Answer(question, "Hãy nhập câu hỏi.", refused=True)
            return
        gen = self.generation()
        q = gen.parser.parse(question, self.settings.today_date)
        wanted = AnswerMode(mode) if mode else (AnswerMode.LLM if self.settings.llm_enabled else AnswerMode.DEFAULT)
        use_llm = wanted == AnswerMode.LLM and self.llm is not None
        step = resolve(q, conversation, lambda d: gen.tasks.plans[d].province if d in gen.tasks.plans else "")
        rq = step.query
        answer: Answer | None = None
        hits: list[Hit] = []
        from_table = self._answer_from_table(rq, filters, gen) \
            if not step.ask_back and not step.task and self._from_table(rq) else None
        if from_table is not None and self._asks_about_its_topic(rq, from_table):
            rq = replace(rq, intent=gen.parser.intent_without_list(rq.folded, rq.intent == Intent.PLAN_FACTS),
                         window=None)
            from_table = None
        if step.ask_back:
            answer = Answer(question, step.ask_back, refused=True, intent="clarify", asks_back=True)
        elif step.task:
            hit = self.reader.hit_for(step.task)
            answer = gen.task.answer(rq, hit) if hit is not None else \
                Answer(question, texts.ASK_TASK, refused=True, intent="clarify", asks_back=True)
            hits = answer.hits
        elif from_table is not None:
            answer = from_table
        elif rq.numbered > 1 and not (filters and (filters.provinces or filters.doc_ids)):
            answer = self._answer_per_document(step.text, rq, filters, gen)
            hits = answer.hits
        elif len(rq.provinces) > 1 and not (filters and (filters.provinces or filters.doc_ids)):
            answer = self._answer_per_province(step.text, rq, filters, gen)
            hits = answer.hits
        elif not use_llm and not step.anchor and (apart := asks_apart(step.text)) is not None:
            answer = self._answer_per_ask(*apart, rq, filters, gen)
            hits = answer.hits
        else:
            text = step.text
            if use_llm and step.rewrote and conversation and conversation.turns:
                text = self.llm.condense(question, conversation.history_pairs())  # the model's standalone question
            anchor = self.clause(step.anchor) if step.anchor else None
            if anchor is not None:
                # "thế ở Đồng Tháp thì sao?": the counterpart of the last cited task (the topic and the task's own
                # title), with the fusion that weighs meaning more than scattered shared words
                counterpart = replace(self.retriever, keyword_weight=self.settings.counterpart_keyword_weight,
                                      rrf_k=self.settings.counterpart_rrf_k)
                hits = self._retrieve(f"{text} {anchor[1].title}", rq, None, filters, retriever=counterpart)
            elif use_llm and (apart := asks_apart(text)) is not None:
                hits = self._hits_per_ask(*apart, rq, filters, gen)  # each ask's clauses in the model's context
            else:
                hits = self._retrieve(text, rq, None, filters)
            if use_llm:
                evidence = gen.default.evidence(rq, hits)
                if not gen.default.supported(rq, evidence):
                    answer = gen.default.refusal(rq, hits)
                else:
                    for piece in self.llm.stream(replace(rq, text=text), hits,
                                                 conversation.history_pairs() if conversation else None):
                        if isinstance(piece, Answer):
                            answer = piece
                        else:
                            yield piece
                    if answer is not None:
                        self._quote_whole_clauses(answer, hits)
            else:
                answer = gen.default.answer(rq, hits, by_retrieval=anchor is not None)
                if answer.refused and anchor is None:
                    answer, hits = self._asked_another_way(text, rq, filters, gen, answer, hits)
        assert answer is not None
        self._mark_ocr_citations(answer)
        if not (use_llm and answer.mode != AnswerMode.DEFAULT):
            yield answer.text
        answer.question = question
        answer.hits = hits
        answer.latency_ms = (time.perf_counter() - started) * 1000
        if conversation is not None:
            focus = next_focus(conversation.focus, step, answer, self._lead_of)
            conversation.add(Turn(question, step.text, rq, answer, focus))
        yield answer

    @staticmethod
    def _from_table(q: Query) -> bool:
        """Questions the responsibility table answers whole (not from the top hits)."""
        return (q.intent in (Intent.UNIT_TASKS, Intent.LIST_TASKS) and bool(q.unit)) or \
            q.intent in (Intent.DEADLINE_WINDOW, Intent.PLAN_FACTS)

    def _asked_another_way(self, text: str, q: Query, filters: Filters | None, gen: Generation, answer: Answer,
                           hits: list[Hit]) -> tuple[Answer, list[Hit]]:
        """A question the plans seemed not to answer, asked again where its wording may have misled: the province it names
        as the subject of a national text's clause, its last sentence without the asker's situation. The first answer
        found stands; else the refusal."""
        tries: list[tuple[str, Query]] = []
        if self._province_may_be_the_subject(q, filters):
            # "Nghệ An phải hoàn thiện báo cáo nghiên cứu tiền khả thi ... trong thời hạn nào?" (TB 627/TB-VPCP): answered
            # only from a clause that names the province (DefaultAnswerer.supported)
            tries.append((text, replace(q, provinces=[], unknown_provinces=list(q.provinces))))
        if (asked := self._without_situation(text)) is not None:
            alone = gen.parser.parse(asked, self.settings.today_date)
            tries.append((asked, replace(alone, doc_ids=alone.doc_ids or list(q.doc_ids),
                                         numbered=alone.numbered or q.numbered,
                                         provinces=alone.provinces or list(q.provinces))))
        for again_text, again in tries:
            again_hits = self._retrieve(again_text, again, None, filters)
            again_answer = gen.default.answer(again, again_hits)
            if not again_answer.refused:
                return again_answer, again_hits
        return answer, hits

    @staticmethod
    def _without_situation(text: str) -> str | None:
        """The last sentence of a question that opens with the asker's own situation in a sentence of its own ("Tôi đang rà
        soát TTHC nội bộ ... của Hà Tĩnh. Quyết định 2913/QĐ-UBND công bố bao nhiêu thủ tục ...?"), else None."""
        parts = split_sentences(text, ".!")
        if len(parts) < 2 or not question_lexicon().scenario.search(fold(parts[0])):
            return None
        return parts[-1]

    @staticmethod
    def _province_may_be_the_subject(q: Query, filters: Filters | None) -> bool:
        """A question scoped to a province by name alone (no plan named, no filter chosen) may ask a national text."""
        return bool(q.provinces) and not q.doc_ids and not q.localities and not (
            filters and (filters.provinces or filters.doc_ids))

    @staticmethod
    def _asks_about_its_topic(q: Query, answer: Answer) -> bool:
        """A list question that names a topic of its own asks about that topic: a window that sets the scene ("sau
        ngày bầu cử 15/3/2026 tiểu ban tuyên truyền xã Phố Bảng tập trung tuyên truyền nội dung gì?"); an empty list
        of a unit no plan names ("quỹ BVMT Quảng Trị: chủ đầu tư vay vốn của Quỹ bị thiên tai ...
        thì tiền bảo hiểm phải dùng vào việc gì?") — or when the unit it names is no unit alone ("cơ quan đã dùng
        phần mềm đánh giá KPI thì điểm ... được xác định thế nào?" is no list of every task of "các cơ quan")."""
        if not names_own_topic(q):
            return False
        if q.intent == Intent.PLAN_FACTS:
            # a fact of a text no indexed plan is, which a plan's clause may state: "Quy chế làm việc của Ban VSTBPN tỉnh
            # và Tổ thư ký giúp việc do ai ban hành?" of "Trưởng ban ... ban hành Quy chế làm việc của Ban và Tổ thư ký
            # giúp việc" (a Lâm Đồng decision setting up the board, 9/2025, Điều 2.2; blind set b67-21), refused as a
            # plan no index holds
            return answer.refused and not q.unknown_refs and not q.unknown_provinces
        if q.intent == Intent.DEADLINE_WINDOW:
            # ... even when tasks fall due in it: "trong năm 2025 công tác tuyên truyền về bầu cử tập trung vào những nội
            # dung gì?" asks what the propaganda covers, not the nine tasks due in 2025
            return q.window is not None
        if q.intent in (Intent.UNIT_TASKS, Intent.LIST_TASKS):
            # an empty list of no unit named, or of a party a regulation names by its role ("quỹ BVMT Quảng Trị: chủ
            # đầu tư vi phạm cam kết, quỹ được làm gì?", tune-fresh21 t21-48: it sets the case); a body with no task
            # there is answered so ("Sở Nội vụ có trách nhiệm gì?" of QĐ 81 Bắc Ninh, t28-51)
            return (not answer.items and all(named_by_role(u) for u in q.units)) or \
                (bool(q.units) and all(only_generic(u) for u in q.units))
        return False

    def _scope(self, q: Query, filters: Filters | None, gen: Generation) -> set[str] | None:
        """The plans a table answer may list: the caller's filters and the plans/provinces the question names."""
        plans = gen.tasks.plans
        ids: set[str] | None = None

        def narrow(keep) -> None:
            nonlocal ids
            ids = {d for d in (ids if ids is not None else plans) if keep(plans[d])}

        if filters is not None:
            if filters.doc_ids:
                narrow(lambda p: p.doc_id in filters.doc_ids or p.file_name in filters.doc_ids)
            if filters.provinces:
                in_filtered = in_places(filters.provinces)
                narrow(lambda p: in_filtered(p.province, p.issuer, p.locality))
            if filters.years:
                narrow(lambda p: any(y in p.year for y in filters.years))
        if q.doc_ids:
            narrow(lambda p: p.doc_id in q.doc_ids)
        elif q.provinces:
            in_asked = in_places(q.provinces)
            narrow(lambda p: in_asked(p.province, p.issuer, p.locality))
        if q.years and q.intent == Intent.UNIT_TASKS:
            narrow(lambda p: any(y in p.year for y in q.years))
        return ids

    def _answer_from_table(self, q: Query, filters: Filters | None, gen: Generation) -> Answer:
        if q.unknown_provinces and not q.provinces:
            return Answer(q.text, not_indexed(q.unknown_provinces), refused=True, intent=q.intent.value)
        scope = self._scope(q, filters, gen)
        if q.intent == Intent.PLAN_FACTS:
            return gen.plan_facts.answer(q, gen.tasks, self.reader, scope)
        if q.intent == Intent.DEADLINE_WINDOW:
            return gen.deadlines.answer(q, gen.tasks, self.reader, scope)
        return gen.unit_tasks.answer(q, gen.tasks, self.reader, scope)

    def _answer_per_province(self, text: str, q: Query, filters: Filters | None, gen: Generation) -> Answer:
        """A question naming several provinces is answered once per province, side by side, each cited; a
        province the plans do not cover says so."""
        sub_intent = gen.parser.intent_without_comparison(q.folded) if q.intent == Intent.COMPARE else q.intent
        parts = []
        for province in q.provinces:
            sub = replace(q, provinces=[province], intent=sub_intent)
            scoped = Filters(provinces=[province], years=(filters.years if filters else []))
            hits = self._retrieve(text, sub, None, scoped)
            parts.append((province, gen.default.answer(sub, hits)))
        return combine_per_plan(q.text, parts, q.intent.value)

    def _answer_per_document(self, text: str, q: Query, filters: Filters | None, gen: Generation) -> Answer:
        """A question naming several plans ("QĐ 2811 và QĐ 2817 giao ai ...") is answered once per plan."""
        parts = []
        plans = gen.tasks.plans
        named = q.doc_ids[:q.numbered]
        titles = {d: topic_words(plans[d].title) if d in plans else set() for d in named}
        described = described_refs(text)
        # (a word the question also writes outside every bracket stays its topic: "Hạn gửi báo cáo định kỳ hằng năm theo
        # Nghị định 171 (..., gửi Bộ Nội vụ) và theo QĐ 27/2025 Thái Nguyên (..., Sở Công Thương báo cáo) là trước ngày
        # nào?" asks "gửi báo cáo" of both; eval/real/tune.jsonl ta-55)
        outside = topic_words(re.sub(r"\([^()]*\)", " ", text))
        said = {d: set().union(*(topic_words(words) for ref, words in described
                                 if d in plans and ref_matches(ref, plans[d].number, plans[d].kind))) - outside
                for d in named}
        today = self.settings.today_date
        asks = asks_by_plan(text, named, lambda ask: gen.parser.parse(ask, today).doc_ids)
        for doc_id in named:
            p = plans.get(doc_id)
            name = " ".join(x for x in ((p.kind, p.number.strip("/")) if p else ()) if x) or (p.file_name if p else doc_id)
            place = (p.province or p.locality) if p else ""
            # the words that describe the other plans ("QĐ 2979 về chức năng, nhiệm vụ Sở Tư pháp và QĐ 3004 ...")
            # are not this plan's topic
            # ... and the words in brackets that describe each of them, this one too: they name the plan, like its
            # title ("qd 2817 HCM (TTHC đổi mới sáng tạo) và qd 2597 TTg (đề án CĐS hạ tầng xây dựng) có hiệu lực ...")
            others = (set().union(*(titles[d] | said[d] for d in named if d != doc_id)) - titles[doc_id]) | said[doc_id]
            # ... but what the question asks after its colon, where it names no plan, is the topic, whatever names a
            # plan too ("KH 16 ... và KH hội nghị hiệp thương lần hai ...: hiệp thương lần thứ hai phải tổ chức trong
            # thời gian nào?")
            tail = text.rsplit(":", 1)[1] if ":" in text else ""
            others -= topic_words(tail) if tail and not refs_with_text(tail) else set()
            # its own ask, read on its own, when the question asks each plan its own ("(2) Điện Biên phát triển du lịch
            # thì cần đào tạo kỹ năng gì?"); else the whole question
            asked = asks[doc_id] if asks is not None else text
            read = gen.parser.parse(asked, today) if asks is not None else q
            # one plan compares with nothing: "so sánh QC của Lai Châu và Nghệ An: ... trước bao lâu?" asks each its
            # value
            intent = gen.parser.intent_without_comparison(read.folded) if read.intent == Intent.COMPARE else read.intent
            sub = replace(read, doc_ids=[doc_id], numbered=1, topic_exclude=sorted(others), topic_share=len(named),
                          intent=intent)
            hits = self._retrieve(asked, sub, None, Filters(doc_ids=[doc_id], years=(filters.years if filters else [])))
            parts.append((f"{name} ({place})" if place else name, gen.default.answer(sub, hits)))
        return combine_per_plan(q.text, parts, q.intent.value)

    def _answer_per_ask(self, head: str, asks: list[str], q: Query, filters: Filters | None, gen: Generation) -> Answer:
        """A question asking two things of one plan or place ("xã Lương Minh: hội nghị lấy ý kiến cử tri tổ chức ngày
        nào, còn hiệp thương lần thứ ba phải xong chậm nhất ngày nào?") is answered once per ask, each ask read with
        the words that open the question and searched where the whole question points, then shown side by side."""
        parts = []
        for n, (asked, read) in enumerate(self._asks_read(head, asks, q, gen), 1):
            hits = self._retrieve(asked, read, None, filters)
            answer = gen.default.answer(read, hits)
            if answer.refused:
                answer, hits = self._asked_another_way(asked, read, filters, gen, answer, hits)
            answer.hits = hits
            parts.append((f"({n})", answer))
        return combine_per_plan(q.text, parts, q.intent.value)

    def _asks_read(self, head: str, asks: list[str], q: Query, gen: Generation) -> list[tuple[str, Query]]:
        """Each ask with the words that open the question, and read: an ask that names no plan or place of its own is
        asked where the whole question is."""
        out = []
        for ask in asks:
            asked = f"{head}: {ask}" if head else ask
            read = gen.parser.parse(asked, self.settings.today_date)
            out.append((asked, replace(read, doc_ids=read.doc_ids or list(q.doc_ids),
                                       numbered=read.numbered or min(q.numbered, 1),
                                       provinces=read.provinces or list(q.provinces),
                                       localities=read.localities or list(q.localities),
                                       scope_terms=sorted({*read.scope_terms, *q.scope_terms}))))
        return out

    def _hits_per_ask(self, head: str, asks: list[str], q: Query, filters: Filters | None,
                      gen: Generation) -> list[Hit]:
        """The LLM's context for a question asking several things: each ask's hits, interleaved (each ask's best
        clauses first), each chunk once; the model then answers the whole question from them."""
        per_ask = [self._retrieve(asked, read, None, filters) for asked, read in self._asks_read(head, asks, q, gen)]
        seen: set[str] = set()
        hits: list[Hit] = []
        for group in zip_longest(*per_ask):
            for h in group:
                if h is not None and h.chunk.id not in seen:
                    seen.add(h.chunk.id)
                    hits.append(h)
        return hits[: self.settings.top_k * len(asks)]

    def _mark_ocr_citations(self, answer: Answer) -> None:
        """A citation whose clause lies on a page read by OCR names those pages (shown "(đọc bằng OCR)")."""
        for c in answer.citations:
            found = self.clause(c.clause_id) if c.clause_id else None
            if found and found[0].pages:
                c.ocr_pages = found[0].ocr_pages_of(found[1].span)

    def _quote_whole_clauses(self, answer: Answer, hits: list[Hit]) -> None:
        """LLM citations point at chunks: quote the cited clause the same way the default answerer does."""
        for c in answer.citations:
            found = self.clause(c.clause_id)
            hit = next((h for h in hits if c.clause_id in h.chunk.clause_ids), None)
            if found and hit:
                c.text = citation_text(found[0], found[1], hit.chunk)
                c.heading_trail = list(found[1].heading_trail)

    def _lead_of(self, clause_id: str) -> str:
        found = self.clause(clause_id)
        if found is None:
            return ""
        r = found[1].responsibility
        units = r.lead or r.implementers
        return units[0] if units else ""

    def _fallback(self, query: Query, hits: list[Hit]) -> Answer:
        return self.generation().default.answer(query, hits)

    def close(self) -> None:
        """Release the local LLM server, if one was started."""
        if "llm" in self.__dict__ and self.llm is not None:
            self.llm.close()

    # -- responsibilities table ---------------------------------------------------------------
    def responsibilities(self) -> list[dict]:
        """One row per task clause of every plan (for the UI table and exports), from the stored table."""
        table = self.generation().tasks
        rows = []
        for r in table.rows:
            p = table.plans.get(r.doc_id)
            if p is None:
                continue
            rows.append({
                "plan": p.province or p.file_name, "doc_id": r.doc_id, "file_name": p.file_name,
                "issuer": p.issuer, "year": p.year, "section": r.section, "clause_id": r.clause_id,
                "task": r.task, "lead": "; ".join(r.lead), "partners": "; ".join(r.partners),
                "implementers": "; ".join(r.implementers), "advisers": "; ".join(r.advisers),
                "deadline": r.deadline, "due": r.due.end if r.due else "",
            })
        return rows
