"""`cti-monitor` with no subcommand: the window's command line. desktop/ui/run.py opens it."""

from __future__ import annotations

import argparse
import sys

from desktop import logs
from desktop.app.sources import OptionError
from desktop.cli.options import add_connect, add_o2g_arguments, add_verbose, add_version, source_options, warn
from desktop.version import DIST


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-monitor", description="CTI Monitor window")
    p.add_argument("--replay", metavar="TRACE", help="play a JSONL trace locally")
    p.add_argument("--login", metavar="LOGIN", help="my line (default: last used, else oxe70020)")
    p.add_argument("--play", action="store_true", help="with --replay: start playing at once")
    add_connect(p)
    add_o2g_arguments(p)
    add_verbose(p)
    add_version(p)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = logs.setup(DIST, verbose=args.verbose)
    from desktop.ui.run import run  # Qt only now: the subcommands never load it

    try:
        options = source_options(args, replay=args.replay, my_line=args.login)
        return run(options, log_path, play=args.play, warn=warn)
    except OptionError as exc:
        print(f"cti-monitor: {exc}", file=sys.stderr)
        return 2
