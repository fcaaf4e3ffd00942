"""First start of the web app: ingest the bundled plans when the index is empty, reporting progress."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from api.service import Kehoach


@dataclass
class StartupStatus:
    """Progress of the first-start ingestion of the bundled plans, shared by the worker thread and the page."""

    ready: bool = False
    message: str = "Đang khởi động…"
    error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def update(self, message: str, ready: bool = False, error: str = "") -> None:
        with self.lock:
            self.message, self.ready, self.error = message, ready, error


def prepare(service: Kehoach, status: StartupStatus) -> None:
    """Ingest the sample plans if the index is empty, reporting progress on the console and in `status`."""

    def progress(i: int, n: int, name: str) -> None:
        msg = f"Đang nạp kế hoạch mẫu {i + 1}/{n}: {name}" if name else f"Đã nạp {n}/{n} kế hoạch mẫu."
        print(msg, flush=True)
        status.update(msg)

    try:
        status.update("Đang mở chỉ mục…")
        report = service.ensure_samples(progress)
        if report is not None:
            for f in report.failed:
                print(f"Lỗi: {f.path}: {f.message}", flush=True)
        status.update("Đang chuẩn bị bộ tìm kiếm…")
        service.warm_up()
        n = len(service.documents())
        status.update(f"Sẵn sàng: {n} kế hoạch trong chỉ mục.", ready=True)
        print(f"Sẵn sàng: {n} kế hoạch trong chỉ mục.", flush=True)
    except Exception as e:  # shown on the page instead of a dead app
        status.update("Không mở được chỉ mục.", ready=False, error=str(e))
        print(f"Lỗi khởi động: {e}", flush=True)
