"""Typed values that flow through the pipeline: Document, Clause, Chunk, Hit, Citation, Answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Callable, TypeVar

T = TypeVar("T")


class DeadlineKind(str, Enum):
    """What a task's time phrase says (core.dates.parse_deadline reads it)."""

    DAY = "day"  # "ngày 15/11/2025"
    BEFORE = "before"  # "trước ngày 10/3/2026": due by ``end``
    MONTH = "month"  # "trong tháng 4/2026"
    QUARTER = "quarter"  # "quý III/2026"
    RANGE = "range"  # "tháng 7 đến tháng 9/2026", "6 tháng đầu năm 2026", "2026-2030"
    YEAR = "year"  # "năm 2026"
    RECURRING = "recurring"  # "hằng quý", "định kỳ 6 tháng": ``recurring`` names the period
    CONTINUOUS = "continuous"  # "Thường xuyên"
    WITHIN = "within"  # "trong thời hạn 03 ngày làm việc": ``days`` after an event, no date


@dataclass
class DeadlineRange:
    """A task's time phrase as dates: due between ``start`` and ``end`` (ISO "2026-04-30"; "" = open, or unknown
    when the phrase names no year and the plan's date is unknown)."""

    kind: DeadlineKind
    start: str = ""
    end: str = ""
    recurring: str = ""  # "day" | "week" | "month" | "quarter" | "half_year" | "year" for RECURRING
    days: int = 0  # WITHIN: the number of days allowed
    working_days: bool = False  # WITHIN: counted in working days

    @property
    def start_date(self) -> date | None:
        return date.fromisoformat(self.start) if self.start else None

    @property
    def end_date(self) -> date | None:
        return date.fromisoformat(self.end) if self.end else None

    @property
    def dated(self) -> bool:
        return bool(self.end)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DeadlineRange":
        return cls(**{**d, "kind": DeadlineKind(d["kind"])})


@dataclass
class Responsibility:
    """Who does a task and by when, as stated in (or inherited by) a clause.

    Unit names are kept as written (for display); use ``core.units.unit_matches`` to match them.
    """

    lead: list[str] = field(default_factory=list)  # chủ trì
    partners: list[str] = field(default_factory=list)  # phối hợp
    implementers: list[str] = field(default_factory=list)  # thực hiện
    advisers: list[str] = field(default_factory=list)  # tham mưu
    deadline: str = ""  # "Thường xuyên", "Xong trong tháng 4/2026", ...
    targets: list[str] = field(default_factory=list)  # "ít nhất 10%", "trên 80%"
    inherited: bool = False  # True when copied from an ancestor clause
    requested: bool = False  # "Đề nghị X ...": a body the issuer can only request, not instruct
    due: DeadlineRange | None = None  # ``deadline`` read as dates at ingest (core.dates.parse_deadline)

    def is_empty(self) -> bool:
        return not (self.lead or self.partners or self.implementers or self.advisers or self.deadline)

    def units(self) -> list[str]:
        return [*self.lead, *self.partners, *self.implementers, *self.advisers]


@dataclass
class Clause:
    """One node of a plan's clause tree (a section, item, sub-item, table row...)."""

    id: str  # stable: "<doc_id>:<path>" (made unique with a suffix when a path repeats)
    doc_id: str
    path: str  # section path, e.g. "III.1.2", "II.2.a.3", "PL.4" for appendix rows
    label: str  # the marker as written: "III.", "1.2.", "a)", "-", "+"
    title: str  # first sentence / heading text (short)
    text: str  # full clause text after repair (own text only, not children)
    level: int  # depth in the tree, 0 for top sections
    parent_id: str | None = None
    heading_trail: list[str] = field(default_factory=list)  # titles of all ancestors, outermost first
    span: tuple[int, int] = (0, 0)  # character span of the clause's own text in Document.source_text
    kind: str = "item"  # "section" | "item" | "task" | "table_row" | "preamble"
    responsibility: Responsibility = field(default_factory=Responsibility)
    footnotes: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # child clause ids

    @property
    def is_task(self) -> bool:
        # (a row of a table naming no one, a criterion or an indicator, is no task: ingest.parse._add_catalog)
        return self.kind == "task" or (self.kind == "table_row" and not self.responsibility.is_empty())


@dataclass
class DocumentMeta:
    issuer: str = ""  # "Sở Tư pháp Hải Phòng"
    number: str = ""  # "/KH-STP", "144/KH-UBND"
    place: str = ""  # "Hải Phòng"
    date: str = ""  # ISO-ish: "2026-04", "2026-02-14", "2026"
    title: str = ""
    year: str = ""  # "2026" or "2026-2030"
    province: str = ""  # canonical province name (core/places); "" for national documents
    kind: str = ""  # "Kế hoạch", "Quyết định", "Thông báo", ...
    signer: str = ""  # "Nguyễn Thị Nguyệt"
    signer_title: str = ""  # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    locality: str = ""  # a commune or ward the document belongs to ("xã Lương Minh"), when not a province
    authority: str = ""  # the office enacting it, as its header names it: "Bộ trưởng Bộ Nội vụ" (QĐ 1378/QĐ-BNV)
    recipients: str = ""  # whom a letter is sent to ("Kính gửi: Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO")


@dataclass
class PageInfo:
    """One page of the source file: where its text lies in Document.source_text and how it was read."""

    number: int  # 1-based page number in the file
    start: int  # character span of the page's text in Document.source_text
    end: int
    ocr: bool = False  # True when the text was read from the page image (Tesseract)
    confidence: float | None = None  # mean OCR word confidence, 0-100 (None: text layer)
    low_confidence: bool = False  # OCR confidence under the threshold of the settings (KEHOACH_OCR_LOW_CONFIDENCE)


def _clauses_by_id(doc: Document) -> dict[str, Clause]:
    by_id: dict[str, Clause] = {}
    for c in doc.clauses:
        by_id.setdefault(c.id, c)
    return by_id


@dataclass
class Document:
    """A parsed plan: metadata, the repaired text, and its clause tree."""

    id: str  # stable slug from the file name
    file_name: str
    source_format: str  # txt | md | docx | doc | pdf | html
    sha256: str  # fingerprint of the original bytes and the parser version (ingest.pipeline.fingerprint)
    meta: DocumentMeta
    source_text: str  # text as read (NFC), the reference for spans and quotes
    text: str  # repaired text
    clauses: list[Clause] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)  # filled for paged formats (PDF); empty otherwise

    @property
    def ocr_pages(self) -> list[int]:
        """Numbers of the pages read by OCR."""
        return [p.number for p in self.pages if p.ocr]

    @property
    def low_confidence_pages(self) -> list[int]:
        """Numbers of the OCR pages whose confidence is under the threshold."""
        return [p.number for p in self.pages if p.ocr and p.low_confidence]

    def ocr_pages_of(self, span: tuple[int, int]) -> list[int]:
        """Numbers of the OCR pages that a span of source_text (e.g. a clause's) lies on."""
        start, end = span
        return [p.number for p in self.pages if p.ocr and p.start < max(end, start + 1) and start < p.end]

    def derived(self, name: str, build: Callable[[Document], T]) -> T:
        """What ``build`` derives from this document's clauses, built once per clause list (answer helpers ask it for
        every hit) and rebuilt when the list is replaced or grows."""
        key = f"_derived_{name}"
        cached = self.__dict__.get(key)
        if cached is None or cached[0] is not self.clauses or cached[1] != len(self.clauses):
            cached = (self.clauses, len(self.clauses), build(self))
            self.__dict__[key] = cached  # not a field: no part of equality, dicts or the stored JSON
        return cached[2]

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with that id (the first, should two share one), by an index built once per clause list."""
        return self.derived("clauses_by_id", _clauses_by_id).get(clause_id)

    def plan_fields(self) -> dict[str, str]:
        """The plan's identity, copied onto every chunk (metadata filters, citations, display)."""
        m = self.meta
        return {"doc_id": self.id, "file_name": self.file_name, "title": m.title, "issuer": m.issuer,
                "province": m.province, "year": m.year}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        clauses = []
        for c in d.get("clauses", []):
            c = dict(c)
            r = dict(c.get("responsibility", {}))
            due = r.pop("due", None)
            c["responsibility"] = Responsibility(**r, due=DeadlineRange.from_dict(due) if due else None)
            c["span"] = tuple(c.get("span", (0, 0)))
            clauses.append(Clause(**c))
        return cls(
            id=d["id"],
            file_name=d["file_name"],
            source_format=d["source_format"],
            sha256=d["sha256"],
            meta=DocumentMeta(**d.get("meta", {})),
            source_text=d.get("source_text", ""),
            text=d.get("text", ""),
            clauses=clauses,
            warnings=list(d.get("warnings", [])),
            pages=[PageInfo(**p) for p in d.get("pages", [])],
        )


@dataclass
class Chunk:
    """A unit of retrieval: one clause or a few small sibling clauses, bounded in tokens."""

    id: str  # "<doc_id>#<n>" stable for the same document content
    doc_id: str
    clause_ids: list[str]
    path: str  # section path of the first clause
    text: str  # the clause text(s), for display and keyword search
    embed_text: str  # issuer + province + title + heading trail + text: what is embedded
    n_tokens: int
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Hit:
    """A retrieved chunk with its scores, and (once resolved, one plan read per question) its plan and clause."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    dense_score: float | None = None
    keyword_score: float | None = None
    doc: Document | None = None  # the plan of ``chunk`` (set by the service before answering)
    clause: Clause | None = None  # the chunk's first clause


@dataclass
class Citation:
    n: int  # the [n] used in the answer
    doc_id: str
    file_name: str  # "doc" in JSON output
    title: str
    issuer: str
    section: str  # section path
    clause_id: str
    text: str  # quoted clause text
    heading_trail: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # pages of the clause read by OCR: "(đọc bằng OCR)"
    doc_kind: str = ""  # the kind of document: "Kế hoạch", "Quyết định", "Nghị định", ... ("" when not known)


class AnswerMode(str, Enum):
    """Which answerer wrote an answer (and which one a user asks for)."""

    DEFAULT = "default"  # rules over the clause tree and the responsibility table, no LLM
    LLM = "llm"
    LLM_FALLBACK = "llm-fallback"  # the LLM failed: the default answer, with a notice


@dataclass
class ListItem:
    """One row of a list answer ("Công an tỉnh chủ trì 11 nhiệm vụ"): a task of a plan, with its citation."""

    plan: str  # the plan as shown: issuer (and province)
    section: str  # section path, "II.1.3"
    task: str  # the task's title
    role: str  # "chủ trì", "phối hợp", "thực hiện", "tham mưu" (joined with ", " when several)
    deadline: str  # as written: "Thường xuyên", "Xong trong tháng 4/2026"
    n: int  # the [n] citation of this task
    doc_id: str = ""
    clause_id: str = ""
    lead: str = ""  # units leading the task, "; "-joined
    due: str = ""  # the due date (ISO) when the deadline is dated

    def to_json(self) -> dict[str, Any]:
        return {"plan": self.plan, "section": self.section, "task": self.task, "role": self.role,
                "deadline": self.deadline, "n": self.n}


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False  # True when the plans do not say (or the question must be asked back)
    mode: AnswerMode = AnswerMode.DEFAULT
    intent: str = ""
    notices: list[str] = field(default_factory=list)  # e.g. fallback notice, removed citations
    latency_ms: float = 0.0
    hits: list[Hit] = field(default_factory=list)  # retrieval evidence (not serialised to users)
    items: list[ListItem] = field(default_factory=list)  # the whole list, for list answers (the text may shorten it)
    asks_back: bool = False  # a follow-up that could not be resolved: the text asks which plan/task is meant

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [
                {
                    "n": c.n,
                    "doc": c.file_name,
                    "title": c.title,
                    "section": c.section,
                    "clause_id": c.clause_id,
                    "text": c.text,
                    **({"ocr_pages": c.ocr_pages} if c.ocr_pages else {}),
                }
                for c in self.citations
            ],
            "mode": AnswerMode(self.mode).value,
            "latency_ms": round(self.latency_ms, 1),
        } | ({"items": [i.to_json() for i in self.items]} if self.items else {})
