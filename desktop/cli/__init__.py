"""The `cti-monitor` command: the window by default, and headless subcommands."""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import logs
from desktop.cli import about, history, install_desktop, ladder, simulator, snapshot, window
from desktop.cli.options import add_version
from desktop.version import DIST

SERVERS = {"simulator", "serve"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cti-monitor",
        description="Live line states and call control for an OmniPCX Enterprise. "
        "Without a subcommand, opens the window on the built-in simulated OXE.",
    )
    add_version(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    snapshot.register(sub)
    ladder.register(sub)
    history.register(sub)
    simulator.register(sub)
    about.register(sub)
    install_desktop.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("--help", "-h")):
        # No subcommand: the window (its options, --version and --verbose too, are window.py's).
        return window.main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    # Each subcommand its own rotating file. On stderr, the servers tell what they do (where they
    # listen, who connects); one-shot commands like snapshot only warn, their output is for scripts.
    console = logging.INFO if args.command in SERVERS else logging.WARNING
    logs.setup(f"{DIST}-{args.command}", verbose=args.verbose, console_level=console)
    logs.log_uncaught(f"{DIST} {args.command}")
    return args.handler(args)

