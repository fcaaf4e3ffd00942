"""How many bytes each account (or client, without login) uploaded today; refuses what would pass the cap.
Kept in a small JSON file so a restart does not reset the day."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path
from typing import Callable


class UploadQuota:
    def __init__(self, path: Path, limit_bytes: int, today: Callable[[], date] = date.today):
        self.path = Path(path)
        self.limit = limit_bytes
        self._today = today
        self._lock = threading.Lock()

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            data = {}
        if data.get("day") != self._today().isoformat():
            data = {"day": self._today().isoformat(), "used": {}}
        return data

    def used(self, who: str) -> int:
        with self._lock:
            return int(self._load()["used"].get(who, 0))

    def try_use(self, who: str, n_bytes: int) -> bool:
        """Count ``n_bytes`` for ``who`` if today's total stays within the cap; False (nothing counted) if not."""
        with self._lock:
            data = self._load()
            used = int(data["used"].get(who, 0))
            if used + n_bytes > self.limit:
                return False
            data["used"][who] = used + n_bytes
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
            return True
