"""`cti-monitor snapshot --o2g URL --user L --duration S` (or `--connect ws://...`): watch a
live source for S seconds, then print the model as the `snapshot` JSON (README's schema).

For scripts and monitoring. The same ingest path as the window and the trace snapshot, so the
counts mean the same; `at` is the number of events received. Connection states and
refusals go to stderr, the JSON alone to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

import orjson

from desktop.app.session import IngestSession, collect
from desktop.app.sources import OptionError, make_source
from desktop.cli.options import add_connect, add_o2g_arguments, source_options, warn


def add_live_arguments(parser: argparse.ArgumentParser) -> None:
    """What `snapshot` needs beyond its TRACE: a live source and how long to watch it."""
    add_o2g_arguments(parser)
    add_connect(parser)
    parser.add_argument("--duration", metavar="S", type=float, default=5.0, help="with --o2g or --connect: seconds to watch (default 5)")


def run_live_snapshot(args) -> int:
    """The handler for `snapshot` with --o2g or --connect: 0, or 2 with a one-line reason."""
    if args.duration is None or args.duration < 0:
        print("cti-monitor: error: --duration must be 0 or more seconds", file=sys.stderr)
        return 2
    try:
        if args.o2g and args.connect:
            raise OptionError("--o2g and --connect exclude each other")
        source = make_source(source_options(args), warn=warn)
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
