"""HTTPS is verified unless told otherwise; `snapshot --o2g/--connect` prints the live state."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import ssl
import threading

import pytest

from desktop.cli.snapshot import add_live_arguments, run_live_snapshot
from desktop.sources.o2g import credentials as o2g_credentials
from desktop.sources.o2g.source import O2GSource
from tests.integration.harness import A, PASSWORD, Harness, wait_for
from tests.sources.o2g.test_credentials import FakeKeyring


def test_https_is_verified_by_default_and_trusts_a_given_ca(certificate):
    cert, key = certificate
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)

    async def scenario():
        h = Harness()
        running = await h.start_gateway(ssl_context=server)
        assert running.url.startswith("https://127.0.0.1:")
        sources = {
            "verified": O2GSource(running.url, "admin", PASSWORD, [A], ssl_context=ssl.create_default_context()),
            "our CA": O2GSource(running.url, "admin", PASSWORD, [A], ssl_context=ssl.create_default_context(cafile=str(cert))),
            "insecure": O2GSource(running.url, "admin", PASSWORD, [A], ssl_context=False),
        }
        for source in sources.values():
            await source.start()
        try:
            await wait_for(lambda: sources["our CA"].connections == 1 and sources["insecure"].connections == 1, what="TLS channels")
            await asyncio.sleep(0.2)
            assert sources["verified"].connections == 0 and sources["verified"].sessions_opened == 0
            assert len(running.gateway.sessions) == 2  # no password ever went to an unverified peer
        finally:
            for source in sources.values():
                await source.stop()
            await running.stop()

    asyncio.run(scenario())


class Background:
    """An event loop in a thread, for servers a synchronous command talks to."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def close(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def _snapshot_args(*argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("trace", nargs="?")
    add_live_arguments(parser)
    return parser.parse_args(list(argv))


def test_snapshot_over_o2g_prints_the_live_state(monkeypatch, capsys):
    monkeypatch.setattr(getpass, "getpass", lambda prompt: PASSWORD)
    bg = Background()
    try:
        h = Harness()
        running = bg.run(h.start_gateway())
        ref = bg.run(_call(h))
        args = _snapshot_args("--o2g", running.url, "--user", "admin", "--monitor", "oxe70020,oxe70021", "--duration", "0.6")
        assert run_live_snapshot(args) == 0
        out = json.loads(capsys.readouterr().out)
        users = {u["login"]: u for u in out["users"]}
        assert sorted(users) == ["oxe70020", "oxe70021"]
        assert [c["callRef"] for c in users["oxe70020"]["calls"]] == [ref]
        assert users["oxe70021"]["calls"][0]["legs"][0]["capabilities"] == ["answer"]
        assert out["rejected"] == 0 and out["at"] >= 3
        # A remembered password the gateway refuses is reported and forgotten.
        keyring = FakeKeyring()
        monkeypatch.setattr(o2g_credentials, "_keyring", lambda: keyring)
        o2g_credentials.remember(running.url, "admin", "stale")
        monkeypatch.setattr(getpass, "getpass", lambda prompt: pytest.fail("the keyring had it"))
        assert run_live_snapshot(_snapshot_args(*vars_to_argv(args), "--remember")) == 2
        assert "login refused" in capsys.readouterr().err
        assert keyring.store == {}
        bg.run(running.stop())
    finally:
        bg.close()


def vars_to_argv(args):
    return ["--o2g", args.o2g, "--user", args.user, "--monitor", args.monitor, "--duration", str(args.duration)]


async def _call(h):
    return h.do("oxe70020", "makeCall", callee="70021")


def test_snapshot_over_websocket_prints_the_live_state(capsys):
    from tests.sources.test_websocket import STATE, FakeServer

    bg = Background()
    try:
        server = FakeServer([STATE])
        bg.run(server.start())
        args = _snapshot_args("--connect", f"ws://127.0.0.1:{server.port}", "--duration", "0.4")
        assert run_live_snapshot(args) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["users"] == [{"login": "u1", "state": "BUSY", "calls": [], "routing": None}]
        bg.run(server.stop())
    finally:
        bg.close()


def test_snapshot_live_option_errors_are_one_line(capsys):
    assert run_live_snapshot(_snapshot_args("--o2g", "https://gw.example")) == 2
    assert "--user" in capsys.readouterr().err
    assert run_live_snapshot(_snapshot_args("--connect", "http://x", "--duration", "1")) == 2
    assert "ws://" in capsys.readouterr().err
