"""The O2G options of the command line, shared by the window and `snapshot`, and the source
they describe.

`--o2g URL --user LOGIN [--monitor a,b | --monitor-file F] [--insecure | --cafile F]
[--remember]`. There is deliberately no password option: the password is asked (or taken
from the system keyring with --remember), see `o2g_credentials`.
"""

from __future__ import annotations

import argparse
import ssl
import sys
from pathlib import Path
from urllib.parse import urlsplit

from desktop.sources.o2g import credentials as o2g_credentials
from desktop.sources.o2g.client import api_root
from desktop.sources.o2g.source import ALL, O2GSource


def add_o2g_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("OmniPCX Open Gateway (O2G)")
    group.add_argument("--o2g", metavar="URL", help="connect to an O2G: https://host[:port]")
    group.add_argument("--user", metavar="LOGIN", help="the O2G login (an administrator login to watch other users); the password is asked")
    monitor = group.add_mutually_exclusive_group()
    monitor.add_argument("--monitor", metavar="LOGINS", help="comma-separated logins to watch, or '*' for every user (default: --user)")
    monitor.add_argument("--monitor-file", metavar="FILE", help="logins to watch, one per line ('#' starts a comment)")
    tls = group.add_mutually_exclusive_group()
    tls.add_argument("--insecure", action="store_true", help="do NOT verify the gateway's TLS certificate (a warning is shown)")
    tls.add_argument("--cafile", metavar="FILE", help="also trust the CA certificate(s) in FILE (PEM), e.g. a site's own CA")
    group.add_argument("--remember", action="store_true", help="keep the password in the system keyring (opt-in)")


class OptionError(ValueError):
    """A bad option: the message says which and why."""


def monitored(args) -> list[str]:
    if getattr(args, "monitor_file", None):
        try:
            text = Path(args.monitor_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise OptionError(f"cannot read --monitor-file {args.monitor_file}: {exc.strerror or exc}") from None
        items = [line.split("#", 1)[0] for line in text.splitlines()]
    elif getattr(args, "monitor", None):
        items = [args.monitor]
    else:
        return []
    logins = [part.strip() for item in items for part in item.split(",") if part.strip()]
    if not logins:
        raise OptionError("no login to monitor in " + ("--monitor-file" if args.monitor_file else "--monitor"))
    if ALL in logins and len(logins) > 1:
        raise OptionError("'*' (every user) goes alone")
    return list(dict.fromkeys(logins))


def tls_context(args) -> ssl.SSLContext | bool:
    """Verified TLS unless --insecure (which warns on stderr)."""
    if getattr(args, "insecure", False):
        print("cti-monitor: WARNING: --insecure: the gateway's certificate is NOT verified; "
              "anyone on the path can read the password and the calls", file=sys.stderr)
        return False
    try:
        return ssl.create_default_context(cafile=getattr(args, "cafile", None))
    except (OSError, ssl.SSLError) as exc:
        raise OptionError(f"cannot use --cafile {args.cafile}: {exc}") from None


def o2g_source_from_args(args, ask: o2g_credentials.Ask | None = None) -> O2GSource:
    """The source the options describe, with the password asked (or from the keyring).
    Raises OptionError with a one-line reason for bad options or no password."""
    if not args.user:
        raise OptionError("--o2g needs --user LOGIN")
    try:
        root = api_root(args.o2g)
    except ValueError as exc:
        raise OptionError(str(exc)) from None
    if root.startswith("http:") and not _loopback(root):
        print("cti-monitor: WARNING: plain http: the password and the calls cross the network unencrypted", file=sys.stderr)
    logins = monitored(args)
    context = tls_context(args)
    try:
        password = o2g_credentials.obtain_password(args.o2g, args.user, save=args.remember, ask=ask)
    except (ValueError, EOFError, KeyboardInterrupt) as exc:
        raise OptionError(f"no O2G password ({exc or 'cancelled'})") from None
    forget = (lambda: o2g_credentials.forget(args.o2g, args.user)) if args.remember else None
    return O2GSource(args.o2g, args.user, password, logins, ssl_context=context, on_login_refused=forget)


def _loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "") in ("localhost", "127.0.0.1", "::1")
