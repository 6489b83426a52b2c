"""A simulated OXE served by the simulated O2G gateway on a free loopback port, an O2GSource
watching it, and the engine's own RTSM events applied to a reference model beside it."""

from __future__ import annotations

import asyncio
import json

from desktop.app.session import IngestSession as ModelSink
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.o2g.gateway import serve
from desktop.sources.o2g.source import O2GSource
from tests.o2g_view import o2g_view
from tests.simulator.o2g.switchable import PASSWORD, SwitchableGateway

A, B, C = "oxe70020", "oxe70021", "oxe70022"
SEED_USERS = [A, B, C]


async def wait_for(predicate, timeout=5.0, what="condition"):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s")
        await asyncio.sleep(0.01)


def _without_event_ids(events):
    # The reference sees each user's subscription snapshot (numbered from 1) and then the live
    # events (numbered by the engine): without ids, the model keeps no sequence to trip on.
    return [{k: v for k, v in e.items() if k != "eventId"} for e in events]


class Harness:
    def __init__(self, *, user="admin", password=PASSWORD, monitor=tuple(SEED_USERS), time_to_live=60, keepalive_fraction=0.5, flags=None, **gateway_options):
        self.engine = Engine(seed_directory())
        self.reference = ModelSink(use_directory=False)
        for login in SEED_USERS:
            self.reference.events(_without_event_ids(self.engine.snapshot(login)))
        self.sink = ModelSink(use_directory=False)
        self.user, self.password, self.monitor = user, password, list(monitor)
        self.time_to_live = time_to_live
        self.keepalive_fraction = keepalive_fraction
        self.gateway_options = gateway_options
        self.flags = flags or {}  # test switches set on the gateway before the source starts
        self.running = None
        self.source: O2GSource | None = None

    @property
    def gateway(self):
        return self.running.gateway

    def dispatch(self, events):
        """What the simulator does with every batch: every server of the engine gets it."""
        self.reference.events(_without_event_ids(events))
        self.running.gateway.publish(events)

    def reference_snapshot(self):
        """What a WebSocket client gets after the PBX link returns: every user's state again
        (the session started over when it heard the link come back)."""
        for login in SEED_USERS:
            self.reference.events(_without_event_ids(self.engine.snapshot(login)))

    async def start_gateway(self, port=0, ssl_context=None):
        gateway = SwitchableGateway(
            self.engine, password=PASSWORD, time_to_live=self.time_to_live, dispatch=self.dispatch, **self.gateway_options,
        )
        self.running = await serve(gateway, port=port, ssl_context=ssl_context)
        for name, value in self.flags.items():
            setattr(self.running.gateway, name, value)
        return self.running

    async def __aenter__(self):
        await self.start_gateway()
        self.source = O2GSource(self.running.url, self.user, self.password, self.monitor, keepalive_fraction=self.keepalive_fraction)
        self.source.attach(self.sink)
        await self.source.start()
        return self

    async def __aexit__(self, *exc):
        await self.source.stop()
        await self.running.stop()

    async def connected(self, count=1, timeout=5.0):
        await wait_for(lambda: self.source.connections >= count, timeout, f"{count} event channel(s)")
        await self.same_state()

    def do(self, login, action, call_ref=None, device_id=None, **args):
        """A command straight to the engine (as the WebSocket server or the traffic would)."""
        result = self.engine.command(login, action, call_ref, device_id, args or None)
        self.dispatch(result.events)
        return result.result.get("callRef")

    def users(self, sink):
        return sink.snapshot()["users"]

    async def same_state(self, timeout=5.0):
        """The O2G model catches up with the reference, or the test fails with both shown."""
        try:
            await wait_for(lambda: self.users(self.sink) == o2g_view(self.users(self.reference)), timeout, "the reference state")
        except AssertionError:
            got = json.dumps(self.users(self.sink), indent=1, sort_keys=True)
            want = json.dumps(o2g_view(self.users(self.reference)), indent=1, sort_keys=True)
            raise AssertionError(f"O2G model differs from the RTSM reference\n--- O2G\n{got}\n--- RTSM\n{want}") from None

    def calls(self, login):
        users = {u["login"]: u for u in self.users(self.sink)}
        return [c["callRef"] for c in users.get(login, {}).get("calls", [])]
