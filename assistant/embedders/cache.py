"""On-disk embedding cache: SQLite (WAL) keyed by (model_id, sha256 of the exact embedded text)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    model_id TEXT NOT NULL,
    key      BLOB NOT NULL,
    dim      INTEGER NOT NULL,
    vec      BLOB NOT NULL,
    PRIMARY KEY (model_id, key)
) WITHOUT ROWID
"""
_MAX_VARS = 500  # stay well below SQLite's bound-parameter limit


def text_key(text: str) -> bytes:
    """sha256 digest of the exact text fed to the model (prefix included)."""
    return hashlib.sha256(text.encode("utf-8")).digest()


class EmbeddingCache:
    """Persistent vector cache shared by threads of one process and by several processes.

    Vectors are stored as float32 bytes. Writes use ``INSERT OR IGNORE`` so two processes embedding
    the same text concurrently cannot conflict; WAL mode lets readers proceed during a write.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(self.path), timeout=60.0, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout=60000")
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(_SCHEMA)

    def get_many(self, model_id: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """Cached vectors for the keys that are present (missing keys are absent from the result)."""
        found: dict[bytes, np.ndarray] = {}
        uniq = list(dict.fromkeys(keys))
        with self._lock:
            for i in range(0, len(uniq), _MAX_VARS):
                part = uniq[i : i + _MAX_VARS]
                marks = ",".join("?" * len(part))
                rows = self._conn.execute(
                    f"SELECT key, dim, vec FROM vectors WHERE model_id = ? AND key IN ({marks})",
                    [model_id, *part],
                ).fetchall()
                for key, dim, vec in rows:
                    arr = np.frombuffer(vec, dtype=np.float32)
                    if arr.shape[0] == dim:
                        found[bytes(key)] = arr
        return found

    def put_many(self, model_id: str, items: Iterable[tuple[bytes, np.ndarray]]) -> None:
        """Store vectors (float32); existing entries are kept."""
        rows = [
            (model_id, key, int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for key, v in items
        ]
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR IGNORE INTO vectors (model_id, key, dim, vec) VALUES (?, ?, ?, ?)", rows
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def count(self, model_id: str | None = None) -> int:
        """Number of cached vectors (for one model, or overall)."""
        with self._lock:
            if model_id is None:
                return int(self._conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
            return int(
                self._conn.execute("SELECT COUNT(*) FROM vectors WHERE model_id = ?", (model_id,)).fetchone()[0]
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()
