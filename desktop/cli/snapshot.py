"""`cti-monitor snapshot`: the users-and-calls state as JSON (README's schema), of a trace
(`snapshot TRACE [--at N]...`) or of a live source watched for S seconds (`snapshot --o2g URL
--user L --duration S`, or `--connect ws://...`).

For scripts and monitoring. The same ingest path as the window, so the counts mean the same;
live, `at` is the number of events received. Connection states, warnings and refusals go to
stderr, the JSON alone to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys

import orjson

from desktop.app.session import IngestSession, collect
from desktop.app.sources import OptionError, make_source
from desktop.cli.options import (
    TOKEN_ENV, add_command, add_connect, add_o2g_arguments, add_trace, open_trace_or_say, source_options, warn, warn_line,
)
from desktop.model import Ingest
from desktop.model.snapshot import snapshot
from desktop.sources.trace_file import TOO_LONG, iter_lines


def register(sub) -> None:
    snap = add_command(sub, "snapshot", help="read a JSONL trace and print the model state as JSON")
    add_trace(snap, nargs="?", help="JSON Lines trace, '-' for standard input (or --o2g/--connect)")
    snap.add_argument(
        "--at", type=_positive, action="append", default=[], metavar="N",
        help="print the state after exactly N input lines (repeatable); default: once, at the end",
    )
    add_live_arguments(snap)
    snap.set_defaults(handler=run_snapshot)


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("N must be 0 or more")
    return value


def _emit(obj: dict) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")
    sys.stdout.flush()


def run_snapshot(args) -> int:
    if args.o2g or args.connect:
        if args.trace is not None or args.at:
            print("cti-monitor: error: TRACE and --at go without --o2g/--connect", file=sys.stderr)
            return 2
        return run_live_snapshot(args)
    if args.history:
        # A replay never writes the user's history.
        print("cti-monitor: error: --history records a live source (--o2g/--connect), not a trace", file=sys.stderr)
        return 2
    if args.trace is None:
        print("cti-monitor: error: snapshot needs TRACE, --o2g URL or --connect URL", file=sys.stderr)
        return 2
    stream = open_trace_or_say(args.trace)
    if stream is None:
        return 2
    ingest = Ingest(fmt=args.format, on_reject=warn_line)
    points = sorted(set(args.at))
    lineno = 0
    with stream:
        while points and points[0] == 0:
            _emit(snapshot(ingest.model, points.pop(0), ingest.stats()))
        for line in iter_lines(stream):
            lineno += 1
            if line is TOO_LONG:
                ingest.reject(lineno, "line longer than 1 MiB")
            elif line.strip():
                ingest.feed_line(line, lineno)
            while points and points[0] == lineno:
                _emit(snapshot(ingest.model, points.pop(0), ingest.stats()))
    if points:
        print(f"cti-monitor: warning: the trace has only {lineno} lines; state at its end", file=sys.stderr)
        for _ in points:
            _emit(snapshot(ingest.model, lineno, ingest.stats()))
    elif not args.at:
        _emit(snapshot(ingest.model, lineno, ingest.stats()))
    return 0


def add_live_arguments(parser: argparse.ArgumentParser) -> None:
    """What `snapshot` needs beyond its TRACE: a live source and how long to watch it."""
    add_o2g_arguments(parser)
    add_connect(parser)
    parser.add_argument("--duration", metavar="S", type=float, default=5.0, help="with --o2g or --connect: seconds to watch (default 5)")
    parser.add_argument(
        "--history", action="store_true",
        help="with --o2g or --connect: also record the calls that end into the call history (see `history`)",
    )


def run_live_snapshot(args) -> int:
    """The handler for `snapshot` with --o2g or --connect: 0, or 2 with a one-line reason."""
    if args.duration is None or not math.isfinite(args.duration) or args.duration < 0:
        print("cti-monitor: error: --duration must be 0 or more seconds", file=sys.stderr)
        return 2
    try:
        if args.o2g and args.connect:
            raise OptionError("--o2g and --connect exclude each other")
        source = make_source(source_options(args), warn=warn)
    except OptionError as exc:
        print(f"cti-monitor: error: {exc}", file=sys.stderr)
        return 2
    recorder = None
    if args.history:
        from desktop.history.store import default_path
        from desktop.history.writer import Recorder, Writer

        recorder = Recorder(Writer(default_path()))
    session = IngestSession(on_state=lambda text: print(f"cti-monitor: {text}", file=sys.stderr), recorder=recorder)
    try:
        result = asyncio.run(collect(source, args.duration, session))
    except KeyboardInterrupt:
        return 130
    finally:
        if recorder is not None:
            recorder.commit(session.model)
            recorder.writer.flush()
            recorder.close()
            if recorder.writer.error:
                print(f"cti-monitor: error: {recorder.writer.error}", file=sys.stderr)
    _emit(result)
    refused = source.login_refused
    if refused is not None:  # (a remembered password was forgotten by the source's hook)
        if args.o2g:
            print(f"cti-monitor: error: login refused for {args.user!r}: {refused.message}", file=sys.stderr)
        else:
            print(f"cti-monitor: error: {refused.message}: check --token (or ${TOKEN_ENV})", file=sys.stderr)
        return 2
    if source.connections == 0:
        print(f"cti-monitor: error: never connected ({session.connection})", file=sys.stderr)
        return 1
    return 0
