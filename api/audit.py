"""Audit log: who did what and when (uploads, deletes, restores, purges, logins and failed logins), one JSON line
per event in data_dir/audit.jsonl, readable by the administrators in the web app and with ``kehoach audit``."""

from __future__ import annotations

import fcntl
import json
import os
from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path

AUDIT_FILE = "audit.jsonl"


class AuditAction(str, Enum):
    UPLOAD = "upload"  # a file ingested (or refused) from the web app
    DELETE = "delete"  # a plan moved to the trash
    RESTORE = "restore"  # a plan brought back from the trash
    PURGE = "purge"  # a trashed plan removed for good (restore period over)
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_LOCKED = "login_locked"  # a client locked out after too many failures
    LOGOUT = "logout"
    REFUSED = "refused"  # a request refused by a guard (foreign origin, quota, role)


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.UPLOAD: "Tải lên",
    AuditAction.DELETE: "Xoá",
    AuditAction.RESTORE: "Khôi phục",
    AuditAction.PURGE: "Xoá hẳn",
    AuditAction.LOGIN: "Đăng nhập",
    AuditAction.LOGIN_FAILED: "Đăng nhập sai",
    AuditAction.LOGIN_LOCKED: "Khoá đăng nhập",
    AuditAction.LOGOUT: "Đăng xuất",
    AuditAction.REFUSED: "Từ chối",
}


@dataclass
class AuditEvent:
    action: AuditAction
    actor: str  # account name, "cli:<os user>", or "" when nobody is logged in
    target: str = ""  # plan id or file name
    detail: str = ""  # outcome in words (no server paths)
    client: str = ""  # client address as the server saw it
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def to_json(self) -> str:
        data = asdict(self)
        data["action"] = self.action.value
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> "AuditEvent":
        data = json.loads(line)
        data["action"] = AuditAction(data["action"])
        return cls(**data)


class AuditLog:
    """Append-only JSON lines; appends from several processes are serialised by ``flock``."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def record(self, action: AuditAction, actor: str, target: str = "", detail: str = "", client: str = "") -> AuditEvent:
        event = AuditEvent(action, actor, target, detail, client)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, (event.to_json() + "\n").encode("utf-8"))
        finally:
            os.close(fd)  # closing releases the lock
        return event

    def recent(self, limit: int = 200) -> list[AuditEvent]:
        """The last ``limit`` events, newest first (unreadable lines are skipped)."""
        try:
            with self.path.open(encoding="utf-8") as f:
                lines = deque(f, maxlen=limit)
        except FileNotFoundError:
            return []
        events = []
        for line in reversed(lines):
            try:
                events.append(AuditEvent.from_json(line))
            except (ValueError, KeyError, TypeError):
                continue
        return events
