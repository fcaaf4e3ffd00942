"""The responsibility table of the whole index: one row per task clause of every plan (who leads, partners,
implements, advises; by when, as text and as dates) and one row of facts per plan (issuer, number, date, signer,
period, province).

It answers the questions no single clause answers ("Công an tỉnh chủ trì những nhiệm vụ nào?", "việc gì đến
hạn trong tháng 4/2026?", "kế hoạch nào do Sở Tư pháp ban hành?") and feeds the UI's table. Built in the same
pass over the catalog as BM25 and stored beside it (``tasks.json`` in the BM25 generation), so a question
never reads every plan.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterable

from core.dates import issued_date, parse_deadline
from core.lexicon import structure
from core.models import DeadlineRange
from core.textnorm import fold
from core.units import unit_matches

TASKS_FILE = "tasks.json"
TASKS_VERSION = 6

ROLES: tuple[str, ...] = ("lead", "partners", "implementers", "advisers")


@dataclass(frozen=True)
class PlanFacts:
    """What a plan's header says about it."""

    doc_id: str
    file_name: str
    title: str = ""
    issuer: str = ""
    number: str = ""  # "144/KH-UBND", "/KH-STP" (number left blank in the signed copy)
    date: str = ""  # ISO-ish "2026-02-14", "2026-02", "2026"
    place: str = ""
    province: str = ""
    year: str = ""  # "2026" or "2026-2030"
    signer: str = ""
    signer_title: str = ""  # the signature block's capitals: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    kind: str = ""  # "Kế hoạch", "Quyết định", "Thông báo", ...
    locality: str = ""  # the commune or ward of a local document ("Lương Minh")
    authority: str = ""  # the office enacting it: "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"
    carries_out: str = ""  # the text its opening carries out: "Kế hoạch số 3898/KH-SCT ngày 30/6/2026 của Sở ..."
    recipients: str = ""  # whom a letter is sent to ("Kính gửi: Công ty cổ phần Mông Sơn")
    enacts: str = ""  # what a decision's first article does: "Điều 1. Công nhận kết quả kiểm tra ... cho 101 học viên ..."
    n_tasks: int = 0

    @property
    def display(self) -> str:
        """"Sở Tư pháp Hải Phòng" (issuer, with the province or commune when the issuer does not name it)."""
        who = self.issuer or self.file_name
        place = self.province or self.locality
        if place and fold(place) not in fold(who):
            who = f"{who} ({place})"
        return who

    def years(self) -> tuple[int, int] | None:
        """The plan's active years ("2026" → (2026, 2026), "2026-2030" → (2026, 2030)), None when unknown."""
        parts = [int(p) for p in self.year.replace("–", "-").split("-") if p.strip().isdigit()]
        return (parts[0], parts[-1]) if parts else None


@dataclass(frozen=True)
class TaskRow:
    """One task of one plan, as the responsibility table shows it."""

    doc_id: str
    clause_id: str
    section: str
    task: str
    lead: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    implementers: tuple[str, ...] = ()
    advisers: tuple[str, ...] = ()
    deadline: str = ""
    due: DeadlineRange | None = None
    inherited: bool = False
    heading: str = ""  # the title of the clause's parent (the group a task belongs to)

    def units(self, role: str) -> tuple[str, ...]:
        """The units holding ``role``: a column of the table ("lead", "partners", "implementers", "advisers"),
        "doer" (who carries the task out: lead and implementers) or "any" (every unit named)."""
        if role == "doer":
            return (*self.lead, *self.implementers)
        if role == "any":
            return (*self.lead, *self.implementers, *self.partners, *self.advisers)
        return getattr(self, role)

    @property
    def doers(self) -> tuple[str, ...]:
        """Who does the task: the lead, or the implementers when the plan names no lead ("Đơn vị thực hiện: X")."""
        return self.lead or self.implementers

    def roles_of(self, unit: str) -> list[str]:
        """The columns ``unit`` (any spelling) appears in on this task: lead, partners, implementers, advisers."""
        return [role for role in ROLES if any(unit_matches(unit, n) for n in getattr(self, role) if n)]


def _due(resp: dict[str, Any], issued: str) -> DeadlineRange | None:
    due = resp.get("due")
    if due:
        return DeadlineRange.from_dict(due)
    # a plan stored before deadlines were read as dates: read it now
    return parse_deadline(resp.get("deadline", ""), issued_date(issued)) if resp.get("deadline") else None


def rows_of(document: dict[str, Any]) -> tuple[PlanFacts, list[TaskRow]]:
    """The plan's facts and task rows, from a stored document (``Document.to_dict()``)."""
    meta = document.get("meta", {})
    clauses = document.get("clauses", [])
    titles = {c["id"]: c.get("title", "") for c in clauses}
    rows = []
    for c in clauses:
        if c.get("kind") not in ("task", "table_row"):
            continue
        r = c.get("responsibility", {})
        if c.get("kind") == "table_row" and not any(r.get(k) for k in ("lead", "partners", "implementers", "advisers",
                                                                       "deadline")):
            continue  # a row of a table naming no one (criteria, indicators): no task (core.models.Clause.is_task)
        rows.append(TaskRow(
            doc_id=document["id"], clause_id=c["id"], section=c.get("path", ""), task=c.get("title", ""),
            lead=tuple(r.get("lead", ())), partners=tuple(r.get("partners", ())),
            implementers=tuple(r.get("implementers", ())), advisers=tuple(r.get("advisers", ())),
            deadline=r.get("deadline", ""), due=_due(r, meta.get("date", "")), inherited=bool(r.get("inherited")),
            heading=titles.get(c.get("parent_id") or "", ""),
        ))
    facts = PlanFacts(
        doc_id=document["id"], file_name=document.get("file_name", ""), title=meta.get("title", ""),
        issuer=meta.get("issuer", ""), number=meta.get("number", ""), date=meta.get("date", ""),
        place=meta.get("place", ""), province=meta.get("province", ""), year=meta.get("year", ""),
        signer=meta.get("signer", ""), signer_title=meta.get("signer_title", ""), kind=meta.get("kind", ""),
        locality=meta.get("locality", ""), authority=meta.get("authority", ""),
        carries_out=_carried_out(clauses), recipients=meta.get("recipients", ""),
        enacts=enacted(meta.get("kind", ""), ((c.get("path", ""), c.get("text", "")) for c in clauses),
                       meta.get("title", "")),
        n_tasks=len(rows),
    )
    return facts, rows


FIRST_ARTICLE_CHARS = 400  # of a decision's first article, what describes it beside its title


def enacted(kind: str, clauses: Iterable[tuple[str, str]], title: str) -> str:
    """What a decision's first article does, by which staff describe it beside its title ("QUYẾT ĐỊNH Về việc công nhận
    kết quả kiểm tra ..." / "Điều 1. Công nhận kết quả kiểm tra ... cho 101 học viên của Công ty Công nghiệp Hóa chất mỏ
    Tây Bắc ...", Sở Công Thương Lào Cai, 4/2026: "QĐ công nhận kết quả kiểm tra VLNCN cho Hóa chất mỏ Tây Bắc"; blind
    set b52-44); "" for other kinds of document, unless the copy lost its title (``title`` empty): then any text's
    first article says what it is ("Điều 1. Sửa đổi, bổ sung một số định mức bảo dưỡng thường xuyên đường bộ ..." of TT
    39/2025/TT-BXD, whose portal copy has no title line; blind set b62-24). ``clauses``: (path, text) in order."""
    if kind != "Quyết định" and title:
        return ""
    return next((text[:FIRST_ARTICLE_CHARS] for path, text in clauses if path == "Điều 1"), "")


def _carried_out(clauses: list[dict[str, Any]]) -> str:
    """What a letter's opening says it carries out (structure.toml [carries_out]), "" when it says none."""
    opening = next((c.get("text", "") for c in clauses if c.get("kind") == "preamble"), "")
    m = structure().carries_out.search(opening) if opening else None
    return m.group(1).strip() if m else ""


_PLAN_FIELDS = frozenset(f.name for f in fields(PlanFacts))  # a table stored by another version may hold others


@dataclass
class TaskTable:
    """Every task row and every plan's facts of the index."""

    plans: dict[str, PlanFacts] = field(default_factory=dict)
    rows: list[TaskRow] = field(default_factory=list)
    _by_unit: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)

    def add_document(self, document: dict[str, Any]) -> None:
        facts, rows = rows_of(document)
        self.plans[facts.doc_id] = facts
        self.rows.extend(rows)
        self._by_unit = None

    @classmethod
    def of(cls, documents: Iterable[dict[str, Any]]) -> "TaskTable":
        table = cls()
        for d in documents:
            table.add_document(d)
        return table

    def _unit_index(self) -> dict[str, list[int]]:
        """Unit name as written → the rows naming it in any role (built on first use)."""
        if self._by_unit is None:
            index: dict[str, list[int]] = {}
            for i, r in enumerate(self.rows):
                for name in dict.fromkeys(r.units("any")):
                    index.setdefault(name, []).append(i)
            self._by_unit = index
        return self._by_unit

    def unit_names(self) -> list[str]:
        return sorted(self._unit_index())

    def for_unit(self, unit: str, role: str = "any", doc_ids: Iterable[str] | None = None) -> list[TaskRow]:
        """The rows where ``unit`` (any spelling, ``core.units.unit_matches``) holds ``role`` ("any": any role),
        in table order (plan by plan, in each plan's order)."""
        allowed = set(doc_ids) if doc_ids is not None else None
        index = self._unit_index()
        names = {n for n in index if unit_matches(unit, n)}
        candidates = sorted({i for n in names for i in index[n]})
        out = []
        for i in candidates:
            r = self.rows[i]
            if allowed is not None and r.doc_id not in allowed:
                continue
            if any(n in names for n in r.units(role)):
                out.append(r)
        return out

    # -- storage -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        def row(r: TaskRow) -> dict[str, Any]:
            d = asdict(r)
            if r.due is not None:
                d["due"] = {**asdict(r.due), "kind": r.due.kind.value}
            return d

        return {"version": TASKS_VERSION, "plans": [asdict(p) for p in self.plans.values()],
                "rows": [row(r) for r in self.rows]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TaskTable | None":
        """None for a file of another version (the caller recomputes)."""
        if data.get("version") != TASKS_VERSION:
            return None
        plans = {p["doc_id"]: PlanFacts(**{k: v for k, v in p.items() if k in _PLAN_FIELDS}) for p in data["plans"]}
        rows = []
        for d in data["rows"]:
            d = dict(d)
            for role in ROLES:
                d[role] = tuple(d.get(role, ()))
            d["due"] = DeadlineRange.from_dict(d["due"]) if d.get("due") else None
            rows.append(TaskRow(**d))
        return cls(plans, rows)
