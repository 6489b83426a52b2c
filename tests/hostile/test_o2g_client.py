"""The O2G client against hostile gateways (items 8, 11, 14, 17)."""

import asyncio
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
