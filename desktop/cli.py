"""The `cti-monitor` command: the window by default, and headless subcommands."""

from __future__ import annotations

import argparse
import sys

from desktop import commands
from desktop.simulator import cli as simulator_cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cti-monitor",
        description="Live line states and call control for an OmniPCX Enterprise. "
        "Without a subcommand, opens the window on the built-in simulated OXE.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    simulator_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("--") and argv[0] != "--help"):
        # No subcommand: the window (its options, e.g. --replay, are parsed by desktop.ui.app).
        from desktop.ui.app import main as window_main

        return window_main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
