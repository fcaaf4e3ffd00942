"""Write-ahead journal and inter-process lock that keep catalog, Chroma and BM25 consistent across crashes."""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.index.catalog import atomic_write_json, fsync_dir
from core.errors import KehoachError

JOURNAL_DIR = "journal"
JOURNAL_FILE = "pending.json"
LOCK_FILE = ".lock"


class IndexBusyError(KehoachError):
    """Another process holds the index write lock for too long."""


@dataclass
class PendingOp:
    """An operation started but not known to be finished: "add" (with its staged entry) or "remove"."""

    op: str
    doc_id: str
    staged: dict[str, Any] | None = None  # the catalog entry being added (encode_entry format)


class Journal:
    """At most one pending operation, recorded before any store is touched and cleared after all are.

    For an add, the full catalog entry is staged in the journal, so the operation can be redone
    after a crash (redo is idempotent: Chroma upsert by id, catalog replace, BM25 rebuild).
    """

    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir) / JOURNAL_DIR
        self.dir.mkdir(parents=True, exist_ok=True)

    @property
    def path(self) -> Path:
        return self.dir / JOURNAL_FILE

    def begin(self, op: PendingOp) -> None:
        atomic_write_json(self.path, {"op": op.op, "doc_id": op.doc_id, "staged": op.staged, "started": time.time()})

    def pending(self) -> PendingOp | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except json.JSONDecodeError:  # cannot happen with atomic writes; treat as nothing pending
            return None
        return PendingOp(op=data["op"], doc_id=data["doc_id"], staged=data.get("staged"))

    def commit(self) -> None:
        if self.path.exists():
            self.path.unlink()
            fsync_dir(self.dir)


class WriteLock:
    """Exclusive ``fcntl.flock`` on data_dir/.lock for writers (released by the OS if the process dies).

    Re-entrant within a thread; other threads of the same process wait on an ``RLock`` first, since
    flock alone does not exclude threads sharing one file descriptor.
    """

    def __init__(self, data_dir: Path, timeout: float = 600.0):
        self.path = Path(data_dir) / LOCK_FILE
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._fd: int | None = None
        self._depth = 0

    def _try_flock(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def try_acquire(self) -> bool:
        """Take the lock without waiting; False when another thread or process holds it."""
        if not self._thread_lock.acquire(blocking=False):
            return False
        if self._depth == 0 and not self._try_flock():
            self._thread_lock.release()
            return False
        self._depth += 1
        return True

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        if not self._thread_lock.acquire(timeout=max(0.0, self.timeout)):
            raise self._busy()
        if self._depth == 0:
            while not self._try_flock():
                if time.monotonic() > deadline:
                    self._thread_lock.release()
                    raise self._busy()
                time.sleep(0.1)
        self._depth += 1

    def release(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        self._thread_lock.release()

    @staticmethod
    def _busy() -> IndexBusyError:
        return IndexBusyError(
            "Một tiến trình khác đang cập nhật chỉ mục quá lâu; hãy thử lại sau.",
            "Another process has been updating the index for too long; try again later.",
        )

    def __enter__(self) -> "WriteLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
