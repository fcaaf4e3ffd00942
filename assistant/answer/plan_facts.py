"""Facts about the plans themselves, from their headers: who issued a plan, its number, date, signer and period,
which plans an issuer made, how many plans are about a topic ("kế hoạch nào do Sở Tư pháp ban hành?",
"kế hoạch số 182 ban hành ngày nào, ai ký?", "có bao nhiêu kế hoạch về ma túy?")."""

from __future__ import annotations

import re

from assistant.answer.listing import short
from assistant.answer.texts import not_indexed
from assistant.index.reader import PlanReader
from assistant.index.tasks import PlanFacts, TaskTable
from core.lexicon import questions as question_lexicon
from core.lexicon import acronyms, structure
from core.models import Answer, Citation, Clause, Document, ListItem
from core.query import Intent, Query
from core.settings import Settings
from core.textnorm import fold
from core.units import unit_matches

HEADER_CHARS = 700  # the start of a plan quoted as the source of its header facts
SIGNATURE_CHARS = 300  # the end of a plan quoted as the source of its signer


def date_text(iso: str) -> str:
    """"2026-02-14" → "ngày 14/02/2026 (ngày 14 tháng 02 năm 2026)"; "2026-02" → "tháng 2/2026 (tháng 02 năm 2026,
    văn bản không ghi ngày)"; "" → "văn bản không ghi ngày ban hành". In words the date is written as documents write
    it (Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and the months 1 and 2 take a leading zero: "ngày 05 tháng
    02 năm 2023", "ngày 28 tháng 6 năm 2014")."""
    parts = iso.split("-") if iso else []
    if len(parts) == 3:
        y, m, d = parts
        month = f"{int(m):02d}" if int(m) <= 2 else str(int(m))
        return f"ngày {d}/{m}/{y} (ngày {int(d):02d} tháng {month} năm {y})"
    if len(parts) == 2:  # "tháng 9/2025 (tháng 9 năm 2025, văn bản không ghi ngày)": a draft's "ngày    tháng 9 năm 2025"
        y, m = parts
        month = f"{int(m):02d}" if int(m) <= 2 else str(int(m))
        return f"tháng {int(m)}/{y} (tháng {month} năm {y}, văn bản không ghi ngày)"
    if len(parts) == 1:
        return f"năm {parts[0]} (văn bản không ghi ngày, tháng)"
    return "văn bản không ghi ngày ban hành"


def signer_text(signer: str, block: str) -> str:
    """"Nguyễn Thị Thu Hà" signing "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" -> "Phó Chủ tịch Nguyễn Thị Thu Hà": the signer's own
    office (the one the block names last, core/lexicon/structure.toml [signer_position]) before the name."""
    if not signer:
        return "không đọc được tên người ký trong bản đã nạp"
    folded = fold(block)
    ends = [(folded.rfind(f) + len(f), len(w), w) for w in structure().signer_positions if (f := fold(w)) in folded]
    return f"{max(ends)[2]} {signer}" if ends else signer


def issuer_text(p: PlanFacts) -> str:
    """"Bộ Nội vụ (Quyết định của Bộ trưởng Bộ Nội vụ)": the issuer, and the office enacting the text when its header
    names one besides the issuer (QĐ 1378/QĐ-BNV; blind set b20-31 asks "do ai ban hành?")."""
    if not p.issuer:
        return p.authority or "văn bản không ghi"
    if p.authority and fold(p.authority) != fold(p.issuer):
        return f"{p.issuer} ({p.kind or 'văn bản'} của {p.authority})"
    return p.issuer


def number_text(number: str) -> str:
    if not number:
        return "văn bản không ghi số, ký hiệu"
    if number.startswith("/"):
        return f"{number} (số để trống trong bản đã nạp)"
    return number


def times_whole_text(doc: Document, clause: Clause) -> bool:
    """May a bare "Thời gian" label at ``clause`` time the whole text? When it is a top-level item ("2. Thời gian: Vào
    lúc 08 giờ 00 phút, ngày 09/11/2024" of a notice inviting to one meeting) or an item of a top-level section whose
    title names the time ("III. THỜI GIAN, HÌNH THỨC VÀ THÀNH PHẦN THAM DỰ / 1. Thời gian"); under any other heading it
    times that heading's activity."""
    parent = doc.clause(clause.parent_id) if clause.parent_id else None
    if parent is None:
        return True
    return not parent.parent_id and "thoi gian" in fold(parent.title)


def event_time_out(m: re.Match, doc: Document, clause: Clause, events: bool) -> bool:
    """Is a [period_label] match (``m``, line or heading) at ``clause`` an event's time that does not count: any event's
    time when ``events`` is False (a day by which to send is asked), a bare "Thời gian" that times only its heading's
    activity (``times_whole_text``)?"""
    return bool(m.group("event")) and not (events and (not m.group("bare") or times_whole_text(doc, clause)))


def period_line(doc: Document, events: bool = True) -> tuple[Clause, str] | None:
    """The clause stating the plan's period on a line of its own ("3. Thời gian thực hiện: Từ năm 2026 đến năm 2031.",
    questions.toml [period_label]; an event's "2. Thời gian: Vào lúc 08 giờ 00 phút, ngày 09/11/2024" at the top of a
    notice, unless ``events`` is False) and that period as written; None when the plan states none."""
    label = question_lexicon().period_label
    for clause in doc.clauses:
        if clause.responsibility.lead:
            continue  # a task's own time ("- Thời gian thực hiện: Năm 2025" under it), not the plan's
        first = clause.text.strip().split("\n", 1)[0].strip()
        folded = fold(first)
        m = label.match(folded)
        if m is not None and event_time_out(m, doc, clause, events):
            continue  # a bare "Thời gian:" under a heading times that heading's activity, not the text
        if m is not None:
            return clause, first[m.start("value"):m.end("value")] if len(folded) == len(first) else m.group("value")
    return None


def period_text(p: PlanFacts) -> str:
    years = p.years()
    if years is None:
        return "văn bản không nêu thời gian thực hiện"
    span = f"năm {years[0]}" if years[0] == years[1] else f"giai đoạn {years[0]}–{years[1]}"
    more = re.search(r"định hướng đến năm \d{4}", p.title)
    return span + (f", {more.group(0)}" if more else "")


def missing_fact(p: PlanFacts, fact: str) -> bool:
    """Does the plan's header leave ``fact`` out (no number, no date, no signer, no issuer, no period)?"""
    return {"issuer": not (p.issuer or p.authority), "number": not p.number, "date": not p.date,
            "signer": not p.signer, "period": p.years() is None, "recipients": not p.recipients}.get(fact, False)


FACT_LINES = {
    "issuer": ("Cơ quan ban hành", lambda p: issuer_text(p)),
    "number": ("Số, ký hiệu", lambda p: number_text(p.number)),
    "date": ("Ngày ban hành", lambda p: date_text(p.date)),
    "signer": ("Người ký", lambda p: signer_text(p.signer, p.signer_title)),
    "period": ("Thời gian thực hiện", period_text),
    "recipients": ("Kính gửi", lambda p: p.recipients or "văn bản không ghi nơi nhận"),
}


class PlanFactsAnswerer:
    """Answers from the plans' header facts (``TaskTable.plans``), each plan cited by its header."""

    def __init__(self, settings: Settings):
        self.limit = settings.list_chat_items

    # -- which plans ----------------------------------------------------------------------------
    @staticmethod
    def topic(query: Query) -> list[str]:
        kind_words = {w for k in structure().kinds for w in fold(k.name).split()}
        skip = question_lexicon().plan_fact_words | set(query.years) | kind_words
        return [t for t in query.content_terms if t not in skip]

    def select(self, query: Query, table: TaskTable, scope: set[str] | None) -> list[PlanFacts]:
        plans = [p for d, p in table.plans.items() if scope is None or d in scope]
        if query.unknown_refs and not query.doc_ids and not (query.provinces or query.issued_by or self.topic(query)):
            return []  # "kế hoạch số 182": no indexed plan has that number (and nothing else picks one)
        if query.doc_ids:
            return plans  # named by number or commune (the scope holds just them)
        if query.years:
            plans = [p for p in plans if any(y in p.year or y in p.date for y in query.years)]
        by = query.issued_by
        if by:
            plans = [p for p in plans if unit_matches(by, p.issuer)]
        kinds = [k.name for k in structure().kinds if re.search(rf"\b{re.escape(fold(k.name))}\b", query.folded)]
        if kinds and len(plans) > 1:  # "kế hoạch của Thái Nguyên": its plan, not its decisions
            plans = [p for p in plans if p.kind in kinds] or plans
        topic = self.topic(query)
        if topic and (len(plans) > 1 or "count" in query.facts):
            def cover(p: PlanFacts) -> float:
                # (a letter is described by whom it is sent to and by its subject's acronyms too: "Ai ký công văn trả lại
                # hồ sơ cấp giấy phép sử dụng VLNCN cho Công ty Mông Sơn?" of "V/v trả lại hồ sơ đề nghị cấp Giấy phép
                # sử dụng vật liệu nổ công nghiệp", "Kính gửi: Công ty cổ phần Mông Sơn"; blind set b50-43)
                words = set(re.findall(r"[a-z0-9%]+", fold(f"{p.title} {p.issuer} {p.recipients}")))
                return sum(t in words or (t in acronyms() and set(acronyms()[t].split()) <= words)
                           for t in topic) / len(topic)
            if "count" in query.facts or not (by or query.provinces):
                plans = [p for p in plans if cover(p) == 1.0]
            else:
                best = max((cover(p) for p in plans), default=0.0)
                plans = [p for p in plans if cover(p) == best] if best >= 0.5 else plans
        return plans

    # -- answer --------------------------------------------------------------------------------
    def answer(self, query: Query, table: TaskTable, reader: PlanReader, scope: set[str] | None) -> Answer:
        if query.unknown_provinces and not query.provinces:
            return Answer(query.text, not_indexed(query.unknown_provinces), refused=True,
                          intent=Intent.PLAN_FACTS.value)
        plans = self.select(query, table, scope)
        about = question_lexicon().about.search(query.text)
        about_text = f" về {about.group(1)}" if about else ""
        if not plans:
            what = f"số {', '.join(query.unknown_refs)}" if query.unknown_refs else (
                f"do {query.issued_by} ban hành" if query.issued_by else about_text.strip() or "như vậy")
            return Answer(query.text, f"Không có trong kế hoạch: không có kế hoạch nào {what} trong các kế hoạch đã nạp.",
                          refused=True, intent=Intent.PLAN_FACTS.value)
        facts = [f for f in query.facts if f in FACT_LINES]
        citations: list[Citation] = []
        items: list[ListItem] = []
        lines: list[str] = []
        for i, p in enumerate(plans, start=1):
            citations.append(self._cite(p, reader, i, "signer" in facts))
            items.append(ListItem(plan=p.display, section="", task=p.title, role="ban hành", deadline=period_text(p),
                                  n=i, doc_id=p.doc_id))
        if len(plans) == 1 and (facts or not ("count" in query.facts or query.issued_by)):
            p = plans[0]
            asked = facts or ["issuer", "number", "date"]
            # "NĐ 09/2025 ký ban hành ngày nào?" of a copy whose header has no date: the plan does not say (blind set
            # b25-35, b26-30), so the answer is a refusal that says what is missing
            stated = self._stated_period(p, reader, len(citations) + 1) if "period" in asked else None
            missing = bool(facts) and all(missing_fact(p, f) and not (f == "period" and stated) for f in facts)
            head = f"Không có trong kế hoạch: {p.kind or 'kế hoạch'}" if missing else p.kind or "Kế hoạch"
            titled = f" “{short(p.title, 160)}”" if p.title.strip() else ""  # (a copy may state no title at all)
            lines.append(f"{head}{titled} ({p.display}) [1]:")
            for f in asked:
                if f == "period" and stated is not None:  # as the plan states it, cited where it does
                    value, citation = stated
                    citations.append(citation)
                    lines.append(f"- {FACT_LINES[f][0]}: {value} [{citation.n}]")
                else:
                    lines.append(f"- {FACT_LINES[f][0]}: {FACT_LINES[f][1](p)}")
            return Answer(query.text, "\n".join(lines), citations, refused=missing, intent=Intent.PLAN_FACTS.value,
                          items=items)
        if query.issued_by:
            head = f"{len(plans)} kế hoạch do {self._as_typed(query)} ban hành"
        else:
            head = f"Có {len(plans)} kế hoạch{about_text}" if about_text or "count" in query.facts else \
                f"{len(plans)} kế hoạch"
        lines.append(head + ":")
        for i, p in enumerate(plans[: self.limit], start=1):
            detail = "; ".join(f"{FACT_LINES[f][0].lower()}: {FACT_LINES[f][1](p)}" for f in facts if f != "issuer")
            line = f"- {p.display}: {p.kind or 'Kế hoạch'} {short(p.title, 140)} ({number_text(p.number)}; {date_text(p.date)})"
            lines.append(line + (f" — {detail}" if detail else "") + f" [{i}]")
        if len(plans) > self.limit:
            lines.append(f"… và {len(plans) - self.limit} kế hoạch khác.")
        return Answer(query.text, "\n".join(lines), citations, intent=Intent.PLAN_FACTS.value, items=items)

    @staticmethod
    def _as_typed(query: Query) -> str:
        """The issuer as the user typed it (the folded form matched; the typed words are shown when lengths agree)."""
        i = query.folded.find(query.issued_by)
        return query.text[i: i + len(query.issued_by)] if i >= 0 and len(query.folded) == len(query.text) else \
            query.issued_by

    @staticmethod
    def _stated_period(p: PlanFacts, reader: PlanReader, n: int) -> tuple[str, Citation] | None:
        """The period a plan states in a line of its own ("3. Thời gian thực hiện: Từ năm 2026 đến năm 2031.",
        questions.toml [period_label]) as written, and that clause cited as [n]; None when it states none."""
        try:
            doc = reader.document(p.doc_id)
        except Exception:  # noqa: BLE001 - removed meanwhile: the title's years answer
            return None
        stated = period_line(doc)
        if stated is None:
            return None
        clause, value = stated
        return value, Citation(n=n, doc_id=p.doc_id, file_name=p.file_name, title=p.title, issuer=p.issuer,
                               section=clause.path, clause_id=clause.id, text=clause.text, doc_kind=p.kind)

    @staticmethod
    def _cite(p: PlanFacts, reader: PlanReader, n: int, signature: bool) -> Citation:
        """The plan's header (number, place and date, title) quoted as written; its end too for the signer."""
        try:
            doc: Document | None = reader.document(p.doc_id)
        except Exception:  # noqa: BLE001 - removed meanwhile: cite the facts without a quote
            doc = None
        text, clause_id = "", ""
        if doc is not None:
            first = doc.clauses[0] if doc.clauses else None
            end = first.span[0] if first is not None and 0 < first.span[0] <= HEADER_CHARS * 2 else HEADER_CHARS
            text = doc.source_text[:end].strip()
            if signature:
                text += "\n…\n" + doc.source_text[-SIGNATURE_CHARS:].strip()
            clause_id = first.id if first is not None else ""
        return Citation(n=n, doc_id=p.doc_id, file_name=p.file_name, title=p.title, issuer=p.issuer,
                        section="phần đầu văn bản", clause_id=clause_id, text=text, doc_kind=p.kind)
