"""`cti-monitor history`: the stored call history, newest first (README's "Call history").

    cti-monitor history [--user LOGIN] [--missed] [--unacknowledged] [--since ISO] [--limit N]
                        [--json] [--db FILE] [--export FILE.csv]

With --json, JSON Lines: one object per row (`CallRecord.as_json`, a public contract). Without,
a table for people. --export writes the same rows as CSV to FILE instead of printing them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from desktop.cli.options import add_command
from desktop.history.store import Query, Store, StoreError, default_path
from desktop.model.history import from_iso, iso


def register(sub) -> None:
    p = add_command(sub, "history", help="print the stored call history (newest first)")
    p.add_argument("--user", metavar="LOGIN", help="only this user's calls")
    p.add_argument("--missed", action="store_true", help="only missed calls (incoming, not answered)")
    p.add_argument("--unacknowledged", action="store_true", help="only calls not acknowledged yet")
    p.add_argument("--since", metavar="ISO", type=_moment, help="only calls ended at or after this time (ISO 8601; UTC unless it says)")
    p.add_argument("--limit", metavar="N", type=_count, help="at most N rows (default: all)")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per call (README's schema)")
    p.add_argument("--db", metavar="FILE", help=f"the history database (default: {default_path()})")
    p.add_argument("--export", metavar="FILE.csv", help="write the rows to FILE.csv instead of printing them")
    p.set_defaults(handler=run)


def _moment(text: str) -> int:
    try:
        return from_iso(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("N must be 0 or more")
    return value


def open_store(path: Path) -> Store:
    """Read-only; an older schema is brought up to date first (that needs writing once)."""
    try:
        return Store(path, readonly=True)
    except StoreError as exc:
        if "older schema" not in str(exc):
            raise
        Store(path).close()
        return Store(path, readonly=True)


def run(args) -> int:
    path = Path(args.db) if args.db else default_path()
    if not path.exists():
        print(f"cti-monitor: no call history at {path} yet", file=sys.stderr)
        if args.export:
            Store().export_csv(args.export)  # the header alone
        return 0
    try:
        store = open_store(path)
    except StoreError as exc:
        print(f"cti-monitor: error: {exc}", file=sys.stderr)
        return 2
    query = Query(login=args.user, missed=args.missed, unacknowledged=args.unacknowledged, since=args.since)
    try:
        if args.export:
            try:
                n = store.export_csv(args.export, query, args.limit)
            except OSError as exc:
                print(f"cti-monitor: error: cannot write {args.export}: {exc.strerror or exc}", file=sys.stderr)
                return 2
            print(f"cti-monitor: {n} calls written to {args.export}", file=sys.stderr)
            return 0
        rows = store.query(query, limit=args.limit)
    finally:
        store.close()
    out = sys.stdout
    if args.json:
        for record in rows:
            out.buffer.write(orjson.dumps(record.as_json()) + b"\n")
    else:
        for line in table(rows):
            out.write(line + "\n")
    out.flush()
    return 0


def table(rows) -> list[str]:
    lines = [f"{'ended (UTC)':<24} {'user':<12} {'dir':<4} {'other party':<28} {'dur':>6}  outcome"]
    for r in rows:
        other = r.other_party()
        who = (other.name or other.login or other.number or "") if other else ""
        if other and other.number and who != other.number:
            who = f"{who} ({other.number})"
        direction = {"incoming": "in", "outgoing": "out"}.get(r.direction or "", "?")
        duration = "" if r.duration_s is None else f"{r.duration_s:.0f}s"
        flag = "" if r.acknowledged or not r.missed else "  *"
        lines.append(f"{iso(r.ended) or '':<24} {r.login:<12} {direction:<4} {who[:28]:<28} {duration:>6}  {r.outcome}{flag}")
    return lines
