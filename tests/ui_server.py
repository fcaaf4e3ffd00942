"""Start the web app (`python -m ui.app`) in a subprocess on a free localhost port, for browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class UIServer:
    """A running app: its URL, process and everything it printed (console progress included)."""

    url: str
    proc: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    _reader: threading.Thread | None = None

    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for_line(self, text: str, timeout: float) -> None:
        """Wait until the server printed a line containing `text` (e.g. "Sẵn sàng")."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"UI server exited ({self.proc.returncode}):\n{self.output()}")
            time.sleep(0.5)
        raise TimeoutError(f"UI server did not print {text!r} in {timeout}s:\n{self.output()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_ui_server(data_dir: Path, plans_dir: Path | None = None, extra_env: dict[str, str] | None = None,
                    timeout: float = 120.0) -> UIServer:
    """Run the app against `data_dir` and wait until it answers HTTP on 127.0.0.1 (not until ingestion ends)."""
    port = free_port()
    env = dict(os.environ)
    env.update({
        "KEHOACH_DATA_DIR": str(data_dir),
        "KEHOACH_UI_HOST": "127.0.0.1",
        "KEHOACH_UI_PORT": str(port),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "PYTHONUNBUFFERED": "1",
        "NO_PROXY": "127.0.0.1,localhost",
    })
    if plans_dir is not None:
        env["KEHOACH_PLANS_DIR"] = str(plans_dir)
    env.update(extra_env or {})
    proc = subprocess.Popen([sys.executable, "-m", "ui.app"], cwd=str(REPO), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace")
    server = UIServer(url=f"http://127.0.0.1:{port}", proc=proc)

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            server.lines.append(line.rstrip("\n"))

    server._reader = threading.Thread(target=read, daemon=True)
    server._reader.start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"UI server exited ({proc.returncode}):\n{server.output()}")
        try:
            with _OPENER.open(server.url + "/", timeout=2) as r:
                if r.status == 200:
                    return server
        except urllib.error.HTTPError as e:  # a login redirect still means the server is up
            if e.code in (401, 403):
                return server
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    server.stop()
    raise TimeoutError(f"UI server not reachable in {timeout}s:\n{server.output()}")
