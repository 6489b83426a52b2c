"""The O2G source's small parts: line splitting, URL choices, options, the password's origin."""

from __future__ import annotations

import argparse

import pytest

from desktop.sources.o2g import credentials as o2g_credentials
from desktop.sources.base import CommandRefused
from desktop.protocol.o2g.lines import TOO_LONG, LineSplitter
from desktop.sources.o2g.client import api_root, pick
from desktop.sources.o2g.commands import COMMANDS, Context, path_of
from desktop.sources.o2g_options import OptionError, add_o2g_arguments, monitored


def test_lines_split_across_chunks_blank_lines_dropped():
    s = LineSplitter()
    assert s.feed(b'{"a":1}\n{"b"') == [b'{"a":1}']
    assert s.feed(b":2}\r\n\n  \n{") == [b'{"b":2}']
    assert s.feed(b'"c":3}') == []
    assert s.end() == [b'{"c":3}']


def test_an_overlong_line_becomes_one_marker_and_the_next_line_is_intact():
    s = LineSplitter(limit=10)
    assert s.feed(b"x" * 8) == []
    assert s.feed(b"y" * 8) == []  # over the limit: dropped, never held whole
    assert s.feed(b"zz\n{}\n") == [TOO_LONG, b"{}"]
    assert s.feed(b"w" * 20) == [] and s.end() == [TOO_LONG]


def test_api_root_and_url_choice():
    assert api_root("https://gw.example") == "https://gw.example/api/rest"
    assert api_root("https://gw.example:8443/api/rest/") == "https://gw.example:8443/api/rest"
    with pytest.raises(ValueError):
        api_root("gw.example")
    root = "https://gw.example/api/rest"
    # the private URL when it is where we reached the gateway, else the public one
    assert pick("https://pub.example/x", "https://gw.example/x", root) == "https://gw.example/x"
    assert pick("https://pub.example/x", "https://lan.local/x", root) == "https://pub.example/x"
    # never from https down to http: the password and the cookie stay inside TLS
    assert pick("http://gw.example/x", "", root) == "https://gw.example/x"
    assert pick("http://127.0.0.1:9/x", "", "http://127.0.0.1:9/api/rest") == "http://127.0.0.1:9/x"
    # except the event channel, taken as given (some gateways serve it on a plain-http port)
    assert pick("http://gw.example:8014/OTEvents", "", root, upgrade=False) == "http://gw.example:8014/OTEvents"


def test_paths_are_filled_and_quoted_and_missing_parts_refused():
    ctx = Context("dropParticipant", "u", "ref/1", None, {"participantId": "70 21"})
    assert path_of(COMMANDS["dropParticipant"], ctx) == "/calls/ref%2F1/participants/70%2021"
    with pytest.raises(CommandRefused) as refused:
        path_of(COMMANDS["answer"], Context("answer", "u", None, "d", {}))
    assert refused.value.code == "BAD_REQUEST" and "callRef" in refused.value.message


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


class FakeKeyring:
    def __init__(self, fail=False):
        self.store, self.fail = {}, fail

    def get_password(self, service, name):
        if self.fail:
            raise RuntimeError("no backend")
        return self.store.get((service, name))

    def set_password(self, service, name, value):
        if self.fail:
            raise RuntimeError("no backend")
        self.store[(service, name)] = value

    def delete_password(self, service, name):
        self.store.pop((service, name), None)


def test_password_from_the_prompt_then_the_keyring_only_when_opted_in(monkeypatch):
    kr = FakeKeyring()
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: kr)
    asked = []

    def ask(prompt):
        asked.append(prompt)
        return "typed"

    assert o2g_credentials.obtain_password("https://gw", "u", ask=ask) == "typed"
    assert kr.store == {}  # not remembered without the opt-in
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=ask) == "typed"
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=ask) == "typed"
    assert len(asked) == 2  # the third came from the keyring
    o2g_credentials.forget("https://gw", "u")
    assert kr.store == {}


def test_no_keyring_backend_or_package_breaks_nothing(monkeypatch):
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: FakeKeyring(fail=True))
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=lambda p: "typed") == "typed"
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: None)
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=lambda p: "typed") == "typed"
    o2g_credentials.forget("https://gw", "u")
    with pytest.raises(ValueError):
        o2g_credentials.obtain_password("https://gw", "u", ask=lambda p: "")
