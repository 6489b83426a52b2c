"""The option groups every command shares: --verbose everywhere, --token from CTI_TOKEN."""

import argparse

from desktop.cli import build_parser
from desktop.cli.options import TOKEN_ENV, add_token, token_of


COMMANDS = {"snapshot": [], "ladder": ["T"], "simulator": [], "serve": ["T"], "about": [], "install-desktop": []}


def test_every_subcommand_takes_verbose():
    parser = build_parser()
    for name, required in COMMANDS.items():
        assert parser.parse_args([name, *required]).verbose is False, name
        assert parser.parse_args([name, *required, "--verbose"]).verbose is True, name


def test_token_given_else_from_the_environment(monkeypatch):
    parser = argparse.ArgumentParser()
    add_token(parser, "access token")
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    assert token_of(parser.parse_args(["--token", "given"])) == "given"
    assert token_of(parser.parse_args([])) == "from-env"
    monkeypatch.delenv(TOKEN_ENV)
    assert token_of(parser.parse_args([])) is None
