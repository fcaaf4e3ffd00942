"""The web app as a shared office server, probed over HTTP as an attacker would: login and its back-off, logout
per session, roles, foreign origins, upload caps, private temp files, exports cleaned up, no paths in messages."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from api.accounts import Account, Accounts, Role, hash_password, verify_password, write_accounts_file
from api.login_throttle import LoginThrottle
from core.errors import redact_paths
from core.settings import Settings
from tests.ui_server import UIServer, start_ui_server

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only

ADMIN, ADMIN_PW = "truongphong", "mat-khau-quan-tri"
READER, READER_PW = "chuyenvien", "mat-khau-doc-1"
# an absolute path as it could leak into a message: "/tmp/...", "/work/...", "/home/..."
PATH_RE = re.compile(r"(?:^|[\s'\"(«:=])/(?:[\w.@-]+/)+[\w.@-]*")


# -- pure pieces --------------------------------------------------------------------------------------------
def test_passwords_are_salted_scrypt_hashes():
    one, two = hash_password("mat-khau-1"), hash_password("mat-khau-1")
    assert one.startswith("scrypt$16384$8$1$") and one != two  # salted
    assert verify_password("mat-khau-1", one) and not verify_password("mat-khau-2", one)
    assert not verify_password("mat-khau-1", "plain-text") and not verify_password("x", "scrypt$broken")
    accounts = Accounts([Account(ADMIN, Role.ADMIN, one)])
    assert accounts.authenticate(ADMIN, "mat-khau-1").role is Role.ADMIN
    assert accounts.authenticate("khong-co", "mat-khau-1") is None


def test_twenty_wrong_passwords_need_thirty_seconds_or_a_lock_with_default_settings():
    """Simulated clock, default settings: an attacker who waits exactly as told."""
    now = [0.0]
    throttle = LoginThrottle.from_settings(Settings())
    throttle._clock = lambda: now[0]
    checked, waited, locked = 0, 0.0, False
    while checked < 20:
        verdict = throttle.check("10.0.0.9")
        if not verdict.allowed:
            if verdict.locked:
                locked = True
                break
            now[0] += verdict.retry_after
            waited += verdict.retry_after
            continue
        checked += 1
        throttle.failure("10.0.0.9")
    assert locked and checked == Settings().ui_login_lock_after
    assert waited >= 30  # 1 + 2 + 4 + 8 + 16 s before the sixth guess alone
    assert throttle.check("10.0.0.10").allowed  # another client is not affected


def test_an_attacker_who_does_not_wait_gets_one_guess_checked():
    throttle = LoginThrottle.from_settings(Settings())
    verdicts = []
    for _ in range(20):
        verdict = throttle.check("10.0.0.9")
        if verdict.allowed:
            throttle.failure("10.0.0.9")
        verdicts.append(verdict.allowed)
    assert verdicts.count(True) == 1


def test_redact_paths_keeps_file_names_only():
    assert redact_paths("Không mở được /srv/kehoach/data/docs/a.json") == "Không mở được a.json"
    assert redact_paths("[Errno 13] Permission denied: '/tmp/gradio/ab12/ke-hoach.docx'").endswith("'ke-hoach.docx'")
    assert redact_paths("ngày 12/3/2026, mục III.1/2, http://127.0.0.1:7860/a/b") == \
        "ngày 12/3/2026, mục III.1/2, http://127.0.0.1:7860/a/b"


# -- a real server ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory) -> UIServer:
    root = tmp_path_factory.mktemp("web")
    accounts = root / "accounts.txt"
    write_accounts_file(accounts, [Account(ADMIN, Role.ADMIN, hash_password(ADMIN_PW)),
                                   Account(READER, Role.READER, hash_password(READER_PW))])
    plans = root / "plans"
    plans.mkdir()
    srv = start_ui_server(root / "data", plans_dir=plans, extra_env={
        "KEHOACH_UI_ACCOUNTS_FILE": str(accounts),
        "KEHOACH_UI_CLIENT_HEADER": "X-Forwarded-For",  # lets the test act as several clients
        "KEHOACH_UI_LOGIN_LOCK_AFTER": "6",
        "KEHOACH_UI_MAX_UPLOAD_MB": "1",
        "KEHOACH_UI_MAX_REQUEST_MB": "2",
        "KEHOACH_UI_MAX_UPLOAD_MB_PER_DAY": "3",
    })
    srv.data_dir = root / "data"
    try:
        srv.wait_for_line("Sẵn sàng", timeout=600)
        yield srv
    finally:
        srv.stop()


def alert(page: str) -> str:
    """The message shown above the login form (empty when none)."""
    m = re.search(r'id="kh-login-error">([^<]*)<', page)
    return m.group(1) if m else ""


def client(server: UIServer, ip: str = "127.0.0.1") -> httpx.Client:
    return httpx.Client(base_url=server.url, trust_env=False, follow_redirects=False, timeout=60,
                        headers={"X-Forwarded-For": ip})


def login(server: UIServer, name: str, password: str, ip: str) -> httpx.Client:
    c = client(server, ip)
    r = c.post("/login", data={"username": name, "password": password})
    assert r.status_code == 303, (r.status_code, r.text[:300])
    assert "kehoach_session" in c.cookies
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    return c


def same_origin(server: UIServer) -> dict[str, str]:
    return {"Origin": server.url}


@pytest.mark.server
def test_nothing_is_reachable_without_login_and_the_login_page_is_vietnamese(server):
    c = client(server, "10.1.0.1")
    page = c.get("/")
    assert page.status_code == 200 and '<html lang="vi">' in page.text
    assert "Tên đăng nhập" in page.text and "Mật khẩu" in page.text and "Đăng nhập" in page.text
    assert "Login" not in page.text and "<script" not in page.text
    for path in ("/config", "/gradio_api/info", "/gradio_api/file=/etc/hostname"):
        assert c.get(path).status_code in (401, 403), path
    r = c.post("/gradio_api/upload", files=[("files", ("a.txt", b"x", "text/plain"))])
    assert r.status_code == 401


@pytest.mark.server
def test_password_guessing_backs_off_then_locks_the_client(server):
    """Waiting exactly as told: the sixth wrong password comes only after 1+2+4+8+16 = 31 s, and locks."""
    c = client(server, "10.2.0.1")
    started = time.monotonic()
    statuses = []
    while True:
        r = c.post("/login", data={"username": ADMIN, "password": f"sai-{len(statuses)}"})
        statuses.append(r.status_code)
        message = alert(r.text)
        assert "Sai tên đăng nhập hoặc mật khẩu" in message or "bị khoá" in message, message
        if "bị khoá" in message:
            break
        assert len(statuses) < 20
        time.sleep(float(r.headers["retry-after"]))
    elapsed = time.monotonic() - started
    assert statuses == [401] * 5 + [429] and elapsed >= 30, (statuses, elapsed)
    # locked: even the right password is refused, without being checked
    r = c.post("/login", data={"username": ADMIN, "password": ADMIN_PW})
    assert r.status_code == 429 and "bị khoá" in alert(r.text) and int(r.headers["retry-after"]) > 60
    # twenty quick guesses from a fresh client: one is checked, the others are refused at once
    quick = client(server, "10.2.0.2")
    codes = [quick.post("/login", data={"username": ADMIN, "password": "sai"}).status_code for _ in range(20)]
    assert codes.count(401) == 1 and codes.count(429) == 19
    # other clients are not locked out
    login(server, ADMIN, ADMIN_PW, "10.2.0.3")


@pytest.mark.server
def test_logout_ends_only_this_session_and_only_by_post(server):
    a = login(server, ADMIN, ADMIN_PW, "10.3.0.1")
    b = login(server, ADMIN, ADMIN_PW, "10.3.0.2")
    assert a.get("/config").status_code == 200 and b.get("/config").status_code == 200
    page = a.get("/logout")  # a link or an <img src=.../logout> changes nothing
    assert page.status_code == 200 and 'method="post"' in page.text
    assert a.get("/config").status_code == 200
    assert a.post("/logout", headers={"Origin": "http://evil.example"}).status_code == 403
    assert a.get("/config").status_code == 200
    assert a.post("/logout", headers=same_origin(server)).status_code == 303
    assert a.get("/config").status_code == 401
    assert b.get("/config").status_code == 200  # the other session of the same account stays


@pytest.mark.server
def test_foreign_origin_is_refused_on_upload_login_and_events(server):
    c = login(server, ADMIN, ADMIN_PW, "10.4.0.1")
    web_tmp = server.data_dir / "web-tmp"
    before = {p for p in web_tmp.rglob("*") if p.is_file()}
    evil = {"Origin": "http://evil.example"}
    files = [("files", ("ke-hoach.txt", "Kế hoạch".encode(), "text/plain"))]
    assert c.post("/gradio_api/upload", files=files, headers=evil).status_code == 403
    assert c.post("/gradio_api/upload", files=files, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert c.post("/gradio_api/upload", files=files, headers={"Origin": "null"}).status_code == 403
    assert c.post("/gradio_api/upload", files=files, headers={"Referer": "http://evil.example/page"}).status_code == 403
    assert {p for p in web_tmp.rglob("*") if p.is_file()} == before  # nothing was stored
    assert c.post("/gradio_api/queue/join", json={}, headers=evil).status_code == 403
    assert client(server, "10.4.0.2").post("/login", data={"username": ADMIN, "password": ADMIN_PW},
                                           headers=evil).status_code == 403
    ok = c.post("/gradio_api/upload", files=files, headers=same_origin(server))
    assert ok.status_code == 200, ok.text
    [stored] = ok.json()
    assert Path(stored).resolve().is_relative_to(web_tmp.resolve())  # Gradio's temp dir is in the data dir


@pytest.mark.server
def test_upload_needs_the_admin_role_and_fits_the_caps(server):
    reader = login(server, READER, READER_PW, "10.5.0.1")
    small = [("files", ("a.txt", b"x" * 1000, "text/plain"))]
    r = reader.post("/gradio_api/upload", files=small, headers=same_origin(server))
    assert r.status_code == 403 and "chỉ được hỏi đáp" in r.text
    admin = login(server, ADMIN, ADMIN_PW, "10.5.0.2")
    mb = 1024 * 1024
    too_big = [("files", ("b.pdf", b"x" * (mb + 10), "application/pdf"))]
    assert admin.post("/gradio_api/upload", files=too_big, headers=same_origin(server)).status_code == 413
    three = [("files", (f"c{i}.txt", b"x" * (mb - 4096), "text/plain")) for i in range(3)]  # each fits, together not
    r = admin.post("/gradio_api/upload", files=three, headers=same_origin(server))
    assert r.status_code == 413 and "2 MB" in r.text
    two = three[:2]
    assert admin.post("/gradio_api/upload", files=two, headers=same_origin(server)).status_code == 200
    r = admin.post("/gradio_api/upload", files=two, headers=same_origin(server))  # ~4 MB today > 3 MB
    assert r.status_code == 429 and "trong ngày" in r.text
    for resp in (r,):
        assert not PATH_RE.search(resp.text), resp.text


@pytest.mark.server
def test_web_temp_dir_is_private_and_inside_the_data_dir(server):
    web_tmp = server.data_dir / "web-tmp"
    assert web_tmp.is_dir() and (web_tmp.stat().st_mode & 0o777) == 0o700
    assert not any(Path("/tmp/gradio").glob("**/c0.txt")) if Path("/tmp/gradio").exists() else True


# -- exports and the temp sweeper (the handlers, without a browser) ----------------------------------------
def test_exports_keep_only_the_latest_per_session_and_everything_is_swept(tmp_path):
    from api.service import Kehoach
    from ui.handlers import UIHandlers
    from ui.server import Access
    from ui.startup import StartupStatus
    from ui.temp_files import TempSweeper, sweep

    settings = Settings(data_dir=tmp_path / "data")
    service = Kehoach(settings)
    service.responsibilities = lambda: [{"plan": "Hà Tĩnh", "section": "II.1", "task": "Tuyên truyền",
                                         "lead": "Công an tỉnh", "partners": "", "implementers": "", "deadline": ""}]
    web_tmp = tmp_path / "data" / "web-tmp"
    handlers = UIHandlers(service, StartupStatus(ready=True), [".txt"], Access.from_settings(settings), web_tmp)
    for i in range(20):  # twenty table searches in one session
        handlers.resp_view("Công an", str(i), SimpleNamespace(session_hash="phien-1"))
    handlers.resp_view("", "", SimpleNamespace(session_hash="phien-2"))
    exports = web_tmp / "exports"
    assert len(list((exports / "phien-1").iterdir())) <= 2 and len(list((exports / "phien-2").iterdir())) == 1
    files = [p for p in exports.rglob("*") if p.is_file()]
    assert len(files) <= 6  # CSV + XLSX of at most 2 + 1 exports, not 21
    assert sweep(web_tmp, max_age_s=3600) == 0  # nothing is an hour old yet
    sweeper = TempSweeper(web_tmp, max_age_s=0.5, every_s=0.2).start()
    try:
        deadline = time.monotonic() + 10
        while _files_left(web_tmp) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        sweeper.stop()
    assert not _files_left(web_tmp)


def _files_left(root) -> bool:
    """Is any file left under ``root``? The sweeper may remove a folder while it is walked: then look again."""
    try:
        return any(p.is_file() for p in root.rglob("*"))
    except FileNotFoundError:
        return True


def test_gradio_cache_is_cleaned_on_schedule(tmp_path):
    from api.service import Kehoach
    from ui.app import build_app, web_temp_dir

    settings = Settings(data_dir=tmp_path / "data", ui_temp_max_age_minutes=60, ui_temp_sweep_seconds=300)
    web_tmp = web_temp_dir(settings)
    try:
        blocks = build_app(Kehoach(settings), web_tmp=web_tmp)
        assert blocks.delete_cache == (300, 3600)
        assert Path(blocks.GRADIO_CACHE).resolve() == web_tmp.resolve()
    finally:
        os.environ.pop("GRADIO_TEMP_DIR", None)


# -- no server paths in what users read ----------------------------------------------------------------------
def test_no_user_facing_message_contains_a_filesystem_path(tmp_path, monkeypatch):
    from api.service import Kehoach
    from tests import zip_bombs
    from tests.fixtures_build import build_image_only_pdf

    data = tmp_path / "data"
    k = Kehoach(Settings(data_dir=data, chroma_url=""))
    k.__dict__["embedder"] = SimpleNamespace(model_id="x", dim=4)
    bad = tmp_path / "uploads"
    bad.mkdir()
    (bad / "rong.txt").write_text("")
    (bad / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (bad / "cu.docx").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    (bad / "nhi-phan.txt").write_bytes(os.urandom(4000))
    zip_bombs.lying_sizes(bad / "bom.docx", expands_to=64 << 20)
    build_image_only_pdf(bad / "scan.pdf")
    files = sorted(bad.iterdir()) + [bad / "khong-co.txt"]
    report = k.ingest(files, isolated=True)
    messages = [f.message for f in report.files]
    # a bug deep inside a reader, with a path in its text, is reported by name only
    import ingest.pipeline

    def broken(path, settings, *rest):
        raise OSError(13, "Permission denied", str(data / "docs" / "bi-mat.json"))

    monkeypatch.setattr(ingest.pipeline, "ingest_file", broken)
    (bad / "loi.txt").write_text("Kế hoạch")
    messages += [f.message for f in k.ingest([bad / "loi.txt"], isolated=False).files]
    assert len(messages) == len(files) + 1 and all(messages), messages
    for m in messages:
        assert not PATH_RE.search(m) and str(tmp_path) not in m, m
    assert any("bi-mat.json" in m for m in messages)
