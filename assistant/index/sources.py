"""Uploaded source files kept with their plan: data_dir/sources/<doc id>/<file name>, private to the server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SOURCES_DIR = "sources"


class SourceStore:
    """One folder per plan holding the file it was read from (only for plans uploaded through the web app)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _dir(self, doc_id: str) -> Path:
        if not doc_id or "/" in doc_id or doc_id.startswith("."):
            raise ValueError(f"invalid doc id: {doc_id!r}")
        return self.root / doc_id

    def keep(self, doc_id: str, upload: Path) -> Path:
        """Move an uploaded file in as the source of ``doc_id`` (replacing an older one); owner-only access."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = self._dir(doc_id)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(mode=0o700)
        target = folder / Path(upload).name
        shutil.move(str(upload), target)
        os.chmod(target, 0o600)
        return target

    def files(self, doc_id: str) -> list[Path]:
        folder = self._dir(doc_id)
        return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []

    def move_to(self, doc_id: str, other: "SourceStore") -> None:
        """Hand the source of ``doc_id`` over to another store (trash ↔ live); nothing to do without one."""
        folder = self._dir(doc_id)
        if not folder.is_dir():
            return
        other.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = other._dir(doc_id)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(folder, target)

    def remove(self, doc_id: str) -> None:
        shutil.rmtree(self._dir(doc_id), ignore_errors=True)
