"""Chroma vector store (embedded PersistentClient or HttpClient) through LangChain, one collection per model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

import chromadb
import httpx
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from core.errors import BackendUnavailableError
from core.models import Chunk, Document
from core.settings import Settings

T = TypeVar("T")

LIST_SEP = " | "
BATCH = 128
CONNECT_TIMEOUT_S = 3.0
REQUEST_TIMEOUT_S = 20.0  # a hung server fails a request after this; connecting must take < 3 s


def collection_name(model_id: str, dim: int) -> str:
    """A valid Chroma collection name (3-512 chars of [a-zA-Z0-9._-], alnum at both ends, no "..")."""
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_id).strip("-_")[:40].strip("-_") or "model"
    digest = hashlib.sha256(f"{model_id}\n{dim}".encode()).hexdigest()[:8]
    return f"kehoach-{slug}-{dim}-{digest}"


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """"http://127.0.0.1:8000" -> ("127.0.0.1", 8000, False); a bare "host:port" is accepted too."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    ssl = parsed.scheme == "https"
    host = parsed.hostname or "localhost"
    port = parsed.port or (443 if ssl else 8000)
    return host, port, ssl


def _units(doc: Document, chunk: Chunk, role: str) -> list[str]:
    """Lead/partner units of a chunk: from its metadata when the pipeline put them there, else its clauses."""
    given = chunk.metadata.get(role)
    if isinstance(given, list):
        return [str(u) for u in given if str(u).strip()]
    if isinstance(given, str):
        return [u.strip() for u in given.split(LIST_SEP) if u.strip()]
    out: list[str] = []
    for cid in chunk.clause_ids:
        clause = doc.clause(cid)
        if clause is not None:
            for u in getattr(clause.responsibility, role):
                if u not in out:
                    out.append(u)
    return out


def content_sha(model_id: str, text: str) -> str:
    return hashlib.sha256(f"{model_id}\n{text}".encode()).hexdigest()


def chunk_metadata(doc: Document, chunk: Chunk, model_id: str) -> dict[str, Any]:
    """Chroma metadata of one chunk. Chroma 1.5 stores lists but not empty ones, so lists are kept as
    lists when non-empty (filter with {"lead": {"$contains": unit}}) and also joined with " | " for display."""
    lead, partners = _units(doc, chunk, "lead"), _units(doc, chunk, "partners")
    meta: dict[str, Any] = {k: v for k, v in chunk.metadata.items() if _storable(v)}  # e.g. "kind"
    meta |= {
        **doc.plan_fields(),
        "path": chunk.path,
        "clause_ids_text": LIST_SEP.join(chunk.clause_ids),
        "lead_text": LIST_SEP.join(lead),
        "partners_text": LIST_SEP.join(partners),
        "content_sha": content_sha(model_id, chunk.embed_text),
    }
    for key, values in (("clause_ids", chunk.clause_ids), ("lead", lead), ("partners", partners)):
        if values:
            meta[key] = list(values)
    return meta


def _storable(value: Any) -> bool:
    """A value Chroma 1.5 metadata accepts: a scalar, or a non-empty list of strings."""
    if isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, (httpx.HTTPError, ConnectionError, TimeoutError)):
        return True
    return isinstance(exc, ValueError) and "Could not connect" in str(exc)


class VectorStore:
    """Chunks' embeddings in Chroma (cosine). Embedded at ``data_dir/chroma`` unless ``chroma_url`` is set.

    With a server, a connection failure raises ``BackendUnavailableError`` at once (connect timeout
    3 s) and the next call reconnects.
    """

    def __init__(self, data_dir: Path, embedder: Embeddings, model_id: str, dim: int, chroma_url: str = "",
                 ef_search: int | None = None):
        self.data_dir = Path(data_dir)
        # how far a search walks the HNSW graph
        self.ef_search = ef_search if ef_search is not None else Settings.model_fields["dense_ef_search"].default
        self.embedder = embedder
        self.model_id = model_id
        self.dim = dim
        self.chroma_url = chroma_url.strip()
        self.name = collection_name(model_id, dim)
        self._client: chromadb.ClientAPI | None = None
        self._store: Chroma | None = None

    # -- connection ---------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The server URL, or the folder of the embedded database."""
        return self.chroma_url or str(self.data_dir / "chroma")

    def _connect(self) -> chromadb.ClientAPI:
        settings = ChromaSettings(anonymized_telemetry=False)
        if not self.chroma_url:
            return chromadb.PersistentClient(path=str(self.data_dir / "chroma"), settings=settings)
        host, port, ssl = parse_chroma_url(self.chroma_url)
        # chromadb's own session has no timeout and its constructor already talks to the server, so an
        # unreachable host would hang there: probe the heartbeat with a bounded timeout first.
        scheme = "https" if ssl else "http"
        httpx.get(f"{scheme}://{host}:{port}/api/v2/heartbeat", timeout=CONNECT_TIMEOUT_S).raise_for_status()
        client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
        session = getattr(getattr(client, "_server", None), "_session", None)
        if isinstance(session, httpx.Client):  # chromadb creates it with timeout=None (may hang forever)
            session.timeout = httpx.Timeout(REQUEST_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
        return client

    def _unavailable(self, exc: BaseException) -> BackendUnavailableError:
        if isinstance(exc, httpx.TimeoutException):
            return BackendUnavailableError(
                f"Máy chủ Chroma tại {self.chroma_url} không phản hồi (quá {REQUEST_TIMEOUT_S:.0f} giây); "
                "hãy kiểm tra máy chủ rồi thử lại.",
                f"The Chroma server at {self.chroma_url} does not respond (over {REQUEST_TIMEOUT_S:.0f} s); "
                "check the server and try again.",
            )
        return BackendUnavailableError(
            f"Không kết nối được máy chủ Chroma tại {self.chroma_url}; hãy kiểm tra máy chủ đã chạy "
            f"(chroma run ...) hoặc bỏ KEHOACH_CHROMA_URL để dùng chỉ mục cục bộ. Chi tiết: {exc}",
            f"Cannot reach the Chroma server at {self.chroma_url}; check that it is running "
            f"or unset KEHOACH_CHROMA_URL to use the local index. Details: {exc}",
        )

    def _call(self, fn: Callable[[Chroma], T]) -> T:
        """Run ``fn`` on the LangChain store, (re)connecting first; map connection failures."""
        try:
            if self._store is None:
                self._client = self._connect()
                self._store = Chroma(
                    collection_name=self.name,
                    embedding_function=self.embedder,
                    client=self._client,
                    collection_configuration={"hnsw": {"space": "cosine", "ef_search": self.ef_search}},
                )
                self._search_wide(self._store._collection)
            return fn(self._store)
        except Exception as exc:
            if self.chroma_url and _is_connection_error(exc):
                self._store = None  # reconnect (and re-resolve the collection) on the next call
                self._client = None
                raise self._unavailable(exc) from exc
            raise

    def _search_wide(self, collection: Any) -> None:
        """A collection made with a narrower search (an index built before ``dense_ef_search``, or elsewhere) is
        searched as widely as asked: ef_search is the one HNSW setting Chroma lets an existing collection change."""
        hnsw = (getattr(collection, "configuration_json", None) or {}).get("hnsw") or {}
        if hnsw.get("ef_search", 0) != self.ef_search:
            collection.modify(configuration={"hnsw": {"ef_search": self.ef_search}})

    def ping(self) -> None:
        """Raise ``BackendUnavailableError`` unless the store answers."""
        self._call(lambda s: s._collection.count())

    # -- writing ------------------------------------------------------------------------------
    def upsert_document(self, doc: Document, chunks: list[Chunk]) -> dict[str, int]:
        """Make the collection hold exactly ``chunks`` for ``doc.id``; embed only new or changed texts."""
        metas = {c.id: chunk_metadata(doc, c, self.model_id) for c in chunks}
        existing = self._call(lambda s: s._collection.get(where={"doc_id": doc.id}, include=["metadatas"]))
        old = {cid: (m or {}) for cid, m in zip(existing["ids"], existing["metadatas"])}
        to_embed = [c for c in chunks if old.get(c.id, {}).get("content_sha") != metas[c.id]["content_sha"]]
        embed_ids = {c.id for c in to_embed}
        # Metadata-only changes are updated without embedding; Chroma merges metadata on upsert/update,
        # so keys that disappeared (e.g. an emptied "lead") are explicitly set to None afterwards.
        to_update = [
            c
            for c in chunks
            if c.id in old
            and ((c.id not in embed_ids and old[c.id] != metas[c.id]) or set(old[c.id]) - set(metas[c.id]))
        ]
        stale = [cid for cid in old if cid not in metas]
        for i in range(0, len(to_embed), BATCH):
            part = to_embed[i : i + BATCH]
            self._call(
                lambda s: s.add_texts(
                    texts=[c.embed_text for c in part], metadatas=[metas[c.id] for c in part], ids=[c.id for c in part]
                )
            )
        for i in range(0, len(to_update), BATCH):
            part = to_update[i : i + BATCH]
            self._call(
                lambda s: s._collection.update(
                    ids=[c.id for c in part], metadatas=[_replacing(old[c.id], metas[c.id]) for c in part]
                )
            )
        if stale:
            self._call(lambda s: s._collection.delete(ids=stale))
        return {
            "embedded": len(to_embed),
            "updated": len(to_update),
            "deleted": len(stale),
            "unchanged": len(chunks) - len(embed_ids | {c.id for c in to_update}),
        }

    def delete_document(self, doc_id: str) -> None:
        self._call(lambda s: s._collection.delete(where={"doc_id": doc_id}))

    def drop_collection(self) -> None:
        """Delete this model's collection (for ``--rebuild``)."""

        def drop(s: Chroma) -> None:
            s.delete_collection()

        self._call(drop)
        self._store = None

    # -- reading ------------------------------------------------------------------------------
    def ids(self, doc_id: str | None = None) -> list[str]:
        where = {"doc_id": doc_id} if doc_id else None
        return list(self._call(lambda s: s._collection.get(where=where, include=[]))["ids"])

    def all_metadatas(self, page: int = 5000) -> dict[str, dict[str, Any]]:
        """chunk id -> metadata for every stored chunk, read in pages (one big read overflows SQLite's
        variable limit at tens of thousands of chunks)."""
        out: dict[str, dict[str, Any]] = {}
        offset = 0
        while True:
            got = self._call(lambda s: s._collection.get(include=["metadatas"], limit=page, offset=offset))
            out.update({cid: (m or {}) for cid, m in zip(got["ids"], got["metadatas"])})
            if len(got["ids"]) < page:
                return out
            offset += page

    def doc_ids_of(self) -> dict[str, str]:
        """chunk id -> doc_id for every stored chunk."""
        return {cid: m.get("doc_id", "") for cid, m in self.all_metadatas().items()}

    def count(self) -> int:
        return int(self._call(lambda s: s._collection.count()))

    def search(self, query: str, k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` (chunk_id, cosine similarity), best first."""
        if k <= 0:
            return []
        vector = self.embedder.embed_query(query)
        return self.search_by_vector(vector, k, where)

    def search_by_vector(
        self, vector: list[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        # only ids and distances are read back: the chunk texts and metadata are the index's own (reader.py), and
        # fetching them from Chroma's SQLite took 5 of a search's 6 ms on the samples (LangChain's
        # similarity_search_by_vector_with_relevance_scores always includes them)
        got = self._call(lambda s: s._collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]))
        ids, distances = (got.get("ids") or [[]])[0], (got.get("distances") or [[]])[0]
        # Chroma gives the cosine *distance*; similarity = 1 - distance
        return [(str(cid), 1.0 - float(dist)) for cid, dist in zip(ids, distances)]


def _replacing(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Chroma's update merges metadata: set keys that disappeared (e.g. an emptied "lead") to None."""
    merged: dict[str, Any] = {k: None for k in old if k not in new}
    merged.update(new)
    return merged

