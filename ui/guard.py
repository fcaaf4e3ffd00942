"""ASGI middleware in front of the Gradio app: refuses cross-site writes, serves the login page to visitors
without a session, and checks uploads (role, total size per request, size per day) before Gradio reads them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from api.accounts import Accounts
from ui import pages
from ui.sessions import COOKIE, Session, SessionStore
from ui.upload_quota import UploadQuota

log = logging.getLogger("kehoach.web")

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
UPLOAD_PATH_SUFFIX = "/gradio_api/upload"
PAGE_PATHS = {"", "/"}


@dataclass
class GuardPolicy:
    accounts: Accounts
    sessions: SessionStore
    quota: UploadQuota
    max_request_bytes: int
    allowed_origins: set[str] = field(default_factory=set)  # extra "scheme://host[:port]" allowed to post
    client_header: str = ""  # e.g. "x-forwarded-for" behind a reverse proxy that sets it


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def client_address(scope, client_header: str = "") -> str:
    """The client as the server sees it (or as a trusted proxy reports it)."""
    if client_header:
        value = _headers(scope).get(client_header.lower(), "")
        if value:
            return value.split(",")[-1].strip()[:64]
    client = scope.get("client")
    return client[0] if client else ""


def session_of(scope, sessions: SessionStore) -> Session | None:
    cookie = SimpleCookie()
    try:
        cookie.load(_headers(scope).get("cookie", ""))
    except Exception:
        return None
    morsel = cookie.get(COOKIE)
    return sessions.get(morsel.value) if morsel else None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def same_origin(headers: dict[str, str], allowed: set[str]) -> bool:
    """Does a state-changing request come from this site? Decided by ``Origin`` (or ``Referer``) against
    ``Host``; browsers always send one of them on cross-site posts, scripts and curl need neither."""
    if headers.get("sec-fetch-site") == "cross-site":
        source = headers.get("origin", "")
        return bool(source) and source.lower() in allowed
    source = headers.get("origin") or ""
    if not source or source == "null":
        referer = headers.get("referer", "")
        if not referer:
            return source != "null"  # no browser context at all (API clients): nothing to forge
        source = _origin(referer)
    source = source.lower()
    if source in allowed:
        return True
    host = headers.get("host", "").lower()
    return bool(host) and urlsplit(source).netloc == host


async def _respond(send, status: int, body: str, content_type: str = "text/plain; charset=utf-8",
                   extra: list[tuple[bytes, bytes]] | None = None) -> None:
    data = body.encode("utf-8")
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(data)).encode()),
               (b"cache-control", b"no-store")] + (extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


class WebGuard:
    """Pure ASGI middleware (so request bodies stream through untouched)."""

    def __init__(self, app, policy: GuardPolicy):
        self.app = app
        self.policy = policy

    async def __call__(self, scope, receive, send) -> None:
        kind = scope.get("type")
        if kind == "websocket":
            if not same_origin(_headers(scope), self.policy.allowed_origins):
                await send({"type": "websocket.close", "code": 1008})
                return
        if kind != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope.get("path", "")
        headers = _headers(scope)
        if method not in SAFE_METHODS and not same_origin(headers, self.policy.allowed_origins):
            log.warning("refused %s %s from origin %r", method, path, headers.get("origin") or headers.get("referer"))
            await _respond(send, 403, "Yêu cầu bị từ chối: gửi từ một trang web khác. / "
                                      "Refused: the request came from another site.")
            return
        accounts = self.policy.accounts
        session = session_of(scope, self.policy.sessions) if accounts.enabled else None
        if accounts.enabled and session is None and method in ("GET", "HEAD") and path in PAGE_PATHS:
            await _respond(send, 200, pages.login_page(), "text/html; charset=utf-8")
            return
        if method == "POST" and path.endswith(UPLOAD_PATH_SUFFIX):
            refusal = self._check_upload(scope, headers, session)
            if refusal is not None:
                status, message = refusal
                await _respond(send, status, message)
                return
        await self.app(scope, receive, send)

    def _check_upload(self, scope, headers: dict[str, str], session: Session | None) -> tuple[int, str] | None:
        """(status, Vietnamese message) when an upload must not even be read; None to let it through."""
        p = self.policy
        if p.accounts.enabled:
            if session is None:
                return 401, "Cần đăng nhập để tải tệp lên. / Log in to upload files."
            if not session.role.may_manage_plans:
                return 403, "Tài khoản này chỉ được hỏi đáp, không được tải tệp lên. / This account may not upload."
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            return 411, "Thiếu độ dài yêu cầu (Content-Length). / Content-Length required."
        if length > p.max_request_bytes:
            return 413, (f"Tổng dung lượng các tệp gửi một lần vượt giới hạn {_megabytes(p.max_request_bytes)}; "
                         f"hãy gửi ít tệp hơn mỗi lần. / The files of one upload exceed "
                         f"{_megabytes(p.max_request_bytes)} together.")
        who = session.name if session else f"client:{client_address(scope, p.client_header)}"
        if not p.quota.try_use(who, length):
            return 429, (f"Đã dùng hết hạn mức tải lên trong ngày ({_megabytes(p.quota.limit)}); hãy thử lại "
                         f"vào ngày mai. / Daily upload quota ({_megabytes(p.quota.limit)}) used up.")
        return None

