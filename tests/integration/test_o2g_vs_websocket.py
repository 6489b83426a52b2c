"""One simulated OXE, served at once over WebSocket (docs/protocol.md) and as an O2G, as
`cti-monitor simulator --o2g-port` does: a client of each sees the same state after every
step of the seed flows, the commands going alternately through one and the other."""

from __future__ import annotations

import asyncio
import json

import pytest

from desktop.app.session import IngestSession as ModelSink
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.o2g.gateway import start_gateway
from desktop.simulator.ws.feeds import EngineFeed
from desktop.simulator.ws.server import SimulatorServer
from desktop.sources.o2g.source import O2GSource
from desktop.sources.websocket import WebSocketSource
from tests.integration.harness import PASSWORD, SEED_USERS, _without_event_ids, wait_for
from tests.integration.test_o2g_flows import FLOWS
from tests.o2g_view import o2g_view


class BothServers:
    def __init__(self):
        self.engine = Engine(seed_directory())
        self.server = SimulatorServer(EngineFeed(self.engine), ping_interval=None)
        # The engine's own events, applied directly: what both clients must reach.
        self.reference = ModelSink(use_directory=False)
        for login in SEED_USERS:
            self.reference.events(_without_event_ids(self.engine.snapshot(login)))
        # As the simulator's CLI wires it: the gateway and the reference listen to the server.
        self.server.listeners.append(lambda events: self.reference.events(_without_event_ids(events)))
        self.publish = self.server.publish
        self.models = {"O2G": ModelSink(use_directory=False), "WebSocket": ModelSink(use_directory=False)}

    async def __aenter__(self):
        self.gateway = await start_gateway(self.engine, password=PASSWORD, dispatch=self.publish)
        self.server.listeners.append(self.gateway.gateway.publish)
        port = await self.server.start("127.0.0.1", 0)
        self.sources = {
            "O2G": O2GSource(self.gateway.url, "admin", PASSWORD, SEED_USERS),
            "WebSocket": WebSocketSource(f"ws://127.0.0.1:{port}", logins=SEED_USERS),
        }
        for name, source in self.sources.items():
            source.attach(self.models[name])
            await source.start()
        await wait_for(lambda: all(s.connections == 1 for s in self.sources.values()), what="both connected")
        await self.same_state()
        return self

    async def __aexit__(self, *exc):
        for source in self.sources.values():
            await source.stop()
        await self.server.close()
        await self.gateway.stop()

    @staticmethod
    def users(sink):
        return sink.snapshot()["users"]

    async def same_state(self):
        want = self.users(self.reference)
        try:
            # O2G names fewer capabilities than the OXE (waitOnBusy): it is compared with what it can say
            wants = {"O2G": o2g_view(want), "WebSocket": want}
            await wait_for(lambda: all(self.users(m) == wants[name] for name, m in self.models.items()), what="the engine's state")
        except AssertionError:
            shown = {name: self.users(m) for name, m in self.models.items()}
            raise AssertionError("clients differ\n" + json.dumps({"engine": want, **shown}, indent=1)) from None


class Steps:
    """The flows' interface (see test_flows): commands alternate between the two sources;
    what O2G has no request for (camp-on) goes over WebSocket."""

    def __init__(self, both: BothServers):
        self.both = both
        self.h = both  # flows reach the engine as s.h.engine
        self.count = 0

    async def _send(self, name, login, action, call_ref, args):
        result = await self.both.sources[name].command(login, action, call_ref, args=args or None)
        await self.both.same_state()
        self.count += 1
        return result.get("callRef")

    async def o2g(self, login, action, call_ref=None, **args):
        return await self._send("O2G" if self.count % 2 == 0 else "WebSocket", login, action, call_ref, args)

    async def engine(self, login, action, call_ref=None, **args):
        return await self._send("WebSocket", login, action, call_ref, args)


@pytest.mark.parametrize("flow", FLOWS, ids=[f.__name__ for f in FLOWS])
def test_o2g_and_websocket_clients_see_the_same_state(flow):
    async def scenario():
        async with BothServers() as both:
            steps = Steps(both)
            await flow(steps)
            assert steps.count >= 2 and both.engine.is_idle()
            assert all(not u["calls"] for m in both.models.values() for u in both.users(m))
            assert all(m.ingest.rejected == 0 for m in both.models.values())

    asyncio.run(scenario())
