"""Web sessions: a random token in an HttpOnly cookie per login; each one ends on its own (logout, expiry)."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import Callable

from api.accounts import Role

COOKIE = "kehoach_session"


@dataclass(frozen=True)
class Session:
    token: str
    name: str
    role: Role
    expires_at: float


class SessionStore:
    """In memory: a restart logs everyone out. Thread-safe."""

    def __init__(self, hours: float, clock: Callable[[], float] = time.time):
        self.seconds = hours * 3600
        self._clock = clock
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, name: str, role: Role) -> Session:
        session = Session(secrets.token_urlsafe(32), name, role, self._clock() + self.seconds)
        with self._lock:
            now = self._clock()
            self._sessions = {t: s for t, s in self._sessions.items() if s.expires_at > now}
            self._sessions[session.token] = session
        return session

    def get(self, token: str | None) -> Session | None:
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is not None and session.expires_at <= self._clock():
                del self._sessions[token]
                return None
            return session

    def end(self, token: str | None) -> Session | None:
        """End this one session (other sessions of the same account stay)."""
        with self._lock:
            return self._sessions.pop(token, None) if token else None

    def count(self, name: str) -> int:
        with self._lock:
            return sum(1 for s in self._sessions.values() if s.name == name)
