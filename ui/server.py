"""The web server: a FastAPI app with the login and logout routes and the guard, the Gradio app mounted on it,
run by uvicorn."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from api.accounts import Accounts, Role
from api.audit import AuditAction, AuditLog
from api.login_throttle import LoginThrottle
from core.errors import KehoachError
from core.settings import Settings
from ui import pages
from ui.guard import GuardPolicy, WebGuard, client_address
from ui.sessions import COOKIE, SessionStore
from ui.upload_quota import UploadQuota

MAX_NAME_CHARS = 128
MAX_PASSWORD_CHARS = 1024


@dataclass
class Access:
    """Who is acting in a request, and what they may do. Shared by the guard, the login routes and the
    Gradio handlers (which see the logged-in name as ``gr.Request.username``)."""

    accounts: Accounts
    sessions: SessionStore
    throttle: LoginThrottle
    client_header: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> "Access":
        return cls(Accounts.from_settings(settings), SessionStore(settings.ui_session_hours),
                   LoginThrottle.from_settings(settings), settings.ui_client_header)

    def user_of(self, request: Request) -> str | None:
        """Gradio's ``auth_dependency``: the name of the session's account, None without a valid session."""
        session = self.sessions.get(request.cookies.get(COOKIE))
        return session.name if session else None

    def role(self, username: str | None) -> Role:
        return self.accounts.role_of(username)

    def actor(self, username: str | None) -> str:
        return username or ""


def check_exposure(settings: Settings, accounts: Accounts) -> None:
    """Refuse to serve a non-local address without login (anyone on the network could delete plans)."""
    if accounts.enabled or settings.ui_allow_anonymous:
        return
    host = settings.ui_host
    try:
        local = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = False
    if not local:
        raise KehoachError(
            f"Không mở giao diện trên địa chỉ {host} khi chưa bật đăng nhập: hãy đặt KEHOACH_UI_USER/"
            "KEHOACH_UI_PASSWORD hoặc KEHOACH_UI_ACCOUNTS_FILE (hoặc KEHOACH_UI_ALLOW_ANONYMOUS=1 nếu chấp nhận rủi ro).",
            f"Refusing to serve {host} without login: set KEHOACH_UI_USER/KEHOACH_UI_PASSWORD or "
            "KEHOACH_UI_ACCOUNTS_FILE (or KEHOACH_UI_ALLOW_ANONYMOUS=1 to accept the risk).",
        )


def _secure(settings: Settings, request: Request) -> bool:
    return settings.ui_secure_cookie or request.url.scheme == "https"


def _add_login_routes(app: FastAPI, settings: Settings, access: Access, audit: AuditLog) -> None:
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> Response:
        if not access.accounts.enabled or access.user_of(request):
            return RedirectResponse("./", status_code=303)
        return HTMLResponse(pages.login_page())

    @app.post("/login")
    async def login(request: Request) -> Response:
        if not access.accounts.enabled:
            return RedirectResponse("./", status_code=303)
        client = client_address(request.scope, access.client_header)
        form = await request.form()
        name = str(form.get("username", ""))[:MAX_NAME_CHARS].strip()
        password = str(form.get("password", ""))[:MAX_PASSWORD_CHARS]
        verdict = access.throttle.check(client)
        if not verdict.allowed:  # too early: refused without even checking the password
            return _throttled(verdict.retry_after, verdict.locked, name)
        account = await run_in_threadpool(access.accounts.authenticate, name, password)
        if account is None:
            verdict = access.throttle.failure(client)
            audit.record(AuditAction.LOGIN_FAILED, name, detail="sai tên hoặc mật khẩu", client=client)
            if verdict.locked:
                audit.record(AuditAction.LOGIN_LOCKED, name, detail=f"khoá {verdict.retry_after / 60:g} phút",
                             client=client)
            return _throttled(verdict.retry_after, verdict.locked, name, wrong=True)
        access.throttle.success(client)
        session = access.sessions.create(account.name, account.role)
        audit.record(AuditAction.LOGIN, account.name, detail=account.role.label, client=client)
        response = RedirectResponse("./", status_code=303)
        response.set_cookie(COOKIE, session.token, max_age=int(access.sessions.seconds), httponly=True,
                            samesite="lax", secure=_secure(settings, request), path="/")
        return response

    @app.get("/logout", response_class=HTMLResponse)
    def logout_form() -> Response:
        return HTMLResponse(pages.logout_page())  # a GET changes nothing (no logout by a link or an image)

    @app.post("/logout")
    def logout(request: Request) -> Response:
        session = access.sessions.end(request.cookies.get(COOKIE))  # this session only
        if session is not None:
            audit.record(AuditAction.LOGOUT, session.name, client=client_address(request.scope, access.client_header))
        response = RedirectResponse("./", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response


def _throttled(wait_s: float, locked: bool, name: str, wrong: bool = False) -> Response:
    seconds = max(1, round(wait_s))
    if locked:
        message = (f"Đã nhập sai quá nhiều lần: máy này bị khoá đăng nhập trong {max(1, round(wait_s / 60))} phút.")
    elif wrong:
        message = f"Sai tên đăng nhập hoặc mật khẩu. Hãy thử lại sau {seconds} giây."
    else:
        message = f"Vui lòng chờ {seconds} giây rồi thử lại (do đã nhập sai trước đó)."
    status = 401 if wrong and not locked else 429
    return HTMLResponse(pages.login_page(message, name), status_code=status, headers={"Retry-After": str(seconds)})


def create_server(blocks: gr.Blocks, settings: Settings, access: Access, audit: AuditLog, web_tmp: Path,
                  **gradio_kwargs) -> FastAPI:
    """FastAPI app: our routes first, then Gradio mounted at "/", everything behind the guard."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    _add_login_routes(app, settings, access, audit)
    data = Path(settings.data_dir)
    app = gr.mount_gradio_app(
        app, blocks, path="/",
        auth_dependency=access.user_of if access.accounts.enabled else None,
        max_file_size=f"{settings.ui_max_upload_mb}mb",
        show_error=False,  # error details (paths, stack traces) go to the server log only
        allowed_paths=[],
        blocked_paths=[str(data / "docs"), str(data / "sources"), str(data / "trash"), str(data / "bm25")],
        footer_links=[], ssr_mode=False, pwa=False, mcp_server=False,
        **gradio_kwargs,
    )
    allowed = {o.strip().lower().rstrip("/") for o in settings.ui_allowed_origins.split(",") if o.strip()}
    quota = UploadQuota(web_tmp.parent / "upload-quota.json", settings.ui_max_upload_mb_per_day * 1024 * 1024)
    policy = GuardPolicy(access.accounts, access.sessions, quota, settings.ui_max_request_mb * 1024 * 1024, allowed,
                         access.client_header)
    app.add_middleware(WebGuard, policy=policy)
    return app
