"""Per-client back-off for logins: after each failure the client must wait twice as long before its next try,
and after ``lock_after`` failures it is locked out for a while (even the right password is refused then)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

from core.settings import Settings


@dataclass(frozen=True)
class LoginVerdict:
    """May this client try a password now? If not, how long until it may."""

    allowed: bool
    retry_after: float = 0.0  # seconds
    locked: bool = False


@dataclass
class _Client:
    failures: int = 0
    next_try: float = 0.0
    locked_until: float = 0.0
    last_seen: float = 0.0


class LoginThrottle:
    """Thread-safe state per client key (the client address). Requests that come too early are refused without
    checking the password, so parallel guessing gains nothing."""

    def __init__(self, delay_s: float, max_delay_s: float, lock_after: int, lock_s: float,
                 clock: Callable[[], float] = time.monotonic):
        self.delay_s, self.max_delay_s, self.lock_after, self.lock_s = delay_s, max_delay_s, lock_after, lock_s
        self._clock = clock
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> "LoginThrottle":
        return cls(settings.ui_login_delay_s, settings.ui_login_max_delay_s, settings.ui_login_lock_after,
                   settings.ui_login_lock_minutes * 60)

    def check(self, client: str) -> LoginVerdict:
        now = self._clock()
        with self._lock:
            c = self._clients.get(client)
            if c is None:
                return LoginVerdict(True)
            if c.locked_until > now:
                return LoginVerdict(False, c.locked_until - now, locked=True)
            if c.next_try > now:
                return LoginVerdict(False, c.next_try - now)
            return LoginVerdict(True)

    def failure(self, client: str) -> LoginVerdict:
        """Record a wrong password; the wait before the next try (doubling), or the lock."""
        now = self._clock()
        with self._lock:
            self._forget_old(now)
            c = self._clients.setdefault(client, _Client())
            if c.locked_until and c.locked_until <= now:  # a lock that ran out starts a fresh count
                c.failures, c.locked_until = 0, 0.0
            c.failures += 1
            c.last_seen = now
            if c.failures >= self.lock_after:
                c.locked_until = now + self.lock_s
                c.next_try = c.locked_until
                return LoginVerdict(False, self.lock_s, locked=True)
            wait = min(self.delay_s * 2 ** (c.failures - 1), self.max_delay_s)
            c.next_try = now + wait
            return LoginVerdict(False, wait)

    def success(self, client: str) -> None:
        with self._lock:
            self._clients.pop(client, None)

    def _forget_old(self, now: float) -> None:
        """Drop clients quiet for longer than a lock (keeps memory flat under many addresses)."""
        horizon = max(self.lock_s, self.max_delay_s) * 2
        if len(self._clients) > 1000:
            self._clients = {k: c for k, c in self._clients.items()
                             if now - c.last_seen < horizon or c.locked_until > now}
