"""Deleted plans kept for a while so they can be restored: the catalog entry exactly as it was stored (so a
restore brings back the same clauses, chunks and answers), its uploaded source file, and who deleted it when."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from assistant.index.catalog import atomic_write_json, atomic_write_text, fsync_dir
from assistant.index.sources import SourceStore

TRASH_DIR = "trash"


@dataclass
class TrashedPlan:
    """One deleted plan as listed for restoring."""

    doc_id: str
    file_name: str
    title: str
    deleted_at: str  # ISO 8601, UTC
    deleted_by: str

    def age_seconds(self, now: datetime | None = None) -> float:
        now = now or datetime.now(timezone.utc)
        return (now - datetime.fromisoformat(self.deleted_at)).total_seconds()


class Trash:
    """data_dir/trash/<doc id>.json (the entry), <doc id>.meta.json (who, when) and sources/<doc id>/."""

    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir) / TRASH_DIR
        self.sources = SourceStore(self.dir / "sources")

    def _entry(self, doc_id: str) -> Path:
        if not doc_id or "/" in doc_id or doc_id.startswith("."):
            raise ValueError(f"invalid doc id: {doc_id!r}")
        return self.dir / f"{doc_id}.json"

    def _meta(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.meta.json"

    def put(self, doc_id: str, entry_text: str, summary: dict, actor: str) -> TrashedPlan:
        """Keep a copy of a stored entry (before the plan is removed from the index)."""
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        plan = TrashedPlan(doc_id, str(summary.get("file_name", doc_id)), str(summary.get("title", "")),
                           datetime.now(timezone.utc).isoformat(timespec="seconds"), actor)
        atomic_write_text(self._entry(doc_id), entry_text)
        atomic_write_json(self._meta(doc_id), asdict(plan))
        return plan

    def entry_text(self, doc_id: str) -> str:
        try:
            return self._entry(doc_id).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KeyError(doc_id) from None

    def get(self, doc_id: str) -> TrashedPlan | None:
        try:
            data = json.loads(self._meta(doc_id).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return TrashedPlan(**data) if self._entry(doc_id).exists() else None

    def list(self) -> list[TrashedPlan]:
        if not self.dir.is_dir():
            return []
        plans = [self.get(p.name[: -len(".meta.json")]) for p in self.dir.glob("*.meta.json")]
        return sorted((p for p in plans if p is not None), key=lambda p: p.deleted_at, reverse=True)

    def drop(self, doc_id: str) -> None:
        """Forget a trashed plan (after a restore, or for good)."""
        for path in (self._entry(doc_id), self._meta(doc_id)):
            path.unlink(missing_ok=True)
        self.sources.remove(doc_id)
        if self.dir.is_dir():
            fsync_dir(self.dir)

    def __contains__(self, doc_id: str) -> bool:
        return self._entry(doc_id).exists()

