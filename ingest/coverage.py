"""Coverage of assignments: the sentences and table rows of a document that assign work, found by a plain text
detector independent of the parser, against the clauses the parser made of them (a task with a lead?).

A sentence assigns work when it names a unit (a lexicon head at a word start) and carries an assignment cue
("chủ trì", "giao X", "có/chịu trách nhiệm", "là cơ quan thường trực", "đầu mối", "đề nghị X", "phân công",
"phối hợp với X") or is a role label line ("Đơn vị chủ trì: X"). A table row assigns work when its table has a
lead/implementer column and the row fills it. The introduction ("Căn cứ ...", "Theo đề nghị của ...") and the
recipients block are not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.models import Clause, Document
from core.textnorm import fold
from ingest.metadata import extract_layout
from ingest.labels import label_of
from ingest.parse import _attachment_start
from ingest.repair import Paragraph, is_closing, repair
from ingest.responsibilities import bare_role_label, is_blank_field, parse_label_line
from ingest.tables import parse_table
from ingest.units import unit_phrase_at
from core.lexicon import roles as role_lexicon

_OPENER = re.compile(r"(?:^|(?<=[\s,;(]))(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu|Phân công|phân công)(?: cho)? (?=\S)")
# "chuyển giao cho X", "bàn giao": something handed over, no assignment
_NOT_OPENER = re.compile(r"(?:văn bản|hồ sơ|theo|được|bàn|chuyển|trao|giấy|đơn|phiếu|xét|có)\s+$", re.I)
_NOT_ASSIGNING = re.compile(r"^(?:can cu|theo de nghi|xet de nghi|thuc hien (?:quyet dinh|ke hoach|chi thi|nghi quyet))")
_SUBJECTLESS = re.compile(r"^(?:chủ trì|phối hợp với|là cơ quan thường trực|là đầu mối|chịu trách nhiệm|có trách nhiệm)\b", re.I)
_STRONG_ROLES = ("lead", "advisers")
# The detector's own sentences: split after ".", "!", "?", ";" and at line breaks and "(1)"-style enumerations, so
# that every clause of a semicolon list counts on its own whatever the parser does.
_DETECTOR_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=\S)|\n+|\s+(?=\(\d{1,2}\)\s)")


def detector_sentences(text: str) -> list[str]:
    return [s.strip() for s in _DETECTOR_SPLIT.split(text) if s.strip()]


@dataclass
class Assignment:
    text: str
    span: tuple[int, int]
    clause_path: str = ""
    covered: bool = False
    is_row: bool = False


@dataclass
class DocCoverage:
    file_name: str
    assignments: list[Assignment] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.assignments)

    @property
    def covered(self) -> int:
        return sum(a.covered for a in self.assignments)

    @property
    def misses(self) -> list[Assignment]:
        return [a for a in self.assignments if not a.covered]


def _role_after(text: str) -> str | None:
    low = text.lstrip(" ,").lower()
    for phrase, role in role_lexicon().role_phrases:
        if low.startswith(phrase.lower()) and (len(low) == len(phrase) or not low[len(phrase)].isalnum()):
            return "partners-with" if phrase.lower().startswith("phối hợp với") else role
    return None


def is_assignment(sentence: str) -> bool:
    """Does a sentence assign work to a unit? (See the module's docstring for the forms counted.)"""
    s = re.sub(r"\*+", "", sentence).strip(" -+•–")
    label = label_of(s)
    if label is not None:
        s = s[label.end:].strip()
    s = re.sub(r"^\(\d{1,2}\)\s*", "", s)
    if _NOT_ASSIGNING.match(fold(s)) or is_blank_field(s):
        return False
    line = parse_label_line(s)
    if line is not None and any(r in ("lead", "implementers", "advisers", "partners") for r in line.roles):
        return bool(line.value.strip(" .;"))
    for m in _OPENER.finditer(s):
        if not _NOT_OPENER.search(s[:m.start()]) and unit_phrase_at(s, m.end()) is not None:
            return True
    for m in re.finditer(r"(?:^|(?<=[\s(,;]))(?=\S)", s):
        if m.start() and s[m.start() - 1] == " " and s[m.start() - 2:m.start() - 1] not in (",", ";", "("):
            continue  # a subject starts the sentence or follows a comma, semicolon or parenthesis
        unit = unit_phrase_at(s, m.start())
        if unit is not None and _role_after(s[unit[1]:]) in (*_STRONG_ROLES, "partners-with"):
            return True
    return bool(_SUBJECTLESS.match(s))


def _clause_at(clauses: list[Clause], pos: int) -> Clause | None:
    """The deepest clause whose span holds ``pos``."""
    best = None
    for c in clauses:
        if c.span[0] <= pos <= c.span[1] and c.kind != "preamble":
            if best is None or c.level >= best.level:
                best = c
    return best


def _has_lead(c: Clause | None) -> bool:
    r = c.responsibility if c else None
    return bool(r and (r.lead or r.implementers or r.advisers))


def _covered(c: Clause | None, by_id: dict[str, Clause]) -> bool:
    """Has the clause a lead, or, when it is a role heading ("2. Cơ quan chủ trì, phối hợp / a) Cơ quan chủ trì: Bộ
    Quốc phòng"), the clause it gives its roles to (ingest.parse: role headings)?"""
    if c is None:
        return False
    if _has_lead(c):
        return True
    while c is not None and bare_role_label(_own_first_line(c)):
        c = by_id.get(c.parent_id or "")
        if c is not None and _has_lead(c):
            return True
    return False


def _own_first_line(c: Clause) -> str:
    label = label_of(c.text)
    return (c.text[label.end:] if label else c.text).strip().split("\n", 1)[0]


def _body_paragraphs(paragraphs: list[Paragraph], start: int) -> list[Paragraph]:
    """Paragraphs from ``start``, without recipients/signature blocks."""
    out: list[Paragraph] = []
    i = start
    while i < len(paragraphs):
        if is_closing(paragraphs[i].text):
            j = _attachment_start(paragraphs, i)
            if j is None:
                break
            i = j
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def document_coverage(doc: Document) -> DocCoverage:
    repaired = repair(doc.source_text)
    layout = extract_layout(repaired.paragraphs, doc.file_name)
    paragraphs = layout.paragraphs
    body = _body_paragraphs(paragraphs, layout.body_start)
    out = DocCoverage(doc.file_name)
    rows_by_span = {c.span: c for c in doc.clauses if c.kind == "table_row"}
    by_id = {c.id: c for c in doc.clauses}
    i = 0
    while i < len(body):
        p = body[i]
        if p.is_table_row:
            j = i
            while j < len(body) and body[j].is_table_row:
                j += 1
            block = body[i:j]
            table = parse_table([r.text for r in block])
            if table is not None:
                for row in table.rows:
                    if row.is_group or not row.task:
                        continue
                    if not any(row.cells.get(k) for k in ("lead", "implementers", "advisers")):
                        continue
                    span = block[row.line].span
                    c = rows_by_span.get(span)
                    out.assignments.append(Assignment(row.task[:200], span, c.path if c else "", _has_lead(c), True))
            i = j
            continue
        offset = p.spans[0][0]
        for s in detector_sentences(p.text):
            if not is_assignment(s):
                continue
            c = _clause_at(doc.clauses, offset)
            out.assignments.append(Assignment(s[:200], p.span, c.path if c else "", _covered(c, by_id)))
        i += 1
    return out
