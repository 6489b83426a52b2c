"""`cti-monitor snapshot --o2g URL --user L --duration S` (or `--connect ws://...`): watch a
live source for S seconds, then print the model as the `snapshot` JSON (README's schema).

For scripts and monitoring. The same ingest path as the window and the trace snapshot, so the
counts mean the same; `at` is the number of events received. Connection states and
refusals go to stderr, the JSON alone to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import ssl
import sys

import orjson

from desktop.app.session import IngestSession, collect
from desktop.sources.base import Source
from desktop.sources.o2g_options import OptionError, add_o2g_arguments, o2g_source_from_args


def add_live_arguments(parser: argparse.ArgumentParser) -> None:
    """What `snapshot` needs beyond its TRACE: a live source and how long to watch it.
    (The window has its own --connect/--token; it adds only `add_o2g_arguments`.)"""
    add_o2g_arguments(parser)
    parser.add_argument("--connect", metavar="URL", help="a server of docs/protocol.md (ws:// or wss://) instead of a trace")
    parser.add_argument(
        "--token", metavar="T", default=os.environ.get("CTI_TOKEN"),
        help="access token for --connect (default: the CTI_TOKEN environment variable)",
    )
    parser.add_argument("--duration", metavar="S", type=float, default=5.0, help="with --o2g or --connect: seconds to watch (default 5)")


def live_source(args) -> Source:
    """The source --o2g or --connect describe; OptionError for bad options."""
    if args.o2g and args.connect:
        raise OptionError("--o2g and --connect exclude each other")
    if args.o2g:
        return o2g_source_from_args(args)
    from desktop.sources.websocket import WebSocketSource  # wss is verified there

    try:
        return WebSocketSource(args.connect, token=args.token, ssl_context=wss_context(args))
    except ValueError as exc:
        raise OptionError(f"--connect: {exc}") from None


def wss_context(args) -> ssl.SSLContext | None:
    """--cafile serves wss:// too (a simulator with its own certificate); always verified."""
    cafile = getattr(args, "cafile", None)
    if not cafile or not args.connect.startswith("wss://"):
        return None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise OptionError(f"cannot use --cafile {cafile}: {exc}") from None


def run_live_snapshot(args) -> int:
    """The handler for `snapshot` with --o2g or --connect: 0, or 2 with a one-line reason."""
    if args.duration is None or args.duration < 0:
        print("cti-monitor: error: --duration must be 0 or more seconds", file=sys.stderr)
        return 2
    try:
        source = live_source(args)
    except OptionError as exc:
        print(f"cti-monitor: error: {exc}", file=sys.stderr)
        return 2
    session = IngestSession(on_state=lambda text: print(f"cti-monitor: {text}", file=sys.stderr))
    try:
        result = asyncio.run(collect(source, args.duration, session))
    except KeyboardInterrupt:
        return 130
    sys.stdout.buffer.write(orjson.dumps(result) + b"\n")
    sys.stdout.flush()
    refused = source.login_refused
    if refused is not None:  # (a remembered password was forgotten by the source's hook)
        print(f"cti-monitor: error: login refused: {refused.message}", file=sys.stderr)
        return 2
    return 0
