"""Option groups more than one command takes, each defined once."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.app.sources import OptionError, SourceOptions
from desktop.protocol.o2g.names import EVERYONE
from desktop.protocol.parse import FORMATS
from desktop.sources.trace_file import open_trace
from desktop.version import version

TOKEN_ENV = "CTI_TOKEN"  # where --token is read from when not given


def add_trace(parser: argparse.ArgumentParser, **kwargs) -> None:
    """A JSONL trace to read, and its wire format."""
    parser.add_argument("trace", metavar="TRACE", **{"help": "JSON Lines trace, '-' for standard input", **kwargs})
    parser.add_argument("--format", choices=FORMATS, default="auto", help="wire format of the trace (default: auto)")


def open_trace_or_say(path: str):
    """The trace open for reading; None, with a one-line error on stderr, when it cannot be."""
    try:
        return open_trace(path)
    except OSError as exc:
        print(f"cti-monitor: error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def warn_line(lineno: int | None, reason: str) -> None:
    print(f"cti-monitor: warning: line {lineno}: {reason}", file=sys.stderr)


def add_command(sub, name: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand's parser, with the --verbose every command has."""
    parser = sub.add_parser(name, **kwargs)
    add_verbose(parser)
    return parser


def add_verbose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log everything (debug level), on stderr too")


def add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")


def add_token(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--token", metavar="T", default=None, help=f"{help} (default: the {TOKEN_ENV} environment variable)")


def token_of(args) -> str | None:
    """--token, else $CTI_TOKEN, else none. Never logged."""
    return args.token or os.environ.get(TOKEN_ENV) or None


def add_connect(parser: argparse.ArgumentParser) -> None:
    """A server of docs/protocol.md to watch, and its token."""
    parser.add_argument("--connect", metavar="URL", help="a server of docs/protocol.md: ws://host:port or wss://...")
    add_token(parser, "access token for --connect")


def add_o2g_arguments(parser: argparse.ArgumentParser) -> None:
    """`--o2g URL --user LOGIN [--monitor a,b | --monitor-file F] [--insecure | --cafile F]
    [--remember]`. Deliberately no password option: it is asked, or taken from the keyring."""
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
    group.add_argument("--channel-silence", metavar="S", type=float, default=None,
                       help="drop the event channel and reconnect after S seconds without a byte (default 60; "
                       "the gateway sends a blank line every 20 s)")


def monitored(args) -> list[str]:
    """The logins --monitor or --monitor-file name, in order, once each; [] for neither."""
    if args.monitor_file:
        try:
            text = Path(args.monitor_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise OptionError(f"cannot read --monitor-file {args.monitor_file}: {exc.strerror or exc}") from None
        items = [line.split("#", 1)[0] for line in text.splitlines()]
    elif args.monitor:
        items = [args.monitor]
    else:
        return []
    logins = [part.strip() for item in items for part in item.split(",") if part.strip()]
    if not logins:
        raise OptionError("no login to monitor in " + ("--monitor-file" if args.monitor_file else "--monitor"))
    if EVERYONE in logins and len(logins) > 1:
        raise OptionError("'*' (every user) goes alone")
    return list(dict.fromkeys(logins))


def source_options(args, **more) -> SourceOptions:
    """What add_connect and add_o2g_arguments read, for the source factory; OptionError for a
    --monitor-file that cannot be read. `more`: the window's own (replay, my_line)."""
    return SourceOptions(
        connect=args.connect, token=token_of(args), o2g=args.o2g, user=args.user, monitor=tuple(monitored(args)),
        insecure=args.insecure, cafile=args.cafile, remember=args.remember,
        channel_silence=getattr(args, "channel_silence", None), **more,
    )


def warn(text: str) -> None:
    """What the source factory finds risky, on stderr whatever the log level."""
    print(f"cti-monitor: WARNING: {text}", file=sys.stderr)
