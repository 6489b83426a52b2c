"""The `cti-monitor` command: the window by default, and headless subcommands."""

from __future__ import annotations

import argparse
import sys

from desktop import commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cti-monitor",
        description="Live line states and call control for an OmniPCX Enterprise. "
        "Without a subcommand, opens the window on the built-in simulated OXE.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        print("cti-monitor: the window is not built yet; try 'cti-monitor snapshot TRACE'", file=sys.stderr)
        return 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
