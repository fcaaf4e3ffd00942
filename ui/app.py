"""Gradio web app "Trợ lý kế hoạch": chat with citations, responsibilities table, plan management (thin UI over
the API). ``build_app`` assembles the page (ui.layout), the handlers (ui.handlers) and their wiring (ui.events)."""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no telemetry, no version check

import threading
from pathlib import Path
from typing import Any

import gradio as gr

from api.service import SUPPORTED_SUFFIXES, Kehoach
from core.settings import Settings, load_settings
from ui import events
from ui.handlers import UIHandlers, status_html
from ui.layout import build_layout
from ui.startup import StartupStatus, prepare

CSS_PATH = Path(__file__).with_name("style.css")
UPLOAD_TYPES = list(SUPPORTED_SUFFIXES)


def _theme() -> gr.themes.Base:
    """Default theme with system fonts only (no request to Google Fonts)."""
    return gr.themes.Default(
        font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), gr.themes.Font("Roboto"), "sans-serif"],
        font_mono=[gr.themes.Font("ui-monospace"), gr.themes.Font("Consolas"), "monospace"],
    )


def build_app(service: Kehoach, status: StartupStatus | None = None) -> gr.Blocks:
    """The Blocks app over a Kehoach service. With no status the index is taken as ready."""
    status = status or StartupStatus(ready=True, message="Sẵn sàng.")
    handlers = UIHandlers(service, status, UPLOAD_TYPES)
    with gr.Blocks(title="Trợ lý kế hoạch", analytics_enabled=False, fill_width=True) as app:
        layout = build_layout(status_html(status), status.ready, UPLOAD_TYPES)
        events.connect(layout, handlers, app)
    return app


def launch_kwargs(settings: Settings) -> dict[str, Any]:
    """Arguments of Blocks.launch shared by `launch` and the tests: local only, no share link, no analytics."""
    auth = (settings.ui_user, settings.ui_password) if settings.ui_user and settings.ui_password else None
    return dict(
        server_name=settings.ui_host,
        server_port=settings.ui_port,
        share=False,
        auth=auth,
        auth_message="Đăng nhập để sử dụng Trợ lý kế hoạch." if auth else None,
        max_file_size=f"{settings.ui_max_upload_mb}mb",
        theme=_theme(),
        css_paths=[CSS_PATH],
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        show_error=True,
        allowed_paths=[],
    )


def launch(settings: Settings | None = None, block: bool = True) -> gr.Blocks:
    """Start the web app on settings.ui_host:ui_port; ingest the sample plans first if the index is empty."""
    settings = settings or load_settings()
    service = Kehoach(settings)
    status = StartupStatus()
    worker = threading.Thread(target=prepare, args=(service, status), name="kehoach-prepare", daemon=True)
    app = build_app(service, status)
    app.queue(default_concurrency_limit=2)
    worker.start()
    print(f"Trợ lý kế hoạch: http://{settings.ui_host}:{settings.ui_port}", flush=True)
    app.launch(prevent_thread_lock=not block, **launch_kwargs(settings))
    return app


if __name__ == "__main__":
    launch()
