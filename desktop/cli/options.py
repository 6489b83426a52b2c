"""Option groups more than one command takes, each defined once."""

from __future__ import annotations

import argparse
import os

TOKEN_ENV = "CTI_TOKEN"  # where --token is read from when not given


def add_command(sub, name: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand's parser, with the --verbose every command has."""
    parser = sub.add_parser(name, **kwargs)
    add_verbose(parser)
    return parser


def add_verbose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log everything (debug level), on stderr too")


def add_token(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--token", metavar="T", default=None, help=f"{help} (default: the {TOKEN_ENV} environment variable)")


def token_of(args) -> str | None:
    """--token, else $CTI_TOKEN, else none. Never logged."""
    return args.token or os.environ.get(TOKEN_ENV) or None
