"""The one source factory: what the options name, as a Source, for the window and every command.

A replay of a trace, a server of docs/protocol.md, an OmniPCX Open Gateway, or (nothing named)
the built-in simulated OXE. The options arrive already read (desktop/cli turns the command line
into `SourceOptions`); what is wrong with them comes back as one OptionError naming the option,
and what is risky but allowed goes to `warn`, so that the caller decides where both are shown.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from desktop.sources.base import Source
from desktop.sources.o2g.credentials import Ask

log = logging.getLogger(__name__)

DEFAULT_LINE = "oxe70020"  # "my line" when neither --login nor the settings name one

Warn = Callable[[str], None]


class OptionError(ValueError):
    """A bad option: the message says which and why."""


@dataclass(frozen=True)
class SourceOptions:
    replay: str | None = None  # a JSONL trace to play locally
    connect: str | None = None  # ws:// or wss:// URL of a server of docs/protocol.md
    token: str | None = None  # for connect
    o2g: str | None = None  # https:// URL of an O2G
    user: str | None = None  # the O2G login
    monitor: tuple[str, ...] = ()  # O2G logins to watch; empty: the user's own
    insecure: bool = False  # O2G: do not verify its certificate
    cafile: str | None = None  # also trust this CA (O2G, and wss for connect)
    remember: bool = False  # O2G: keep the password in the keyring
    my_line: str | None = None  # the built-in simulator's demo calls go to this line
    channel_silence: float | None = None  # O2G: seconds without a byte before the channel is dropped


def make_source(options: SourceOptions, *, ask: Ask | None = None, warn: Warn = log.warning) -> Source:
    """The source `options` name, first of: replay, connect, o2g, else the built-in simulator.
    `ask` asks for an O2G password (None: the terminal). OptionError for bad options."""
    if options.replay:
        return replay_source(options.replay)
    if options.connect:
        return websocket_source(options)
    if options.o2g:
        return o2g_source(options, ask, warn)
    from desktop.sources.embedded import EmbeddedSimulator

    return EmbeddedSimulator(my_line=options.my_line or DEFAULT_LINE)


def replay_source(path: str) -> Source:
    from desktop.sources.replay import ReplaySource

    try:
        return ReplaySource.from_file(path)
    except OSError as exc:
        raise OptionError(f"cannot open {path}: {exc.strerror or exc}") from None


def websocket_source(options: SourceOptions) -> Source:
    from desktop.sources.websocket import WebSocketSource  # wss is verified there

    if options.insecure:  # refused, not ignored: a wss:// server is always verified
        raise OptionError("--insecure is for --o2g only; a wss:// server is always verified: trust its CA with --cafile FILE")
    context = wss_context(options)
    try:
        return WebSocketSource(options.connect, token=options.token, ssl_context=context)
    except ValueError as exc:
        raise OptionError(f"--connect: {exc}") from None


def wss_context(options: SourceOptions) -> ssl.SSLContext | None:
    """--cafile serves wss:// too (a simulator with its own certificate); always verified."""
    if not options.cafile or not options.connect.startswith("wss://"):
        return None
    return _verified(options.cafile)


def o2g_source(options: SourceOptions, ask: Ask | None = None, warn: Warn = log.warning) -> Source:
    """The O2G source, with the password asked (or from the keyring with --remember)."""
    from desktop.sources.o2g import credentials as o2g_credentials
    from desktop.sources.o2g.client import api_root, carries_secrets
    from desktop.sources.o2g.source import O2GSource

    if not options.user:
        raise OptionError("--o2g needs --user LOGIN")
    if options.channel_silence is not None and not 1 <= options.channel_silence < 86400:
        raise OptionError("--channel-silence is a number of seconds, 1 or more")
    try:
        root = api_root(options.o2g)
    except ValueError as exc:
        raise OptionError(str(exc)) from None
    if not carries_secrets(root):  # the password would cross the network in clear
        raise OptionError(f"--o2g {root.removesuffix('/api/rest')}: the password goes over https only "
                          "(plain http is for a simulated gateway on this machine)")
    context = o2g_tls(options, warn)
    try:
        password = o2g_credentials.obtain_password(options.o2g, options.user, save=options.remember, ask=ask)
    except (ValueError, EOFError, KeyboardInterrupt) as exc:
        raise OptionError(f"no O2G password ({exc or 'cancelled'})") from None
    forget = (lambda: o2g_credentials.forget(options.o2g, options.user)) if options.remember else None
    silence = {} if options.channel_silence is None else {"channel_silence_s": options.channel_silence}
    return O2GSource(options.o2g, options.user, password, list(options.monitor), ssl_context=context, on_login_refused=forget, **silence)


def o2g_tls(options: SourceOptions, warn: Warn = log.warning) -> ssl.SSLContext | bool:
    """Verified TLS unless --insecure (which warns)."""
    if options.insecure:
        warn("--insecure: the gateway's certificate is NOT verified; anyone on the path can read the password and the calls")
        return False
    return _verified(options.cafile)


def _verified(cafile: str | None) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise OptionError(f"cannot use --cafile {cafile}: {exc}") from None
