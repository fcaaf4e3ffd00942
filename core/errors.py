"""Errors shown to users: each carries a Vietnamese message and its English translation."""

from __future__ import annotations

import re


class KehoachError(Exception):
    """Base error with a Vietnamese message (shown first) and an English one."""

    def __init__(self, vi: str, en: str = ""):
        self.vi = vi
        self.en = en or vi
        super().__init__(f"{vi} / {en}" if en else vi)


class ReadError(KehoachError):
    """A file could not be read as a plan (empty, binary, unknown encoding, no text layer, too big...)."""


class IndexMismatchError(KehoachError):
    """The index on disk was built with another schema or embedding model: rebuild needed."""


class BackendUnavailableError(KehoachError):
    """A service (Chroma server, LLM endpoint) is unreachable."""


class ConfirmationError(KehoachError):
    """A destructive action without a valid confirmation (missing, expired, or for another plan or user)."""


_ABSOLUTE_PATH = re.compile(r"""(?<![\w.:/])(?:~|[A-Za-z]:)?[/\\](?:[^\s/\\'"«»<>|:;,()\[\]]+[/\\])+([^\s/\\'"«»<>|:;,()\[\]]*)""")


def redact_paths(text: str) -> str:
    """A message safe to show users: every absolute path reduced to its last part (the file name).
    "Cannot open /srv/kehoach/data/x.json" -> "Cannot open x.json"."""
    return _ABSOLUTE_PATH.sub(lambda m: m.group(1) or "…", text)
