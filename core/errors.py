"""Errors shown to users: each carries a Vietnamese message and its English translation."""

from __future__ import annotations


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
