"""Gradio web app "Trợ lý kế hoạch": chat with citations, responsibilities table, plan management (thin UI over
the API). ``build_app`` assembles the page (ui.layout), the handlers (ui.handlers) and their wiring (ui.events);
``launch`` serves it behind the login and the guards of ui.server."""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no telemetry, no version check

import json
import threading
from pathlib import Path
from typing import Any

import gradio as gr

from api.service import SUPPORTED_SUFFIXES, Kehoach
from core.settings import Settings, load_settings
from ui import events
from ui.handlers import UIHandlers, status_html
from ui.layout import build_layout
from ui.server import Access, check_exposure, create_server
from ui.startup import StartupStatus, prepare
from ui.temp_files import WEB_TMP_DIR, TempSweeper, private_dir, sweep

UI_DIR = Path(__file__).parent
CSS_PATH = UI_DIR / "style.css"
PAGE_JS = UI_DIR / "assets" / "page.js"
GRADIO_VI = UI_DIR / "assets" / "gradio-vi.json"
UPLOAD_TYPES = list(SUPPORTED_SUFFIXES)


def _theme() -> gr.themes.Base:
    """Default theme with system fonts only (no request to Google Fonts)."""
    return gr.themes.Default(
        font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), gr.themes.Font("Roboto"), "sans-serif"],
        font_mono=[gr.themes.Font("ui-monospace"), gr.themes.Font("Consolas"), "monospace"],
    )


def web_temp_dir(settings: Settings) -> Path:
    """Gradio's temp dir inside the data dir, owner-only; must be set before any Blocks is created."""
    path = private_dir(Path(settings.data_dir) / WEB_TMP_DIR)
    os.environ["GRADIO_TEMP_DIR"] = str(path)
    return path


def _core_module() -> str:
    """Relative URL of Gradio's core frontend module (fallback for ui/assets/page.js)."""
    found = sorted((Path(gr.__file__).parent / "templates" / "frontend" / "assets").glob("core-*.js"))
    return f"assets/{found[0].name}" if found else ""


def page_js(settings: Settings) -> str:
    config = {"types": UPLOAD_TYPES, "maxFileMb": settings.ui_max_upload_mb, "maxRequestMb": settings.ui_max_request_mb,
              "coreModule": _core_module()}
    return f"() => {{ ({PAGE_JS.read_text(encoding='utf-8')})({json.dumps(config)}); }}"


def build_app(service: Kehoach, status: StartupStatus | None = None, access: Access | None = None,
              web_tmp: Path | None = None) -> gr.Blocks:
    """The Blocks app over a Kehoach service. With no status the index is taken as ready."""
    settings = service.settings
    status = status or StartupStatus(ready=True, message="Sẵn sàng.")
    access = access or Access.from_settings(settings)
    handlers = UIHandlers(service, status, UPLOAD_TYPES, access, web_tmp)
    max_age = int(settings.ui_temp_max_age_minutes * 60)
    with gr.Blocks(title="Trợ lý kế hoạch", analytics_enabled=False, fill_width=True,
                   delete_cache=(int(settings.ui_temp_sweep_seconds), max_age)) as app:
        layout = build_layout(status_html(status), status.ready, UPLOAD_TYPES, settings.ui_max_upload_mb)
        events.connect(layout, handlers, app)
    return app


def gradio_kwargs(settings: Settings) -> dict[str, Any]:
    """Look and language of the page (passed to ``gr.mount_gradio_app``)."""
    return dict(theme=_theme(), css_paths=[CSS_PATH], js=page_js(settings),
                i18n=gr.I18n(vi=json.loads(GRADIO_VI.read_text(encoding="utf-8"))))


def launch(settings: Settings | None = None, block: bool = True):
    """Start the web app on settings.ui_host:ui_port; ingest the sample plans first if the index is empty."""
    import uvicorn

    settings = settings or load_settings()
    access = Access.from_settings(settings)
    check_exposure(settings, access.accounts)
    web_tmp = web_temp_dir(settings)
    sweep(web_tmp, 0)  # nothing from a previous run is still in use
    service = Kehoach(settings)
    status = StartupStatus()
    blocks = build_app(service, status, access, web_tmp)
    blocks.queue(default_concurrency_limit=2)
    server_app = create_server(blocks, settings, access, service.audit, web_tmp, **gradio_kwargs(settings))
    TempSweeper(web_tmp, settings.ui_temp_max_age_minutes * 60, settings.ui_temp_sweep_seconds).start()
    threading.Thread(target=prepare, args=(service, status), name="kehoach-prepare", daemon=True).start()
    login = "bật" if access.accounts.enabled else "tắt"
    print(f"Trợ lý kế hoạch: http://{settings.ui_host}:{settings.ui_port} (đăng nhập: {login})", flush=True)
    server = uvicorn.Server(uvicorn.Config(server_app, host=settings.ui_host, port=settings.ui_port,
                                           log_level="warning", proxy_headers=False, server_header=False))
    if block:
        server.run()
    else:
        threading.Thread(target=server.run, name="kehoach-web", daemon=True).start()
    return server


if __name__ == "__main__":
    from core.errors import KehoachError

    try:
        launch()
    except KehoachError as e:
        raise SystemExit(f"Lỗi: {e.vi}\nError: {e.en}")
