"""Who may log in to the simulated gateway, and with which password.

Every directory user, and the administrator logins; all with the one demo password, which is
never built in (`demo_password`) and never logged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import os
import secrets
from collections.abc import Container, Iterable
from pathlib import Path

from desktop.protocol.o2g.errors import RestError

log = logging.getLogger(__name__)

ADMIN_LOGINS = ("admin",)
PASSWORD_ENV = "CTI_O2G_PASSWORD"


def demo_password(password_file: str | None = None) -> tuple[str, str]:
    """The one password every simulated account accepts, and a sentence saying where it comes
    from, for the simulator's console (which never shows the password itself):
    $CTI_O2G_PASSWORD if set; else the first line of the password file (`password_file`, by
    default ~/.config/cti-monitor/o2g-demo-password) if it exists; else a fresh random one,
    written there (mode 600) for the next runs."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given, f"the password is ${PASSWORD_ENV}"
    path = Path(password_file) if password_file else Path.home() / ".config" / "cti-monitor" / "o2g-demo-password"
    if path.exists():
        text = path.read_text(encoding="utf-8").splitlines()
        if not text or not text[0].strip():
            raise ValueError(f"{path} is empty")
        return text[0].strip(), f"the password is in {path}"
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(password + "\n")
    return password, f"a new password was written to {path}"


def basic_credentials(header: str) -> tuple[str, str]:
    scheme, _, encoded = header.partition(" ")
    try:
        if scheme.lower() != "basic":
            raise ValueError
        login, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        if not sep:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise RestError(401, "HTTP Basic authentication required") from None
    return login, password


class Accounts:
    def __init__(self, password: str, users: Container[str], admins: Iterable[str] = ADMIN_LOGINS):
        if not password:
            raise ValueError("the simulated gateway needs a password (see demo_password)")
        self._password = password.encode()
        self.users = users
        self.admins = frozenset(admins)

    def log_in(self, authorization: str) -> tuple[str, bool]:
        """(login, is an administrator) for a good HTTP Basic Authorization header."""
        login, password = basic_credentials(authorization)
        good = hmac.compare_digest(password.encode(), self._password)
        if not (good and (login in self.admins or login in self.users)):
            log.info("login refused for %r", login)
            raise RestError(401, "wrong login or password")
        return login, login in self.admins
