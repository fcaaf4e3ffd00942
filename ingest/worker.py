"""Parse untrusted plan files in a child process with a memory limit and a timeout.

A bad file (a zip bomb that slips past the caps, a PDF that makes the parser spin, a parser bug) then fails
alone with a clear message, and the memory it took goes back to the system when the child exits. Children are
forked from a clean "forkserver" process (never from the multi-threaded server), which has the readers and
the parser already imported, so a child starts in milliseconds.
"""

from __future__ import annotations

import multiprocessing
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable

from core.errors import KehoachError, ReadError
from core.models import Chunk, Document
from core.settings import Settings

_PRELOAD = ["ingest.pipeline", "ingest.readers"]
_KILL_GRACE_S = 5.0


@dataclass(frozen=True)
class WorkerLimits:
    """What one child may use: address space (MB) and wall-clock time (s)."""

    memory_mb: int
    timeout_s: float

    @classmethod
    def of(cls, settings: Settings) -> "WorkerLimits":
        return cls(settings.ingest_worker_memory_mb, settings.ingest_worker_timeout_s)


class WorkerError(ReadError):
    """The child ran out of memory or time, or died: the file is refused, nothing else is affected."""


def _context() -> multiprocessing.context.BaseContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def _peak_virtual_bytes() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(conn: Connection, fn: Callable[..., Any], args: tuple, memory_bytes: int) -> None:
    """Runs in the child: limit the address space, run, send back ("ok", result) or a typed failure."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:
        try:
            message: tuple = ("ok", fn(*args))
        except KehoachError as e:
            # libraries that run out of memory often say something else (lxml: "XMLSyntaxError: unknown error")
            near_limit = _peak_virtual_bytes() >= 0.9 * memory_bytes
            message = ("memory",) if near_limit else ("error", e.vi, e.en)
        except MemoryError:
            message = ("memory",)
        except RecursionError:
            message = ("crash", "RecursionError")
        except Exception as e:  # a parser bug: reported by type, the details stay in this process
            message = ("memory",) if _peak_virtual_bytes() >= 0.9 * memory_bytes else ("crash", type(e).__name__)
        conn.send(message)
    except MemoryError:  # the result itself did not fit: the parent sees the pipe close
        pass
    finally:
        conn.close()


def run_limited(fn: Callable[..., Any], args: tuple, limits: WorkerLimits, file_name: str) -> Any:
    """``fn(*args)`` in a child under ``limits``; its result, or its KehoachError re-raised, or a WorkerError."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, fn, args, limits.memory_mb * 1024 * 1024), daemon=True,
                        name="kehoach-parse")
    child.start()
    sender.close()
    message = None
    try:
        if receiver.poll(limits.timeout_s):
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                message = None  # the child died before answering (killed, out of memory)
        else:
            message = ("timeout",)
    finally:
        receiver.close()
        child.join(_KILL_GRACE_S if message != ("timeout",) else 0)
        if child.is_alive():
            child.kill()
            child.join(_KILL_GRACE_S)
    return _outcome(message, limits, file_name)


def _outcome(message: tuple | None, limits: WorkerLimits, name: str) -> Any:
    kind = message[0] if message else "died"
    if kind == "ok":
        return message[1]
    if kind == "error":
        raise KehoachError(message[1], message[2])
    if kind == "timeout":
        raise WorkerError(
            f"«{name}»: đọc tệp quá {limits.timeout_s:g} giây nên đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.",
            f"'{name}': reading took longer than {limits.timeout_s:g} s and was stopped; the file may be "
            "corrupt or too complex.",
        )
    if kind == "died":
        raise WorkerError(
            f"«{name}»: tiến trình đọc tệp dừng bất thường (hết bộ nhớ {limits.memory_mb} MB hoặc lỗi thư viện); "
            "tệp có thể bị hỏng hoặc cố ý làm quá tải.",
            f"'{name}': the process reading the file stopped abnormally (out of its {limits.memory_mb} MB or a "
            "library fault); the file may be corrupt or crafted.",
        )
    if kind == "memory":
        raise WorkerError(
            f"«{name}»: đọc tệp cần quá {limits.memory_mb} MB bộ nhớ nên đã dừng; tệp có thể bị hỏng hoặc "
            "cố ý làm quá tải.",
            f"'{name}': reading needed more than {limits.memory_mb} MB of memory and was stopped; the file may "
            "be corrupt or crafted.",
        )
    raise WorkerError(
        f"«{name}»: lỗi khi đọc tệp ({message[1]}).",
        f"'{name}': error while reading the file ({message[1]}).",
    )


def parse_isolated(path: Path, settings: Settings) -> tuple[Document, list[Chunk]]:
    """``ingest.pipeline.ingest_file`` in a limited child process."""
    from ingest.pipeline import ingest_file

    return run_limited(ingest_file, (Path(path), settings), WorkerLimits.of(settings), Path(path).name)
