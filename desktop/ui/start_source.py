"""What `cti-monitor` opens when its command line names no source: Settings ▸ Start.

The built-in simulator (the default), the last server or gateway the window used, a given
server of docs/protocol.md, or a given O2G gateway and user. The desktop launcher runs
`cti-monitor` with no arguments, so this is how a receptionist lands on the real PBX. No secret
is stored here: a server's token is asked by the Connect dialog when the server refuses, an
O2G password is asked at start, or taken from the system keyring when "remember" is on (the
same keyring entry as `--remember`, desktop/sources/o2g/credentials.py).

QSettings keys: "start/source" (one of CHOICES), "start/url", "start/user", "start/remember";
"lastSource" (written by the window: "simulator", "ws:URL", "o2g:URL USER", "replay:PATH").
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from desktop.app.sources import SourceOptions

SOURCE, URL, USER, REMEMBER = "start/source", "start/url", "start/user", "start/remember"
LAST_SOURCE = "lastSource"
SIMULATOR, LAST, SERVER, O2G = "simulator", "last", "server", "o2g"


def choices() -> dict[str, str]:
    """Setting value -> words, in the Settings dialog's order."""
    translate = QCoreApplication.translate
    return {
        SIMULATOR: translate("StartSource", "The built-in simulator"),
        LAST: translate("StartSource", "The last server or gateway used"),
        SERVER: translate("StartSource", "This server (WebSocket)"),
        O2G: translate("StartSource", "This O2G gateway"),
    }


def _flag(value) -> bool:
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")


def last_source(value: str) -> SourceOptions:
    """The options that reopen a "lastSource" value; a simulator or a replay: none (the demo)."""
    if value.startswith("ws:"):
        return SourceOptions(connect=value[3:])
    if value.startswith("o2g:") and " " in value:
        url, user = value[4:].split(" ", 1)
        return SourceOptions(o2g=url, user=user)
    return SourceOptions()


def start_options(store, options: SourceOptions) -> SourceOptions:
    """`options` (the command line's) when they name a source: they win. Otherwise the source
    Settings ▸ Start names, with the command line's other options (--login, --cafile...)."""
    if options.replay or options.connect or options.o2g:
        return options
    kind = str(store.value(SOURCE) or SIMULATOR)
    url, user = str(store.value(URL) or "").strip(), str(store.value(USER) or "").strip()
    if kind == LAST:
        chosen = last_source(str(store.value(LAST_SOURCE) or ""))
        if chosen.o2g:
            chosen = dataclasses.replace(chosen, remember=_flag(store.value(REMEMBER, False)))
    elif kind == SERVER and url:
        chosen = SourceOptions(connect=url)
    elif kind == O2G and url:
        chosen = SourceOptions(o2g=url, user=user or None, remember=_flag(store.value(REMEMBER, False)))
    else:
        return options
    return dataclasses.replace(options, connect=chosen.connect, o2g=chosen.o2g, user=chosen.user or options.user,
                               remember=chosen.remember or options.remember)


def problem(kind: str, url: str, user: str) -> str:
    """What is wrong with a start source typed in Settings, in words; "" when nothing."""
    translate = QCoreApplication.translate
    url = url.strip()
    if kind == SERVER and not url.lower().startswith(("ws://", "wss://")):
        return translate("StartSource", "A server's address starts with ws:// or wss://")
    if kind == O2G:
        from desktop.sources.o2g.client import api_root, carries_secrets

        try:
            root = api_root(url)
        except ValueError:
            return translate("StartSource", "A gateway's address starts with https://")
        if not carries_secrets(root):
            return translate("StartSource", "A gateway's address starts with https:// (the password never goes in clear)")
        if not user.strip():
            return translate("StartSource", "Name the O2G user whose password is asked at start")
    return ""


def remember_opened(store, options: SourceOptions) -> None:
    """Note the server or gateway opened at start, for "the last server or gateway used"."""
    from desktop.logs import without_credentials

    if options.connect:
        store.setValue(LAST_SOURCE, f"ws:{without_credentials(options.connect)}")
    elif options.o2g and options.user:
        store.setValue(LAST_SOURCE, f"o2g:{without_credentials(options.o2g)} {options.user}")
