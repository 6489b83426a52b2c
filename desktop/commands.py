"""Headless subcommands: `snapshot` (model state as JSON) and `ladder` (a trace as the seed's table)."""

from __future__ import annotations

import argparse
import sys

import orjson

from desktop.cli.options import add_command
from desktop.live_snapshot import add_live_arguments, run_live_snapshot
from desktop.model import Ingest
from desktop.model.snapshot import snapshot
from desktop.protocol.describe import describe
from desktop.protocol.parse import FORMATS, ParseError, parse_line
from desktop.sources.trace_file import TOO_LONG, iter_lines, open_trace


def register(sub) -> None:
    snap = add_command(sub, "snapshot", help="read a JSONL trace and print the model state as JSON")
    snap.add_argument("trace", metavar="TRACE", nargs="?", help="JSON Lines trace, '-' for standard input (or --o2g/--connect)")
    snap.add_argument(
        "--at", type=_positive, action="append", default=[], metavar="N",
        help="print the state after exactly N input lines (repeatable); default: once, at the end",
    )
    snap.add_argument("--format", choices=FORMATS, default="auto", help="wire format of the trace (default: auto)")
    add_live_arguments(snap)
    snap.set_defaults(handler=run_snapshot)

    ladder = add_command(sub, "ladder", help="print a trace as the seed's table: a column per user, a sentence per event")
    ladder.add_argument("trace", metavar="TRACE", help="JSON Lines trace, '-' for standard input")
    ladder.add_argument("--format", choices=FORMATS, default="auto", help="wire format of the trace (default: auto)")
    ladder.set_defaults(handler=run_ladder)


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("N must be 0 or more")
    return value


def _warn(lineno: int | None, reason: str) -> None:
    print(f"cti-monitor: warning: line {lineno}: {reason}", file=sys.stderr)


def _open(path: str):
    try:
        return open_trace(path)
    except OSError as exc:
        print(f"cti-monitor: error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def _emit(obj: dict) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")
    sys.stdout.flush()


def run_snapshot(args) -> int:
    if args.o2g or args.connect:
        if args.trace is not None or args.at:
            print("cti-monitor: error: TRACE and --at go without --o2g/--connect", file=sys.stderr)
            return 2
        return run_live_snapshot(args)
    if args.trace is None:
        print("cti-monitor: error: snapshot needs TRACE, --o2g URL or --connect URL", file=sys.stderr)
        return 2
    stream = _open(args.trace)
    if stream is None:
        return 2
    ingest = Ingest(fmt=args.format, on_reject=_warn)
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


def run_ladder(args) -> int:
    stream = _open(args.trace)
    if stream is None:
        return 2
    columns: list[str] = []
    rows: list[tuple[str, str]] = []
    with stream:
        for lineno, line in enumerate(iter_lines(stream), 1):
            if line is TOO_LONG:
                _warn(lineno, "line longer than 1 MiB")
                continue
            if not line.strip():
                continue
            try:
                event = parse_line(line, args.format)
            except ParseError as exc:
                _warn(lineno, str(exc))
                continue
            login = getattr(event, "login", None)
            if login is None:  # channel information, or an unknown event about nobody
                continue
            if login not in columns:
                columns.append(login)
            rows.append((login, describe(event)))
    out = [" | ".join(columns) + " |", "---|" * len(columns)]
    for login, sentence in rows:
        cells = [""] * len(columns)
        cells[columns.index(login)] = sentence.replace("|", "\\|")
        out.append(" | ".join(cells) + " |")
    sys.stdout.write("\n".join(out) + "\n")
    return 0
