"""Parse repaired paragraphs into the clause tree: Roman sections, 1./1.1., a), dash and plus items, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest import responsibilities as resp_mod
from ingest.repair import LABEL_RE, Footnote, Paragraph, is_closing
from ingest.tables import parse_table
from core.models import Clause, Responsibility
from core.textnorm import fold

# Rank of each label kind in the hierarchy (smaller = higher). Markdown heading levels are ignored on
# purpose: the numbering decides (the Hải Phòng plan puts "## 2." under "### III.").
RANK_ROMAN, RANK_LETTER, RANK_PARA, RANK_DASH, RANK_PLUS = 0, 4, 4.5, 5, 6


@dataclass
class _Open:
    clause: Clause
    rank: float
    has_attributes: bool = False
    child_counts: dict = field(default_factory=dict)


def _label(text: str) -> tuple[str, str, float, str]:
    """(kind, label as written, rank, path component) of a paragraph, or ("", "", RANK_PARA, "")."""
    m = LABEL_RE.match(text)
    if not m:
        return "", "", RANK_PARA, ""
    if m.group("roman"):
        return "roman", m.group(0).strip(), RANK_ROMAN, m.group("roman")
    if m.group("num"):
        parts = m.group("num").rstrip(".").split(".")
        return "num", m.group(0).strip(), float(min(len(parts), 3)), parts[-1]
    if m.group("letter"):
        return "letter", m.group(0).strip(), RANK_LETTER, m.group("letter")
    if m.group("dash"):
        return "dash", m.group("dash"), RANK_DASH, ""
    return "plus", "+", RANK_PLUS, ""


def _title_of(text: str, label: str) -> str:
    body = text[len(label):].strip() if label and text.startswith(label) else text.strip()
    first = re.split(r"(?<=[.;:])\s+(?=[A-ZĐ(])", body, maxsplit=1)[0]
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"


def _heading_like(clause: Clause) -> bool:
    t = clause.text.rstrip()
    return len(t) < 200 and not t.endswith((".", ";", ":", ")", "…"))


def is_section_start(p: Paragraph) -> bool:
    m = LABEL_RE.match(p.text)
    return bool(m and m.group("roman"))


class ClauseTreeBuilder:
    """Builds the clause tree of one document from its paragraphs."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.clauses: list[Clause] = []
        self.stack: list[_Open] = []
        self.top_counts: dict = {}
        self.used_ids: set[str] = set()
        self.attributed: set[str] = set()  # clause ids whose responsibility came from attribute lines

    # -- helpers ---------------------------------------------------------------------------------
    def _new_id(self, path: str) -> str:
        base = f"{self.doc_id}:{path}"
        cid, n = base, 2
        while cid in self.used_ids:
            cid, n = f"{base}~{n}", n + 1
        self.used_ids.add(cid)
        return cid

    def _component(self, parent: _Open | None, kind: str, comp: str) -> str:
        counts = parent.child_counts if parent else self.top_counts
        if kind in ("preamble", "appendix"):
            return comp
        if kind in ("dash", "plus", "", "row"):
            key = "seq"
            counts[key] = counts.get(key, 0) + 1
            return str(counts[key])
        return comp

    def _add(self, text: str, span: tuple[int, int], kind: str, label: str, rank: float, comp: str,
             clause_kind: str = "item") -> _Open:
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        part = self._component(parent, kind, comp)
        path = f"{parent.clause.path}.{part}" if parent else part
        clause = Clause(
            id=self._new_id(path),
            doc_id=self.doc_id,
            path=path,
            label=label,
            title=_title_of(text, label),
            text=text,
            level=len(self.stack),
            parent_id=parent.clause.id if parent else None,
            heading_trail=[*(parent.clause.heading_trail if parent else []), *([parent.clause.title] if parent else [])],
            span=span,
            kind="section" if kind == "roman" else clause_kind,
        )
        if parent:
            parent.clause.children.append(clause.id)
        self.clauses.append(clause)
        opened = _Open(clause, rank)
        self.stack.append(opened)
        return opened

    def _append_text(self, opened: _Open, p: Paragraph) -> None:
        c = opened.clause
        c.text = f"{c.text}\n{p.text}"
        c.span = (min(c.span[0], p.span[0]), max(c.span[1], p.span[1]))

    def _attribute_target(self, rank: float) -> _Open | None:
        for opened in reversed(self.stack):
            if opened.rank < rank:
                return opened
        return None

    # -- paragraphs ------------------------------------------------------------------------------
    def add_paragraph(self, p: Paragraph) -> None:
        kind, label, rank, comp = _label(p.text)
        body = p.text[len(label):].strip() if label else p.text
        if kind in ("dash", "plus", "") and resp_mod.is_attribute_line(body):
            target = self._attribute_target(rank if kind else 99)
            if target is not None:
                self._append_text(target, p)
                resp_mod.apply_attribute(target.clause.responsibility, body)
                target.has_attributes = True
                self.attributed.add(target.clause.id)
                return
        if not kind:
            self._add_unlabelled(p)
            return
        self._add(p.text, p.span, kind, label, rank, comp)

    def _add_unlabelled(self, p: Paragraph) -> None:
        top = self.stack[-1] if self.stack else None
        standalone_resp = p.text.startswith("(") and resp_mod._KEYWORDS_RE.search(p.text[:200])
        if top is None:
            self._add(p.text, p.span, "", "", RANK_PARA, "")
        elif standalone_resp or (not top.has_attributes and not _heading_like(top.clause) and top.clause.label):
            self._append_text(top, p)
        elif top.clause.label == "" or top.has_attributes and top.rank >= RANK_PARA:
            self._add(p.text, p.span, "", "", top.rank, "")  # a sibling paragraph
        else:
            self._add(p.text, p.span, "", "", max(RANK_PARA, top.rank + 0.25), "")

    def add_table(self, rows: list[Paragraph]) -> None:
        table = parse_table([r.text for r in rows])
        if table is None:
            # Not an assignment table: keep its text in the current clause.
            for r in rows:
                if self.stack:
                    self._append_text(self.stack[-1], r)
            return
        while self.stack and self.stack[-1].rank >= RANK_LETTER:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        group_trail: list[str] = []
        for row, p in zip(table.rows, rows[table.first_data_row:]):
            if row.is_group:
                group_trail = [row.task]
                continue
            if not row.task:
                continue
            path_part = row.number if row.number and re.fullmatch(r"[\dA-Za-z.]+", row.number) else None
            if parent is None and path_part is None:
                self.top_counts["row"] = self.top_counts.get("row", 0) + 1
                path_part = str(self.top_counts["row"])
            comp = path_part or self._component(parent, "row", "")
            prefix = parent.clause.path if parent else "PL"
            path = f"{prefix}.{comp}"
            clause = Clause(
                id=self._new_id(path),
                doc_id=self.doc_id,
                path=path,
                label=row.number,
                title=_title_of(row.task, ""),
                text=row.as_text(),
                level=len(self.stack),
                parent_id=parent.clause.id if parent else None,
                heading_trail=[*(parent.clause.heading_trail if parent else []),
                               *([parent.clause.title] if parent else []), *group_trail],
                span=p.span,
                kind="table_row",
                responsibility=row.responsibility(),
            )
            if parent:
                parent.clause.children.append(clause.id)
            self.clauses.append(clause)
            self.attributed.add(clause.id)


def _is_appendix(text: str) -> bool:
    return fold(text).startswith("phu luc")


def build_clauses(doc_id: str, paragraphs: list[Paragraph], footnotes: dict[str, Footnote],
                  preamble: list[Paragraph]) -> list[Clause]:
    """The clause tree of a document; ``preamble`` paragraphs (introduction) become clause "0"."""
    builder = ClauseTreeBuilder(doc_id)
    if preamble:
        intro = builder._add(" ".join(p.text for p in preamble), (preamble[0].span[0], preamble[-1].span[1]),
                             "preamble", "", RANK_PARA, "0", clause_kind="preamble")
        intro.clause.title = "Phần mở đầu"
        builder.stack.clear()
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        if is_closing(p.text):
            # The recipients/signature block ends the body; an appendix ("PHỤ LỤC") may follow it.
            nxt = next((j for j in range(i + 1, len(paragraphs)) if _is_appendix(paragraphs[j].text)), None)
            if nxt is None:
                break
            i = nxt
            p = paragraphs[i]
            opened = builder._add(p.text, p.span, "appendix", "", RANK_ROMAN, "PL", clause_kind="section")
            opened.clause.kind = "section"
            i += 1
            continue
        if p.is_table_row:
            j = i
            while j < len(paragraphs) and paragraphs[j].is_table_row:
                j += 1
            builder.add_table(paragraphs[i:j])
            i = j
            continue
        builder.add_paragraph(p)
        i += 1
    clauses = builder.clauses
    _attach_footnotes(clauses, paragraphs, footnotes)
    _fill_responsibilities(clauses, builder.attributed)
    return clauses


def _attach_footnotes(clauses: list[Clause], paragraphs: list[Paragraph], footnotes: dict[str, Footnote]) -> None:
    for p in paragraphs:
        for mark in p.footnote_marks:
            fn = footnotes.get(mark)
            if fn is None:
                continue
            for c in clauses:
                if c.span[0] <= p.span[0] <= c.span[1]:
                    note = f"{mark}. {fn.text}"
                    if note not in c.footnotes:
                        c.footnotes.append(note)
                    break


def _fill_responsibilities(clauses: list[Clause], attributed: set[str]) -> None:
    """Own responsibilities from text, then inheritance from the nearest ancestor that states one."""
    by_id = {c.id: c for c in clauses}
    for c in clauses:
        if c.kind in ("section", "preamble"):
            c.responsibility.targets = resp_mod.extract_targets(c.text)
            continue
        if c.kind != "table_row":
            own_text = c.text
            from_text = resp_mod.extract_from_text(own_text)
            resp_mod.merge(c.responsibility, from_text)
        c.responsibility.targets = resp_mod.extract_targets(c.text)
        resp_mod.finalize(c.responsibility)
        if not c.responsibility.is_empty() and c.kind == "item":
            c.kind = "task"
    for c in clauses:  # parents come before children in document order
        if c.responsibility.is_empty() and c.parent_id:
            parent = by_id.get(c.parent_id)
            if parent is not None and not parent.responsibility.is_empty():
                inherited = Responsibility(
                    lead=list(parent.responsibility.lead),
                    partners=list(parent.responsibility.partners),
                    implementers=list(parent.responsibility.implementers),
                    advisers=list(parent.responsibility.advisers),
                    deadline=parent.responsibility.deadline,
                    targets=c.responsibility.targets,
                    inherited=True,
                )
                c.responsibility = inherited
