"""Repeat the probes of issue 16 against a real server with login enabled and print the figures.

    .venv/bin/python scripts/probe_web.py          # ~2 minutes; prints a report, writes test-output/probe-web.txt

Starts the app on a free localhost port over a fresh data dir (the five sample plans), with two accounts (admin,
reader), then: crafted .docx uploads through the browser while sampling the server's RSS; deletes without the
server-side confirmation through Gradio's API; password guessing; temp and export files; a foreign Origin;
logout; paths in messages.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from api.accounts import Account, Role, hash_password, write_accounts_file  # noqa: E402
from core.settings import BUNDLED_PLANS  # noqa: E402
from tests import zip_bombs  # noqa: E402
from tests.ui_server import start_ui_server  # noqa: E402

ADMIN, ADMIN_PW = "truongphong", "mat-khau-quan-tri"
OUT = REPO / "test-output" / "probe-web.txt"
lines: list[str] = []


def say(text: str) -> None:
    print(text, flush=True)
    lines.append(text)


def first(reply) -> str:
    """The first output of a Gradio API reply (a tuple when the event has several outputs)."""
    return str(reply[0] if isinstance(reply, (tuple, list)) else reply)


def rss_mb(pid: int) -> float:
    return int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text()).group(1)) / 1024


def login(url: str, ip: str) -> httpx.Client:
    c = httpx.Client(base_url=url, trust_env=False, timeout=120, headers={"X-Forwarded-For": ip})
    r = c.post("/login", data={"username": ADMIN, "password": ADMIN_PW})
    assert r.status_code == 303, r.text[:200]
    return c


GOOD_HTM = """<html><head><meta charset="utf-8"></head><body><p>ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI</p>
<p>Số: 12/KH-UBND</p><h2>KẾ HOẠCH</h2><h3>Phòng, chống thiên tai năm 2026</h3><h4>I. NHIỆM VỤ</h4>
<p>1. Kiểm tra hệ thống đê điều trước mùa mưa bão.</p><p>- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.</p>
<h4>II. TỔ CHỨC THỰC HIỆN</h4><p>Các đơn vị triển khai.</p></body></html>"""


def probe_memory(url: str, pid: int, folder: Path, data: Path) -> str:
    from playwright.sync_api import sync_playwright

    files = [zip_bombs.lying_sizes(folder / "noi-doi-1gb.docx"),
             zip_bombs.lying_sizes(folder / "noi-doi-2-6gb.docx", expands_to=2600 << 20),
             zip_bombs.honest_xml_bomb(folder / "trung-thuc-61mb.docx"),
             zip_bombs.honest_zero_bomb(folder / "trung-thuc-512mb.docx"),
             zip_bombs.overlapping_members(folder / "chong-nhau.docx"),
             zip_bombs.big_valid_document(folder / "hop-le-60mb-chu.docx", 60 << 20),
             zip_bombs.big_valid_document(folder / "hop-le-40mb-chu.docx", 40 << 20)]  # passes the caps: child parses
    good = folder / "ha-noi_ubnd_2026_thien-tai.htm"
    good.write_text(GOOD_HTM, encoding="utf-8")

    for f in files:
        say(f"  {f.name}: {f.stat().st_size / 1048576:.2f} MB trên đĩa")
    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(rss_mb(pid))
            time.sleep(0.01)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox",
                                                                              "--disable-gpu"])
        page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN").new_page()
        page.set_default_timeout(300_000)
        page.goto(url)
        page.fill("#kh-user", ADMIN)
        page.fill("#kh-pass", ADMIN_PW)
        page.click("#kh-login button[type=submit]")
        page.wait_for_selector("#kh-question textarea")
        page.get_by_role("tab", name="Kế hoạch").click()
        time.sleep(1)
        base = rss_mb(pid)
        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        started = time.monotonic()
        page.set_input_files("#kh-upload input[type=file]", [str(f) for f in files] + [str(good)])
        page.wait_for_function(f"document.querySelectorAll('#kh-upload tr').length >= {len(files) + 1}")
        [upload_path] = list((data / "web-tmp").rglob(good.name))  # where Gradio put the upload (served from there)
        page.click("#kh-ingest")
        page.wait_for_function(f"document.querySelectorAll('#kh-ingest-result tr.kh-bad').length >= {len(files)}"
                               " && document.querySelectorAll('#kh-ingest-result tr.kh-ok').length >= 1")
        seconds = time.monotonic() - started
        stop.set()
        thread.join()
        result = page.inner_text("#kh-ingest-result")
        browser.close()
    say(f"  RSS máy chủ: trước {base:.0f} MB, đỉnh {max(samples):.0f} MB (+{max(samples) - base:.0f} MB), "
        f"sau {rss_mb(pid):.0f} MB; {len(files)} tệp trong {seconds:.1f} s")
    for row in result.splitlines()[1:]:
        say(f"  | {row}")
    return str(upload_path)


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="kehoach-probe-"))
    accounts = root / "accounts.txt"
    write_accounts_file(accounts, [Account(ADMIN, Role.ADMIN, hash_password(ADMIN_PW)),
                                   Account("chuyenvien", Role.READER, hash_password("mat-khau-doc-1"))])
    plans = root / "plans"
    plans.mkdir()
    for f in BUNDLED_PLANS.glob("*.txt"):
        shutil.copy(f, plans / f.name)
    srv = start_ui_server(root / "data", plans_dir=plans, extra_env={
        "KEHOACH_UI_ACCOUNTS_FILE": str(accounts), "KEHOACH_UI_CLIENT_HEADER": "X-Forwarded-For"})
    try:
        srv.wait_for_line("Sẵn sàng", timeout=1500)
        pid, url, data = srv.proc.pid, srv.url, root / "data"

        say("1. Bộ nhớ khi tải lên .docx cố ý (nói dối kích thước, bom nén trung thực, thành phần chồng nhau):")
        upload_path = probe_memory(url, pid, root, data)

        say("2. Xoá không qua xác nhận ở máy chủ (gọi thẳng API của Gradio bằng một phiên đã đăng nhập):")
        from gradio_client import Client

        admin = login(url, "10.9.0.1")
        cookie = f"kehoach_session={admin.cookies['kehoach_session']}"
        client = Client(url, headers={"Cookie": cookie, "X-Forwarded-For": "10.9.0.1"}, verbose=False,
                        download_files=False)
        doc_id = sorted(d.name[:-5] for d in (data / "docs").glob("*.json"))[0]
        before = len(list((data / "docs").glob("*.json")))
        client.predict("", "", api_name="/refresh_all")  # as in the issue: fills this session's plan list
        answer = client.predict(doc_id, api_name="/confirm_delete")
        after = len(list((data / "docs").glob("*.json")))
        say(f"  /confirm_delete({doc_id!r}) không có mã xác nhận → «{first(answer)[:110]}»; kế hoạch: {before} → {after}")
        ask = client.predict(doc_id, api_name="/request_delete")
        say(f"  /request_delete → «{first(ask)[:90]}…» (mã xác nhận nằm trong gr.State ở máy chủ, không gửi về)")
        done = client.predict(doc_id, api_name="/confirm_delete")
        say(f"  /confirm_delete trong cùng phiên → «{first(done)[:110]}»")
        trashed = list((data / "trash").glob("*.meta.json"))
        say(f"  kế hoạch: {after} → {len(list((data / 'docs').glob('*.json')))}, trong thùng rác: {len(trashed)}; "
            f"tệp gốc đã tải lên (nếu có) đi cùng; nhật ký ghi: "
            f"{[e.action.value for e in __import__('api.audit', fromlist=['x']).AuditLog(data / 'audit.jsonl').recent(3)]}")

        good_id = next(p.name for p in (data / "sources").iterdir())
        client.predict("", "", api_name="/refresh_all")
        client.predict(good_id, api_name="/request_delete")
        client.predict(good_id, api_name="/confirm_delete")
        served = admin.get(f"/gradio_api/file={upload_path}").status_code
        kept = list((data / "trash" / "sources").rglob("*.htm"))
        say(f"  tệp .htm đã tải lên rồi xoá kế hoạch: địa chỉ tải lên cũ → HTTP {served}; tệp gốc đi theo kế hoạch "
            f"vào thùng rác: {[p.relative_to(data).as_posix() for p in kept]}")

        say("3. Đoán mật khẩu (một máy, không chờ):")
        guesser = httpx.Client(base_url=url, trust_env=False, headers={"X-Forwarded-For": "10.9.0.2"})
        started = time.monotonic()
        codes = [guesser.post("/login", data={"username": ADMIN, "password": f"sai-{i}"}).status_code
                 for i in range(50)]
        say(f"  50 mật khẩu sai trong {time.monotonic() - started:.2f} s: {codes.count(401)} được kiểm tra, "
            f"{codes.count(429)} bị từ chối ngay (429)")
        right = guesser.post("/login", data={"username": ADMIN, "password": ADMIN_PW})
        say(f"  mật khẩu đúng ngay sau đó: HTTP {right.status_code} (Retry-After {right.headers.get('retry-after')} s)")
        say("  chờ đúng như được bảo: xem tests/ui/test_web_security.py (6 lần sai cần ≥ 31 s rồi bị khoá)")

        say("4. Tệp tạm và tệp xuất:")
        web_tmp = data / "web-tmp"
        say(f"  thư mục tạm của Gradio: {web_tmp.relative_to(root)} quyền {oct(web_tmp.stat().st_mode & 0o777)}")
        for i in range(20):
            client.predict("Công an", f"{i}", api_name="/resp_view")
        per_session = {s.name: len([p for p in s.iterdir() if p.is_dir()]) for s in (web_tmp / "exports").iterdir()}
        say(f"  20 lần tìm trong bảng của một phiên → thư mục xuất còn lại theo phiên: {sorted(per_session.values())} "
            "(mỗi phiên giữ bản mới nhất và bản trước; mọi tệp tạm quá 60 phút bị xoá)")
        mb15 = b"x" * (15 << 20)
        up = admin.post("/gradio_api/upload", headers={"Origin": url},
                        files=[("files", (f"k{i}.pdf", mb15, "application/pdf")) for i in range(3)])
        say(f"  ba tệp 15 MB trong một lần gửi (45 MB > 40 MB): HTTP {up.status_code} «{up.text[:70]}…»")

        say("5. Trang khác, đăng xuất, đường dẫn:")
        evil = admin.post("/gradio_api/upload", headers={"Origin": "http://evil.example"},
                          files=[("files", ("a.txt", b"x", "text/plain"))])
        say(f"  tải lên với Origin lạ: HTTP {evil.status_code}")
        other = login(url, "10.9.0.3")
        g = admin.get("/logout")
        say(f"  GET /logout: HTTP {g.status_code}, phiên vẫn còn: {admin.get('/config').status_code == 200}")
        admin.post("/logout", headers={"Origin": url})
        say(f"  POST /logout: phiên này {admin.get('/config').status_code}, phiên khác cùng tài khoản "
            f"{other.get('/config').status_code}")
        leaked = [ln for ln in lines if str(root) in ln]
        say(f"  thông báo chứa đường dẫn máy chủ: {len(leaked)}")
    finally:
        srv.stop()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
