"""The O2G client against hostile gateways (items 8, 11, 14, 17)."""

import asyncio
import json
import ssl

import pytest

from desktop.sources.o2g.source import O2GSource
from tests.hostile.o2g_peers import FakeGateway, PlainListener
from tests.hostile.peers import wait_for


class Sink:
    def __init__(self):
        self.states, self.batches = [], []

    def events(self, batch): self.batches.append(list(batch))
    def reset(self, rewind): pass
    def directory(self, users): pass
    def state(self, text): self.states.append(text)


@pytest.fixture
def tls(certificate):
    cert, key = certificate
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return server, ssl.create_default_context(cafile=str(cert))


@pytest.mark.parametrize("scheme", ["HTTP", "Http", "http"])
def test_the_password_never_goes_to_a_plain_http_login_url(tls, scheme):
    """Item 11: a gateway reached by https hands back `HTTP://` for the login; the Basic
    header must not reach that plain port (it did: the check was case-sensitive)."""
    server_tls, client_tls = tls

    async def scenario():
        plain = await PlainListener().start()
        gateway = await FakeGateway(ssl_context=server_tls,
                                    auth_url=lambda gw: f"{scheme}://127.0.0.1:{plain.port}/api/rest/authenticate").start()
        source = O2GSource(gateway.base, "admin", "pa55word", ["u1"], ssl_context=client_tls)
        sink = Sink()
        source.attach(sink)
        await source.start()
        try:
            await wait_for(lambda: len(plain.received) > 0, timeout=5)
            await asyncio.sleep(0.3)
        finally:
            await source.stop()
            await gateway.stop()
            await plain.stop()
        return bytes(plain.received)

    received = asyncio.run(asyncio.wait_for(scenario(), 20))
    assert b"Authorization" not in received and b"pa55word" not in received
    assert received[:1] == b"\x16"  # a TLS ClientHello: the client insisted on https


def test_the_session_cookie_never_goes_to_a_plain_http_event_channel(tls):
    """Item 11: the polling URL may be plain http (taken as given, as ALE's SDKs do), but the
    session cookie does not go with it."""
    server_tls, client_tls = tls

    async def scenario():
        plain = await PlainListener().start()
        gateway = await FakeGateway(ssl_context=server_tls,
                                    polling_url=lambda gw: f"http://127.0.0.1:{plain.port}/events/s1").start()
        source = O2GSource(gateway.base, "admin", "pa55word", ["u1"], ssl_context=client_tls)
        source.attach(Sink())
        await source.start()
        try:
            await wait_for(lambda: b"\r\n\r\n" in plain.received, timeout=5)
        finally:
            await source.stop()
            await gateway.stop()
            await plain.stop()
        return bytes(plain.received)

    received = asyncio.run(asyncio.wait_for(scenario(), 20))
    assert received.startswith(b"POST /events/s1")
    assert b"cookie-value" not in received and b"Authorization" not in received


def test_a_huge_discovery_body_is_read_no_further_than_the_cap():
    """Item 8: a 400 MB discovery body took the client to 1 GB, read again on every retry.
    Here a gateway streams 64 MiB: the client stops reading past 1 MiB and says why."""
    written = []

    async def discovery(request):
        from aiohttp import web

        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(b'{"versions": [{"id": "1.0", "publicUrl": "')
        piece = b"x" * (64 << 10)
        try:
            for _ in range(1024):
                await response.write(piece)
                written.append(len(piece))
        except (ConnectionError, RuntimeError):
            pass
        return response

    async def scenario():
        gateway = await FakeGateway(discovery=discovery).start()
        source = O2GSource(gateway.base, "admin", "pw", ["u1"])
        sink = Sink()
        source.attach(sink)
        await source.start()
        try:
            await wait_for(lambda: any("over 1024 KiB" in s for s in sink.states), timeout=10)
            await asyncio.sleep(0.5)
        finally:
            await source.stop()
            await gateway.stop()
        return sink.states

    states = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert sum(written) < 16 << 20, sum(written)  # not 64 MiB: the client hung up
    assert any("reconnecting" in s for s in states)


def test_a_logins_list_over_1_mib_still_gets_through():
    """The one body allowed more than 1 MiB: 10,000 logins of 120 characters (1.2 MB)."""
    logins = [f"{n:05d}-" + "l" * 114 for n in range(10_000)]
    assert len(json.dumps({"loginNames": logins})) > 1 << 20

    async def scenario():
        gateway = await FakeGateway(logins=logins).start()
        source = O2GSource(gateway.base, "admin", "pw", ["*"])
        source.attach(Sink())
        await source.start()
        try:
            await wait_for(lambda: ("POST", "/api/rest/1.0/subscriptions") in gateway.requests, timeout=10)
        finally:
            await source.stop()
            await gateway.stop()

    asyncio.run(asyncio.wait_for(scenario(), 30))


def test_a_frozen_gateway_is_noticed_and_the_channel_reconnected():
    """Item 14: a gateway that stops sending (SIGSTOPped for 75 s, the TCP connection open)
    was shown "connected" throughout. Here it sends a blank line every 0.1 s, then nothing:
    after `channel_silence_s` without a byte the channel is dropped and opened again."""

    async def channel(gw, response):
        for _ in range(5):
            await asyncio.sleep(0.1)
            await response.write(b"\n")
        await gw.stopping.wait()  # frozen: the connection stays open, nothing comes

    async def scenario():
        gateway = await FakeGateway(channel=channel).start()
        source = O2GSource(gateway.base, "admin", "pw", ["u1"], channel_silence_s=1.0)
        sink = Sink()
        source.attach(sink)
        await source.start()
        try:
            await wait_for(lambda: source.connections >= 1, timeout=5)
            began = asyncio.get_running_loop().time()
            await wait_for(lambda: gateway.channels >= 2, timeout=6)
            took = asyncio.get_running_loop().time() - began
        finally:
            await source.stop()
            await gateway.stop()
        return took, sink.states

    took, states = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert took < 4
    assert any("no byte on the event channel for 1 s" in s for s in states), states


def test_channel_silence_is_an_option(capsys):
    from desktop.cli import main

    assert main(["snapshot", "--o2g", "https://127.0.0.1:9", "--user", "u", "--channel-silence", "0", "--duration", "1"]) == 2
    assert "--channel-silence" in capsys.readouterr().err


def test_recovery_after_a_gateway_restart_logs_in_first_and_is_quick():
    """Item 17: with --monitor '*', a gateway that restarts (its sessions forgotten) after a
    channel younger than 10 s: the client re-read the logins with the dead session, spent a
    second backoff cycle on it, and took 10-20 s. Now it logs in again first, then lists,
    within 2 s of the gateway's return."""

    async def scenario():
        first = await FakeGateway(logins=["u1", "u2"]).start()
        port = first.port
        source = O2GSource(first.base, "admin", "pw", ["*"])
        sink = Sink()
        source.attach(sink)
        await source.start()
        try:
            await wait_for(lambda: source.connections == 1, timeout=5)
            await first.stop()
            await asyncio.sleep(6)  # down long enough for the backoff to reach 4-8 s
            second = await FakeGateway(logins=["u1", "u2"]).start(port)
            back = asyncio.get_running_loop().time()
            try:
                await wait_for(lambda: source.connections == 2, timeout=15)
                took = asyncio.get_running_loop().time() - back
                # One login, then the logins list with the new session: no request on the dead one
                # after the first 401.
                return took, second.refused_sessions, second.logins_opened
            finally:
                await source.stop()
                await second.stop()
        finally:
            await source.stop()

    took, refused, logins_opened = asyncio.run(asyncio.wait_for(scenario(), 40))
    assert took < 2.0, took
    assert refused <= 1 and logins_opened == 1
