"""Where the O2G password comes from: a prompt, or the system keyring when the user opted in.

Never from the command line (other users of the machine can read it there) and never into a
log. The keyring is optional at run time: without the package, or without a backend (a
headless server, a bare container), "remember" degrades to a warning and the prompt.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SERVICE = "cti-monitor-o2g"

Ask = Callable[[str], str]  # prompt text -> password


def account(url: str, user: str) -> str:
    """The keyring entry's name: one password per user and gateway host."""
    return f"{user}@{urlsplit(url).netloc or url}"


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def remembered(url: str, user: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(SERVICE, account(url, user))
    except Exception as exc:  # no backend, a locked or broken one: same as nothing stored
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None


def remember(url: str, user: str, password: str) -> bool:
    kr = _keyring()
    if kr is None:
        log.warning("cannot remember the O2G password: the keyring package is not installed")
        return False
    try:
        kr.set_password(SERVICE, account(url, user), password)
    except Exception as exc:
        log.warning("cannot remember the O2G password: no usable system keyring (%s)", type(exc).__name__)
        return False
    return True


def forget(url: str, user: str) -> None:
    """After a refused login, so the next start asks again instead of failing again."""
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, account(url, user))
    except Exception:
        pass


def obtain_password(url: str, user: str, *, save: bool = False, ask: Ask | None = None) -> str:
    """The keyring's password when `save` (the user's opt-in) and one is stored; otherwise
    ask (getpass on the terminal; it reads standard input when there is no terminal, so a
    script can pipe it), then store it when `save`. An empty answer raises ValueError."""
    if save:
        stored = remembered(url, user)
        if stored:
            return stored
    ask = ask or getpass.getpass
    password = ask(f"O2G password for {user} at {urlsplit(url).netloc or url}: ")
    if not password:
        raise ValueError("no password given")
    if save:
        remember(url, user, password)
    return password
