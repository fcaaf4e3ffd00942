"""The web app's temporary files (uploads waiting to be ingested, table exports): one private folder inside the
data dir, swept on a schedule, and one export folder per browser session holding only its latest export."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from pathlib import Path

WEB_TMP_DIR = "web-tmp"
EXPORTS = "exports"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with owner-only permissions, also when it already exists."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def sweep(root: Path, max_age_s: float, now: float | None = None) -> int:
    """Remove files under ``root`` older than ``max_age_s`` (by change time) and folders left empty; the count."""
    now = time.time() if now is None else now
    removed = 0
    if not root.is_dir():
        return 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if now - path.lstat().st_ctime > max_age_s:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        if Path(dirpath) != root:
            try:
                os.rmdir(dirpath)  # only when empty
            except OSError:
                pass
    return removed


class TempSweeper:
    """A daemon thread running ``sweep`` every ``every_s`` seconds."""

    def __init__(self, root: Path, max_age_s: float, every_s: float):
        self.root, self.max_age_s, self.every_s = root, max_age_s, every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kehoach-temp-sweeper", daemon=True)

    def start(self) -> "TempSweeper":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            sweep(self.root, self.max_age_s)


_SESSION_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def session_export_dir(root: Path, session_hash: str | None, keep: int = 2) -> Path:
    """A fresh folder for one export of one browser session; older exports of that session beyond the newest
    ``keep`` (the one shown, and one still arriving) are removed at once."""
    key = _SESSION_SAFE.sub("", session_hash or "")[:64] or "anon"
    session_dir = private_dir(root / EXPORTS / key)
    previous = sorted((p for p in session_dir.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime_ns)
    for old in previous[: max(0, len(previous) - (keep - 1))]:
        shutil.rmtree(old, ignore_errors=True)
    folder = session_dir / f"{time.time_ns():x}"
    folder.mkdir(mode=0o700)
    return folder
