"""`cti-monitor ladder TRACE`: a trace as the seed's table, a column per user, a sentence per event."""

from __future__ import annotations

import sys

from desktop.cli.options import add_command, add_trace, open_trace_or_say, warn_line
from desktop.protocol.describe import describe
from desktop.protocol.parse import ParseError, parse_line
from desktop.sources.trace_file import TOO_LONG, iter_lines


def register(sub) -> None:
    ladder = add_command(sub, "ladder", help="print a trace as the seed's table: a column per user, a sentence per event")
    add_trace(ladder)
    ladder.set_defaults(handler=run_ladder)


def run_ladder(args) -> int:
    stream = open_trace_or_say(args.trace)
    if stream is None:
        return 2
    columns: list[str] = []
    rows: list[tuple[str, str]] = []
    with stream:
        for lineno, line in enumerate(iter_lines(stream), 1):
            if line is TOO_LONG:
                warn_line(lineno, "line longer than 1 MiB")
                continue
            if not line.strip():
                continue
            try:
                event = parse_line(line, args.format)
            except ParseError as exc:
                warn_line(lineno, str(exc))
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
