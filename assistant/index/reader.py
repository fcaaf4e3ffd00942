"""Parsed plans for quoting clauses: a small LRU of Documents over the catalog, and hits resolved to their clause
(each plan read once per question)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterable

from core.errors import KehoachError
from core.models import Clause, Document, Hit


class PlanReader:
    """Documents by id (the ``size`` most recently used kept parsed, re-read when their catalog entry changes)."""

    def __init__(self, index, size: int = 16):
        self.index = index  # assistant.index.PlanIndex
        self.size = size
        self._docs: OrderedDict[str, tuple[object, Document, dict[str, Clause]]] = OrderedDict()

    def _version(self, doc_id: str) -> object:
        try:
            st = self.index.catalog.path_of(doc_id).stat()
        except (FileNotFoundError, ValueError):
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def _entry(self, doc_id: str) -> tuple[object, Document, dict[str, Clause]]:
        version = self._version(doc_id)
        cached = self._docs.get(doc_id)
        if cached is not None and cached[0] == version and version is not None:
            self._docs.move_to_end(doc_id)
            return cached
        doc = self.index.document(doc_id)  # NotIndexedError (a KehoachError) when absent
        entry = (version, doc, {c.id: c for c in doc.clauses})
        self._docs[doc_id] = entry
        while len(self._docs) > self.size:
            self._docs.popitem(last=False)
        return entry

    def document(self, doc_id: str) -> Document:
        return self._entry(doc_id)[1]

    def clause(self, clause_id: str) -> tuple[Document, Clause] | None:
        try:
            _, doc, clauses = self._entry(clause_id.split(":", 1)[0])
        except KehoachError:
            return None
        c = clauses.get(clause_id)
        return (doc, c) if c is not None else None

    def forget(self, doc_id: str) -> None:
        self._docs.pop(doc_id, None)

    def attach(self, hits: Iterable[Hit]) -> list[Hit]:
        """The hits with their plan and first clause set (hits whose plan or clause is gone are dropped)."""
        out = []
        for h in hits:
            if h.clause is None or h.doc is None:
                found = self.clause(h.chunk.clause_ids[0]) if h.chunk.clause_ids else None
                if found is None:
                    continue
                h.doc, h.clause = found
            out.append(h)
        return out

    def hit_for(self, clause_id: str) -> Hit | None:
        """The chunk holding a clause, as a hit with its plan and clause set (for answers about a known task)."""
        found = self.clause(clause_id)
        if found is None:
            return None
        doc, clause = found
        try:
            chunks = self.index.chunks_of(doc.id)
        except KehoachError:
            return None
        chunk = next((c for c in chunks if clause_id in c.clause_ids), None)
        if chunk is None:
            return None
        return Hit(chunk=chunk, score=1.0, doc=doc, clause=clause)
