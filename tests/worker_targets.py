"""Functions run in the parse worker by tests (importable by name in the child process)."""

from __future__ import annotations

import os
import signal
import time

from core.errors import KehoachError
from ingest.worker import report_progress


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return f"ngủ {seconds:g} giây"


def allocate_mb(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def refuse(message: str) -> None:
    raise KehoachError(message)


def buggy(path: str) -> None:
    raise KeyError(path)


def read_pages(n: int) -> int:
    for i in range(n):
        report_progress(i + 1, n)
    return n
