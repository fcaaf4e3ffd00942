"""The few pages served outside the Gradio app: login, logout, refusals. Vietnamese, no scripts, no requests
to other hosts."""

from __future__ import annotations

import html

_STYLE = """
body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;background:#f6f7f9;margin:0;color:#1f2328}
main{max-width:380px;margin:12vh auto;background:#fff;border:1px solid #d8dde3;border-radius:12px;padding:24px 26px}
h1{font-size:1.3rem;margin:0 0 4px}p.sub{color:#59636e;margin:0 0 18px;font-size:.95rem}
label{display:block;font-weight:600;margin:12px 0 4px}input{width:100%;box-sizing:border-box;padding:9px 10px;
font-size:1rem;border:1px solid #b7c0ca;border-radius:8px}button{margin-top:18px;width:100%;padding:10px;
font-size:1rem;font-weight:600;color:#fff;background:#ea580c;border:0;border-radius:8px;cursor:pointer}
.msg{margin-top:14px;padding:9px 11px;border-radius:8px;background:#fde8e8;color:#7a1010;border:1px solid #e99}
.note{margin-top:14px;color:#59636e;font-size:.85rem}
"""


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body><main>{body}</main></body></html>")


def login_page(message: str = "", name: str = "") -> str:
    """The login form (posts to ``login`` next to the page, so it works under any root path)."""
    msg = f'<div class="msg" role="alert" id="kh-login-error">{html.escape(message)}</div>' if message else ""
    return _page("Đăng nhập — Trợ lý kế hoạch", f"""
<h1>Trợ lý kế hoạch</h1><p class="sub">Đăng nhập để sử dụng Trợ lý kế hoạch.</p>
<form method="post" action="login" id="kh-login">
<label for="kh-user">Tên đăng nhập</label>
<input id="kh-user" name="username" autocomplete="username" required value="{html.escape(name)}" autofocus>
<label for="kh-pass">Mật khẩu</label>
<input id="kh-pass" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button></form>{msg}
<p class="note">Sau nhiều lần nhập sai, thời gian chờ giữa hai lần thử sẽ tăng dần và máy của bạn có thể bị khoá
đăng nhập trong ít phút.</p>""")


def logout_page() -> str:
    """GET /logout changes nothing: it offers the button that posts the logout."""
    return _page("Đăng xuất — Trợ lý kế hoạch", """
<h1>Đăng xuất</h1><p class="sub">Kết thúc phiên làm việc này trên trình duyệt này.</p>
<form method="post" action="logout"><button type="submit">Đăng xuất</button></form>""")


def refused_page(message: str) -> str:
    return _page("Từ chối — Trợ lý kế hoạch", f'<h1>Không thực hiện được</h1><div class="msg">{html.escape(message)}</div>')
