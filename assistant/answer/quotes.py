"""What a citation quotes, and citations built from a plan's clause (one home for every answerer)."""

from __future__ import annotations

from core.models import Chunk, Citation, Clause, Document


def section_text(doc: Document, clause: Clause, max_chars: int = 4000) -> str:
    """A task clause with the sub-items it governs (the text a reader checks the answer against)."""
    parts = [clause.text]
    stack = list(reversed(clause.children))
    while stack and sum(len(p) for p in parts) < max_chars:
        child = doc.clause(stack.pop())
        if child is not None:
            parts.append(child.text)
            stack.extend(reversed(child.children))
    return "\n".join(parts)


def citation_text(doc: Document, clause: Clause, chunk: Chunk | None = None) -> str:
    """A task with its sub-items, a whole clause (also when its chunk is one piece of a long clause), or the
    chunk when it groups several small clauses."""
    if clause.children and clause.is_task:
        return section_text(doc, clause)
    if chunk is None or len(chunk.clause_ids) == 1:
        return clause.text
    return chunk.text


def cite(doc: Document, clause: Clause, n: int, text: str | None = None) -> Citation:
    """Citation [n] of ``clause`` (quoting ``text``, by default what ``citation_text`` quotes)."""
    return Citation(n=n, doc_id=doc.id, file_name=doc.file_name, title=doc.meta.title, issuer=doc.meta.issuer,
                    section=clause.path, clause_id=clause.id,
                    text=citation_text(doc, clause) if text is None else text,
                    heading_trail=list(clause.heading_trail), doc_kind=doc.meta.kind)


class Citations:
    """Numbered citations, one per clause, in order of first use."""

    def __init__(self, first_n: int = 1):
        self.items: list[Citation] = []
        self.first_n = first_n

    def add(self, doc: Document, clause: Clause, text: str | None = None) -> int:
        for c in self.items:
            if c.clause_id == clause.id:
                return c.n
        n = self.first_n + len(self.items)
        self.items.append(cite(doc, clause, n, text))
        return n
