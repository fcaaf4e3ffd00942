"""Eight concurrent users for a bounded time: throughput, latency p50/p95 and errors; loopback traffic only.

    python bench/bench_concurrency.py [--mode ui|service] [--users 8] [--seconds 60] [--data-dir DIR]

``--mode ui`` (default) starts the Gradio app (``ui.app.launch``) in a child process on 127.0.0.1 and drives
its chat endpoint with one ``gradio_client`` per user; if the app cannot be started or called, it falls back
to ``--mode service``: ``Kehoach.ask`` (default mode) from ``--users`` threads in this process.
Writes bench/results/concurrency.json and a section in bench/results/summary.md.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
for p in (str(REPO), str(REPO / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_ask import gold_questions, machine, peak_rss_mb, summarize_ms, write_json, write_summary_section  # noqa: E402

HOST = "127.0.0.1"
CALL_TIMEOUT_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def run_users(call: Callable[[int, str], None], users: int, seconds: float, questions: list[str]) -> dict[str, Any]:
    """Each user asks questions in turn until the deadline; returns throughput, latency and errors."""
    deadline = time.monotonic() + seconds
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def user(u: int) -> None:
        i = u * 7
        while time.monotonic() < deadline:
            q = questions[i % len(questions)]
            i += 1
            t0 = time.perf_counter()
            try:
                call(u, q)
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    lat.append(ms)
            except Exception as e:  # noqa: BLE001 - every failure is counted and reported
                with lock:
                    errors.append(f"{type(e).__name__}: {str(e)[:200]}")

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(u,), daemon=True) for u in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + CALL_TIMEOUT_S + 30)  # bounded: a stuck call cannot hang the benchmark forever
    wall = time.monotonic() - started
    return {"users": users, "seconds": round(wall, 1), "requests": len(lat), "errors": len(errors),
            "error_samples": sorted(set(errors))[:5], "throughput_rps": round(len(lat) / wall, 2),
            "latency": summarize_ms(lat)}


def service_mode(data_dir: Path, users: int, seconds: float, questions: list[str]) -> dict[str, Any]:
    from api.service import Kehoach
    from core.settings import Settings

    k = Kehoach(Settings(data_dir=data_dir, chroma_url=""))
    k.ensure_samples()
    k.ask(questions[0], mode="default")  # warm-up
    res = run_users(lambda u, q: k.ask(q, mode="default"), users, seconds, questions)
    res["peak_rss_mb"] = peak_rss_mb()
    return res


UI_LOG = Path(tempfile.gettempdir()) / "kehoach-bench" / "ui.log"


def start_ui(data_dir: Path, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env.update({"KEHOACH_DATA_DIR": str(data_dir), "KEHOACH_UI_HOST": HOST, "KEHOACH_UI_PORT": str(port),
                "KEHOACH_LLM_BASE_URL": "", "KEHOACH_LLM_GGUF": "", "GRADIO_ANALYTICS_ENABLED": "False",
                "PYTHONPATH": str(REPO)})
    UI_LOG.parent.mkdir(parents=True, exist_ok=True)
    log = UI_LOG.open("w", encoding="utf-8")
    return subprocess.Popen([sys.executable, "-c", "from ui.app import launch; launch()"], env=env, cwd=REPO,
                            stdout=log, stderr=subprocess.STDOUT, text=True)


def ui_log_tail() -> str:
    return UI_LOG.read_text(encoding="utf-8", errors="replace")[-1500:] if UI_LOG.exists() else ""


def ui_mode(data_dir: Path, users: int, seconds: float, questions: list[str]) -> dict[str, Any]:
    from gradio_client import Client

    port = free_port()
    proc = start_ui(data_dir, port)
    try:
        url = f"http://{HOST}:{port}/"
        deadline = time.monotonic() + 180
        clients: list[Any] = []
        while not clients:
            if proc.poll() is not None:
                raise RuntimeError(f"UI exited: {ui_log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError("UI did not start within 300 s")
            try:
                clients = [Client(url, verbose=False) for _ in range(users)]
            except Exception:  # noqa: BLE001 - not listening yet
                time.sleep(1.0)
        api = "/ask"

        def call(u: int, q: str) -> None:
            job = clients[u].submit(q, [], [], [], [], api_name=api)
            out = job.result(timeout=CALL_TIMEOUT_S)  # a stuck request counts as an error
            history = out[0] if isinstance(out, (list, tuple)) else out
            text = str(history[-1]) if history else ""
            if "đang nạp dữ liệu" in text:
                raise RuntimeError("app not ready")
        # wait until the app has finished loading its plans, then warm up
        while True:
            try:
                call(0, questions[0])
                break
            except Exception as e:  # noqa: BLE001
                if time.monotonic() > deadline:
                    raise RuntimeError(f"UI never answered: {e}; log: {ui_log_tail()}") from e
                time.sleep(2.0)
        res = run_users(call, users, seconds, questions)
        try:
            import psutil

            res["server_rss_mb"] = round(psutil.Process(proc.pid).memory_info().rss / 2**20, 1)
        except Exception:  # noqa: BLE001
            pass
        return res
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=["ui", "service"], default="ui")
    ap.add_argument("--users", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "kehoach-bench" / "sample")
    args = ap.parse_args(argv)
    questions = gold_questions()
    started = machine()
    mode, note = args.mode, ""
    if mode == "ui":
        try:
            res = ui_mode(args.data_dir, args.users, args.seconds, questions)
        except Exception as e:  # noqa: BLE001 - fall back to the service, and say why
            note = f"UI mode failed ({type(e).__name__}: {str(e)[:300]}); fell back to Kehoach.ask from threads"
            print(note, file=sys.stderr)
            mode = "service"
    if mode == "service":
        res = service_mode(args.data_dir, args.users, args.seconds, questions)
    data = {"benchmark": "concurrency", "mode": mode, "note": note, "machine_at_start": started,
            "machine_at_end": machine(), **res}
    write_json("concurrency.json", data)
    lat = res["latency"]
    md = (f"## Concurrency (`bench/bench_concurrency.py`)\n\n"
          f"{res['users']} users for {res['seconds']} s against "
          f"{'the Gradio app on 127.0.0.1 (gradio_client)' if mode == 'ui' else 'Kehoach.ask from threads'}"
          f"{' — ' + note if note else ''}. Load average at start {started['loadavg_1_5_15']} on {started['cpus']} "
          f"cores.\n\n| requests | throughput req/s | p50 ms | p95 ms | max ms | errors |\n|---|---|---|---|---|---|\n"
          f"| {res['requests']} | {res['throughput_rps']} | {lat['p50_ms']} | {lat['p95_ms']} | {lat['max_ms']} | "
          f"{res['errors']} |\n" + (f"\nErrors: {res['error_samples']}\n" if res["errors"] else ""))
    write_summary_section("concurrency", md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
