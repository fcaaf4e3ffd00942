"""Parse untrusted plan files in a child process with a memory limit and a timeout.

A bad file (a zip bomb that slips past the caps, a PDF that makes the parser spin, a parser bug) then fails
alone with a clear message, and the memory it took goes back to the system when the child exits.

The child is a fresh interpreter (``python -m ingest.worker``), never a fork of the multi-threaded server, and
it re-imports nothing of the server. It limits its own address space (RLIMIT_AS) before reading anything. Both
ways the data is JSON (the request on stdin, the parsed plan on stdout), never pickle: a child that a crafted
file took over still cannot run code in the server.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import resource
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from core.errors import KehoachError, ReadError
from core.models import Chunk, Document
from core.settings import Settings

_KILL_GRACE_S = 5.0
_NEAR_LIMIT = 0.9  # a failure after using this share of the limit is reported as "out of memory"
_PROGRESS = "\x1ekehoach-progress "  # a line the child writes on stderr: progress, not a log message


@dataclass(frozen=True)
class WorkerLimits:
    """What one child may use: address space (MB) and wall-clock time (s)."""

    memory_mb: int
    timeout_s: float

    @classmethod
    def of(cls, settings: Settings, path: Path | None = None) -> "WorkerLimits":
        """The limits for one file: a scanned PDF also gets the OCR time its own limits allow (pages × time per
        page, over the pages read at once)."""
        seconds = settings.ingest_worker_timeout_s
        if settings.ocr_enabled and path is not None and Path(path).suffix.lower() == ".pdf":
            seconds += settings.ocr_max_pages * settings.ocr_page_timeout / max(1, settings.ocr_workers)
        return cls(settings.ingest_worker_memory_mb, seconds)


class WorkerError(ReadError):
    """The child ran out of memory or time, or died: the file is refused, nothing else is affected."""


# -- the parent side ------------------------------------------------------------------------------------------
def run_limited(target: str, args: list[Any], limits: WorkerLimits, file_name: str,
                on_progress: Callable[..., None] | None = None) -> Any:
    """Call ``target`` ("module:function", JSON arguments and result) in a limited child process: its result,
    its KehoachError re-raised, or a WorkerError (out of memory, out of time, died). Progress the child reports
    (``report_progress``) reaches ``on_progress`` on the calling thread."""
    request = json.dumps({"target": target, "args": args, "memory_mb": limits.memory_mb}).encode("utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRADIO_", "KEHOACH_UI_"))}
    child = subprocess.Popen([sys.executable, "-m", "ingest.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, cwd=str(Path(__file__).resolve().parent.parent))
    out: list[bytes] = []
    log: list[str] = []
    progress: queue.Queue = queue.Queue()

    def read_stdout() -> None:
        out.append(child.stdout.read())

    def read_stderr() -> None:
        for raw in child.stderr:
            line = raw.decode("utf-8", "replace")
            if line.startswith(_PROGRESS):
                try:
                    progress.put(json.loads(line[len(_PROGRESS):]))
                except ValueError:
                    pass
            else:
                log.append(line)
                del log[:-200]

    readers = [threading.Thread(target=read_stdout, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for t in readers:
        t.start()
    try:
        child.stdin.write(request)
        child.stdin.close()
    except BrokenPipeError:
        pass
    deadline = time.monotonic() + limits.timeout_s
    timed_out = False
    while child.poll() is None:
        if time.monotonic() > deadline:
            child.kill()
            timed_out = True
            break
        _deliver(progress, on_progress)
        time.sleep(0.05)
    child.wait(timeout=_KILL_GRACE_S)
    for t in readers:
        t.join(_KILL_GRACE_S)
    _deliver(progress, on_progress)
    if timed_out:
        return _outcome({"timeout": True}, limits, file_name)
    try:
        reply = json.loads(out[0].decode("utf-8")) if out and out[0] else {"died": child.returncode}
    except ValueError:
        reply = {"died": child.returncode}
    if "died" in reply and log:
        print(f"ingest worker ({file_name}): {''.join(log)[-2000:]}", file=sys.stderr)
    return _outcome(reply, limits, file_name)


def _deliver(progress: queue.Queue, on_progress: Callable[..., None] | None) -> None:
    while True:
        try:
            args = progress.get_nowait()
        except queue.Empty:
            return
        if on_progress is not None:
            on_progress(*args)


def report_progress(*args: Any) -> None:
    """Called in the child: hand progress (JSON values) to the parent's ``on_progress``."""
    os.write(2, (_PROGRESS + json.dumps(list(args)) + "\n").encode("utf-8"))


def _outcome(reply: dict[str, Any], limits: WorkerLimits, name: str) -> Any:
    if "ok" in reply:
        return reply["ok"]
    if "error" in reply:
        vi, en = reply["error"]
        raise KehoachError(vi, en)
    if "timeout" in reply:
        raise WorkerError(
            f"«{name}»: đọc tệp quá {limits.timeout_s:g} giây nên đã dừng; tệp có thể bị hỏng hoặc quá phức tạp.",
            f"'{name}': reading took longer than {limits.timeout_s:g} s and was stopped; the file may be "
            "corrupt or too complex.",
        )
    if "memory" in reply:
        raise WorkerError(
            f"«{name}»: đọc tệp cần quá {limits.memory_mb} MB bộ nhớ nên đã dừng; tệp có thể bị hỏng hoặc "
            "cố ý làm quá tải.",
            f"'{name}': reading needed more than {limits.memory_mb} MB of memory and was stopped; the file may "
            "be corrupt or crafted.",
        )
    if "crash" in reply:
        raise WorkerError(f"«{name}»: lỗi khi đọc tệp ({reply['crash']}).",
                          f"'{name}': error while reading the file ({reply['crash']}).")
    raise WorkerError(
        f"«{name}»: tiến trình đọc tệp dừng bất thường (hết bộ nhớ {limits.memory_mb} MB hoặc lỗi thư viện); "
        "tệp có thể bị hỏng hoặc cố ý làm quá tải.",
        f"'{name}': the process reading the file stopped abnormally (out of its {limits.memory_mb} MB or a "
        "library fault); the file may be corrupt or crafted.",
    )


def parse_isolated(path: Path, settings: Settings,
                   on_page: Callable[[int, int], None] | None = None) -> tuple[Document, list[Chunk]]:
    """``ingest.pipeline.ingest_file`` in a limited child process (``on_page(done, total)``: OCR progress)."""
    path = Path(path).resolve()
    wanted = {k: v for k, v in settings.model_dump(mode="json").items()
              if not k.startswith(("ui_", "llm_"))}  # no passwords or keys for the child
    data = run_limited("ingest.worker:parse_to_json", [str(path), wanted], WorkerLimits.of(settings, path),
                       path.name, on_page)
    return Document.from_dict(data["document"]), [Chunk(**c) for c in data["chunks"]]


def parse_to_json(path: str, settings: dict[str, Any]) -> dict[str, Any]:
    """Runs in the child: read, parse and chunk one file; the plan as JSON-ready data."""
    from ingest.pipeline import ingest_file

    doc, chunks = ingest_file(Path(path), Settings(**settings), report_progress)
    return {"document": doc.to_dict(), "chunks": [asdict(c) for c in chunks]}


# -- the child side -------------------------------------------------------------------------------------------
def _peak_virtual_bytes() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child_main() -> int:
    result_fd = os.dup(1)
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into the reply
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    limit = int(request["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    near_limit = lambda: _peak_virtual_bytes() >= _NEAR_LIMIT * limit  # noqa: E731
    try:
        module, _, name = request["target"].partition(":")
        reply: dict[str, Any] = {"ok": getattr(importlib.import_module(module), name)(*request["args"])}
    except KehoachError as e:
        # libraries that run out of memory often say something else (lxml: "XMLSyntaxError: unknown error")
        reply = {"memory": True} if near_limit() else {"error": [e.vi, e.en]}
    except MemoryError:
        reply = {"memory": True}
    except Exception as e:  # a parser bug: reported by type, the details stay in this process's stderr
        reply = {"memory": True} if near_limit() else {"crash": type(e).__name__}
    try:
        data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
    except MemoryError:
        data = b'{"memory": true}'
    with os.fdopen(result_fd, "wb") as out:
        out.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
