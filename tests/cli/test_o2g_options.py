"""The O2G options of the command line: which logins to monitor, and no password option."""

from __future__ import annotations

import argparse

import pytest

from desktop.app.sources import OptionError
from desktop.cli.options import add_o2g_arguments, monitored


def _args(*argv):
    parser = argparse.ArgumentParser()
    add_o2g_arguments(parser)
    return parser.parse_args(list(argv))


def test_monitor_options(tmp_path):
    assert monitored(_args("--monitor", "a, b,,a")) == ["a", "b"]
    f = tmp_path / "logins.txt"
    f.write_text("# reception\na\nb, c  # desk 2\n\n", encoding="utf-8")
    assert monitored(_args("--monitor-file", str(f))) == ["a", "b", "c"]
    assert monitored(_args()) == []
    with pytest.raises(OptionError):
        monitored(_args("--monitor", "*,a"))
    with pytest.raises(OptionError):
        monitored(_args("--monitor-file", str(tmp_path / "missing.txt")))
    with pytest.raises(SystemExit):  # one or the other, and no password option at all
        _args("--monitor", "a", "--monitor-file", str(f))
    with pytest.raises(SystemExit):
        _args("--password", "x")
