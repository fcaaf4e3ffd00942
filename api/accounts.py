"""Web app accounts: names, roles and salted password hashes (scrypt), from a file and/or the environment.

File format (``KEHOACH_UI_ACCOUNTS_FILE``), one account per line, ``#`` starts a comment::

    # name:role:hash
    truongphong:admin:scrypt$16384$8$1$<salt, base64>$<hash, base64>
    chuyenvien:reader:scrypt$16384$8$1$...

Roles: ``admin`` may upload, delete and restore plans and read the audit log; ``reader`` may only ask and read.
Write lines with ``kehoach account add NAME --role admin`` (it asks for the password), never by hand.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from core.errors import KehoachError
from core.settings import Settings

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1  # ~16 MB and ~50 ms per check
_PBKDF2_ROUNDS = 600_000


class Role(str, Enum):
    ADMIN = "admin"  # upload, delete, restore, audit log
    READER = "reader"  # ask and read only

    @property
    def may_manage_plans(self) -> bool:
        return self is Role.ADMIN

    @property
    def label(self) -> str:
        return "quản trị" if self is Role.ADMIN else "chỉ hỏi đáp"


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    password_hash: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """A salted scrypt hash: "scrypt$N$r$p$salt$hash" (base64 salt and hash)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True if ``password`` matches a "scrypt$..." or "pbkdf2_sha256$rounds$salt$hash" hash (constant time)."""
    try:
        kind, *fields = stored.split("$")
        if kind == "scrypt":
            n, r, p, salt, digest = fields
            expected = base64.b64decode(digest)
            got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                 dklen=len(expected), maxmem=256 * 1024 * 1024)
        elif kind == "pbkdf2_sha256":
            rounds, salt, digest = fields
            expected = base64.b64decode(digest)
            got = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt), int(rounds),
                                      len(expected))
        else:
            return False
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@functools.cache
def _dummy_hash() -> str:
    """Checked for unknown names, so the time a login takes does not tell which names exist."""
    return hash_password(secrets.token_hex(8))


def _bad_file(path: Path, line_no: int, why_vi: str, why_en: str) -> KehoachError:
    return KehoachError(f"Tệp tài khoản {path.name}, dòng {line_no}: {why_vi}",
                        f"Accounts file {path.name}, line {line_no}: {why_en}")


def read_accounts_file(path: Path) -> list[Account]:
    accounts: list[Account] = []
    for line_no, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(":", 2)
        if len(parts) != 3 or not parts[0]:
            raise _bad_file(path, line_no, "cần dạng tên:vai_trò:mã_băm.", "expected name:role:hash.")
        name, role, digest = (p.strip() for p in parts)
        try:
            accounts.append(Account(name, Role(role), digest))
        except ValueError:
            raise _bad_file(path, line_no, f"vai trò «{role}» không hợp lệ (admin hoặc reader).",
                            f"unknown role {role!r} (admin or reader).") from None
    return accounts


def write_accounts_file(path: Path, accounts: list[Account]) -> None:
    """Rewrite the file (owner-only permissions), keeping one line per account."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Tài khoản Trợ lý kế hoạch: tên:vai_trò:mã_băm (kehoach account add TÊN --role admin|reader)"]
    lines += [f"{a.name}:{a.role.value}:{a.password_hash}" for a in accounts]
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


class Accounts:
    """Who may log in, with which role. Empty: login is off (everyone acts as admin on a local address)."""

    def __init__(self, accounts: list[Account]):
        self._by_name = {a.name: a for a in accounts}

    @classmethod
    def from_settings(cls, settings: Settings) -> "Accounts":
        accounts: list[Account] = []
        if settings.ui_accounts_file is not None:
            path = Path(settings.ui_accounts_file)
            if not path.is_file():
                raise KehoachError(f"Không tìm thấy tệp tài khoản {path.name}.", f"Accounts file {path.name} not found.")
            accounts = read_accounts_file(path)
        if settings.ui_user and settings.ui_password:
            accounts.append(Account(settings.ui_user, Role.ADMIN, hash_password(settings.ui_password)))
        return cls(accounts)

    @property
    def enabled(self) -> bool:
        return bool(self._by_name)

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def authenticate(self, name: str, password: str) -> Account | None:
        account = self._by_name.get(name.strip())
        ok = verify_password(password, account.password_hash if account else _dummy_hash())
        return account if ok and account is not None else None

    def role_of(self, name: str | None) -> Role:
        """The role of a logged-in name; with login off everyone is an administrator."""
        if not self.enabled:
            return Role.ADMIN
        account = self._by_name.get(name or "")
        return account.role if account else Role.READER
