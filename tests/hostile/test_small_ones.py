"""Item 18, the small ones: each against a real peer on loopback or the real command line."""

import asyncio
import json
import ssl

import pytest
import websockets

from desktop.cli import main
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed
from desktop.simulator.ws.server import SimulatorServer


@pytest.mark.parametrize("header", ["bearer s3cret", "BEARER s3cret", "Bearer  s3cret"])
def test_bearer_is_case_insensitive(header):
    async def scenario():
        server = SimulatorServer(EngineFeed(Engine(seed_directory(0))), token="s3cret")
        port = await server.start("127.0.0.1", 0)
        try:
            async with websockets.connect(f"ws://127.0.0.1:{port}", additional_headers={"Authorization": header}) as ws:
                first = json.loads(await asyncio.wait_for(ws.recv(), 5))
            return first["type"]
        finally:
            await server.close()

    assert asyncio.run(scenario()) == "hello"


@pytest.mark.parametrize("duration", ["nan", "inf", "-1", "-inf"])
def test_a_duration_that_is_not_a_number_of_seconds_is_refused(duration, capsys):
    assert main(["snapshot", "--connect", "ws://127.0.0.1:9", f"--duration={duration}"]) == 2
    assert "--duration" in capsys.readouterr().err


def test_insecure_with_wss_is_refused_with_a_message(capsys):
    assert main(["snapshot", "--connect", "wss://127.0.0.1:9", "--insecure", "--duration", "1"]) == 2
    err = capsys.readouterr().err
    assert "--insecure" in err and "--cafile" in err


def test_an_o2g_certificate_failure_says_certificate_not_trusted(certificate):
    from desktop.sources.o2g.source import O2GSource
    from tests.integration.harness import A, PASSWORD, Harness
    from tests.hostile.peers import wait_for

    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    states = []

    class Sink:
        def events(self, batch): pass
        def reset(self, rewind): pass
        def directory(self, users): pass
        def state(self, text): states.append(text)

    async def scenario():
        running = await Harness().start_gateway(ssl_context=context)
        source = O2GSource(running.url, "admin", PASSWORD, [A], ssl_context=ssl.create_default_context())
        source.attach(Sink())
        await source.start()
        try:
            await wait_for(lambda: any("certificate not trusted" in s for s in states))
        finally:
            await source.stop()
            await running.stop()

    asyncio.run(asyncio.wait_for(scenario(), 15))
    assert any("certificate not trusted: " in s and "self" in s.lower() for s in states), states
