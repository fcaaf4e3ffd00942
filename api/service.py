"""The one API that the CLI, the web app, the evaluator and the benchmarks call: ingest, search, ask."""

from __future__ import annotations

import getpass
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator

from assistant.answer.default import DefaultAnswerer, citation_text, combine_per_plan
from assistant.chat import resolve_followup
from assistant.retrieve.hybrid import HybridRetriever
from assistant.understand import QuestionParser
from core.conversation import Conversation, Turn
from core.query import Filters, Query, RetrievalMode
from api.audit import AUDIT_FILE, AuditAction, AuditLog
from core.errors import ConfirmationError, KehoachError, redact_paths
from core.models import Answer, Clause, Document, Hit
from core.settings import Settings
from ingest.readers.base import SUPPORTED_SUFFIXES  # the readers' one list of file types

CACHED_PLANS = 16  # parsed plans kept for quoting clauses (least recently used dropped)


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
        self._docs: OrderedDict[str, tuple[str, Document]] = OrderedDict()  # doc id -> (sha256, plan), LRU
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
    def retriever(self) -> HybridRetriever:
        return HybridRetriever(index=self.index, documents=self.documents, k=self.settings.top_k, rrf_k=self.settings.rrf_k,
                               dense_weight=self.settings.dense_weight, keyword_weight=self.settings.keyword_weight,
                               role_boost=self.settings.role_boost)

    @cached_property
    def answerer(self) -> DefaultAnswerer:
        return DefaultAnswerer(self.clause, min_coverage=self.settings.answer_min_coverage, idf=self._idf)

    def _idf(self) -> dict[str, float]:
        self._parser()
        return self._idf_cache

    @cached_property
    def llm(self):
        if not self.settings.llm_enabled:
            return None
        from assistant.answer.llm import LLMAnswerer

        return LLMAnswerer(self.settings, fallback=self._fallback, max_clauses=self.settings.llm_max_clauses)

    def _parser(self) -> QuestionParser:
        """The question parser, accent restorer and IDF table of the current index (rebuilt when it changes).

        Their tables come from ``CorpusStats``, stored with the keyword index at ingest: nothing here reads
        every plan, so the first question at 10,000 plans is as fast as any other."""
        docs = self.documents()
        stats = self.index.corpus_stats()
        # the keyword-index generation, not id(stats): a freed tables object's id can be reused by the next one
        key = (getattr(self, "_summaries_version", None), self.index.keywords.generation_key())
        if getattr(self, "_parser_key", None) != key:
            self._parser_cache = QuestionParser([d.get("province", "") for d in docs], stats.unit_names(), docs)
            self._restorer = stats.accent_restorer()
            self._idf_cache = stats.idf()
            self._parser_key = key
        return self._parser_cache

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
            self._summaries_by_id = {d["id"]: d for d in self._summaries}
            self._summaries_version = version
        return self._summaries

    def document(self, doc_id: str) -> Document:
        self.documents()
        summary = self._summaries_by_id.get(doc_id)
        sha = summary.get("sha256", "") if summary else ""
        cached = self._docs.get(doc_id)
        if cached and cached[0] == sha:
            self._docs.move_to_end(doc_id)
            return cached[1]
        doc = self.index.document(doc_id)
        self._docs[doc_id] = (sha, doc)
        while len(self._docs) > CACHED_PLANS:
            self._docs.popitem(last=False)
        return doc

    def clause(self, clause_id: str) -> tuple[Document, Clause] | None:
        doc_id = clause_id.split(":", 1)[0]
        try:
            doc = self.document(doc_id)
        except KehoachError:
            return None
        c = doc.clause(clause_id)
        return (doc, c) if c else None

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
        self._docs.pop(doc_id, None)
        trashed = self.index.trash(doc_id, actor)
        if trashed is None:
            raise KehoachError("Không tìm thấy kế hoạch này trong chỉ mục.", "This plan is not in the index.")
        self.audit.record(AuditAction.DELETE, actor, doc_id, f"đã chuyển «{trashed.file_name}» vào thùng rác", client)
        return self._deleted(trashed)

    def remove_now(self, doc_id: str, actor: str) -> bool:
        """Delete for good at once, without the trash (``kehoach delete --purge``); False if not indexed."""
        self._docs.pop(doc_id, None)
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
        self._docs.pop(doc_id, None)
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
                self._docs.pop(doc.id, None)
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
        self._parser()
        self.embedder.embed_query("khởi động")

    def ensure_samples(self, progress=None) -> IngestReport | None:
        """Ingest the bundled sample plans when the index is empty."""
        if self.index.documents():
            return None
        return self.ingest([self.settings.plans_dir], progress)

    # -- search and ask -----------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               mode: RetrievalMode = RetrievalMode.HYBRID) -> list[Hit]:
        q = self._parser().parse(query)
        return self._retrieve(query, q, k, filters, mode)

    def _retrieve(self, text: str, q: Query, k: int | None, filters: Filters | None,
                  mode: RetrievalMode = RetrievalMode.HYBRID) -> list[Hit]:
        filters = filters or Filters()
        retriever = self.retriever if mode == RetrievalMode.HYBRID else self.retriever.model_copy(update={"mode": mode})
        self._parser()  # keeps the accent restorer in step with the index
        dense_query = self._restorer.restore(text)
        if q.doc_ids and not filters.provinces and not filters.doc_ids:
            scoped = Filters(doc_ids=q.doc_ids, years=filters.years, unit=filters.unit)
            hits = retriever.search(text, k, scoped, q.units, dense_query, _asks_who(q))
            if hits:
                return hits
        if q.provinces and not filters.provinces and not filters.doc_ids:
            scoped = Filters(provinces=q.provinces, years=filters.years, unit=filters.unit)
            hits = retriever.search(text, k, scoped, q.units, dense_query, _asks_who(q))
            if hits:
                return hits
        return retriever.search(text, k, filters, q.units, dense_query, _asks_who(q))

    def ask(self, question: str, conversation: Conversation | None = None, filters: Filters | None = None,
            mode: str | None = None) -> Answer:
        final: Answer | None = None
        for piece in self.stream_ask(question, conversation, filters, mode):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

    def stream_ask(self, question: str, conversation: Conversation | None = None, filters: Filters | None = None,
                   mode: str | None = None) -> Iterator[str | Answer]:
        """Yield pieces of the answer text as they come, then the final Answer."""
        started = time.perf_counter()
        question = question.strip()
        if not question:
            yield Answer(question, "Hãy nhập câu hỏi.", refused=True)
            return
        q = self._parser().parse(question)
        use_llm = (mode or ("llm" if self.settings.llm_enabled else "default")) == "llm" and self.llm is not None
        if use_llm and conversation and conversation.turns and q.is_followup:
            # LLM mode: the model rewrites the follow-up as a standalone question
            resolved = self.llm.condense(question, conversation.history_pairs())
            q, same_topic = self._parser().parse(resolved), False
        else:
            resolved, q, same_topic = resolve_followup(q, conversation)
        if same_topic and conversation and conversation.last:
            hits = conversation.last.answer.hits
        else:
            hits = self._retrieve(resolved, q, None, filters)
        answer: Answer | None = None
        if use_llm:
            evidence = self.answerer.evidence(q, hits)
            if not self.answerer.supported(q, evidence):
                answer = self.answerer.refusal(q, hits)
                yield answer.text
            else:
                for piece in self.llm.stream(resolved, hits, conversation.history_pairs() if conversation else None):
                    if isinstance(piece, Answer):
                        answer = piece
                    else:
                        yield piece
                if answer is not None:
                    self._quote_whole_clauses(answer)
        elif q.numbered > 1 and not (filters and (filters.provinces or filters.doc_ids)):
            answer = self._answer_per_document(resolved, q, filters)
            hits = answer.hits
            yield answer.text
        elif len(q.provinces) > 1 and not (filters and (filters.provinces or filters.doc_ids)):
            answer = self._answer_per_province(resolved, q, filters)
            hits = answer.hits
            yield answer.text
        else:
            answer = self.answerer.answer(q, hits)
            yield answer.text
        assert answer is not None
        self._mark_ocr_citations(answer)
        answer.question = question
        answer.hits = hits
        answer.latency_ms = (time.perf_counter() - started) * 1000
        if conversation is not None:
            conversation.add(Turn(question, resolved, q, answer))
        yield answer

    def _mark_ocr_citations(self, answer: Answer) -> None:
        """A citation whose clause lies on a page read by OCR names those pages (shown "(đọc bằng OCR)")."""
        for c in answer.citations:
            found = self.clause(c.clause_id) if c.clause_id else None
            if found and found[0].pages:
                c.ocr_pages = found[0].ocr_pages_of(found[1].span)

    def _quote_whole_clauses(self, answer: Answer) -> None:
        """LLM citations point at chunks: quote the cited clause the same way the default answerer does."""
        for c in answer.citations:
            found = self.clause(c.clause_id)
            hit = next((h for h in answer.hits if c.clause_id in h.chunk.clause_ids), None)
            if found and hit:
                c.text = citation_text(found[0], found[1], hit.chunk)
                c.heading_trail = list(found[1].heading_trail)

    def _answer_per_province(self, text: str, q: Query, filters: Filters | None) -> Answer:
        """A question naming several provinces is answered once per province, each with its citations."""
        from dataclasses import replace

        parts = []
        for province in q.provinces:
            sub = replace(q, provinces=[province])
            scoped = Filters(provinces=[province], years=(filters.years if filters else []))
            hits = self.retriever.search(text, None, scoped, q.units, self._restorer.restore(text), _asks_who(q))
            parts.append((province, self.answerer.answer(sub, hits)))
        return combine_per_plan(q.text, parts, q.intent.value)

    def _answer_per_document(self, text: str, q: Query, filters: Filters | None) -> Answer:
        """A question naming several plans ("QĐ 2811 và QĐ 2817 giao ai ...") is answered once per plan."""
        from dataclasses import replace

        parts = []
        for doc_id in q.doc_ids[:q.numbered]:
            summary = self._summaries_by_id.get(doc_id, {})
            name = " ".join(x for x in (summary.get("kind", ""), summary.get("number", "").strip("/")) if x) \
                or summary.get("file_name", doc_id)
            place = summary.get("province") or summary.get("locality") or ""
            sub = replace(q, doc_ids=[doc_id], numbered=1)
            scoped = Filters(doc_ids=[doc_id], years=(filters.years if filters else []))
            hits = self.retriever.search(text, None, scoped, q.units, self._restorer.restore(text), _asks_who(q))
            parts.append((f"{name} ({place})" if place else name, self.answerer.answer(sub, hits)))
        return combine_per_plan(q.text, parts, q.intent.value)

    def _fallback(self, question: str, hits: list[Hit]) -> Answer:
        return self.answerer.answer(self._parser().parse(question), hits)

    def close(self) -> None:
        """Release the local LLM server, if one was started."""
        if "llm" in self.__dict__ and self.llm is not None:
            self.llm.close()

    # -- responsibilities table ---------------------------------------------------------------
    def responsibilities(self) -> list[dict]:
        """One row per task clause of every plan (for the UI table and exports)."""
        rows = []
        for d in self.documents():
            doc = self.document(d["id"])
            for c in doc.clauses:
                if not c.is_task:
                    continue
                r = c.responsibility
                rows.append({
                    "plan": doc.meta.province or doc.file_name, "doc_id": doc.id, "file_name": doc.file_name,
                    "issuer": doc.meta.issuer, "year": doc.meta.year, "section": c.path, "clause_id": c.id,
                    "task": c.title, "lead": "; ".join(r.lead), "partners": "; ".join(r.partners),
                    "implementers": "; ".join(r.implementers), "advisers": "; ".join(r.advisers),
                    "deadline": r.deadline,
                })
        return rows
