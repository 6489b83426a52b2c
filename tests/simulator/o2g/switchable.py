"""The simulated gateway with what tests need and production must not carry: switches that
break its event channels on purpose, and counters of what it was asked."""

from __future__ import annotations

import collections

from aiohttp import web

from desktop.protocol.o2g.errors import RestError
from desktop.simulator.o2g import plans
from desktop.simulator.o2g.gateway import O2GGateway, route_of

PASSWORD = "test-only-password"  # the simulated gateway's demo password in tests; nothing real


class SwitchableGateway(O2GGateway):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits: collections.Counter[tuple[str, str]] = collections.Counter()  # (method, route)
        self.commands: list[tuple] = []  # (login, action, callRef, deviceId, args) sent to the engine
        self.refuse_channels = False  # a gateway that accepts REST but no event channel
        self.end_channels_at_once = False  # one that ends each channel after its first line

    def inject_raw_line(self, line: bytes) -> None:
        """Put arbitrary bytes on every open channel, as one line."""
        for sub in self._subscriptions.values():
            sub.push(line.rstrip(b"\n") + b"\n")

    def cut_channels(self) -> None:
        """Drop every channel's connection, as a network failure would."""
        for sub in self._subscriptions.values():
            if sub.transport is not None:
                sub.transport.abort()

    def app(self) -> web.Application:
        app = super().app()
        app.middlewares.insert(0, self._count)
        return app

    @web.middleware
    async def _count(self, request: web.Request, handler):
        self.hits[(request.method, route_of(request))] += 1
        return await handler(request)

    def _subscription_of(self, request: web.Request):
        sub = super()._subscription_of(request)
        if self.refuse_channels:
            raise RestError(503, "event channel unavailable")
        return sub

    async def _next_lines(self, sub, generation):
        return None if self.end_channels_at_once else await super()._next_lines(sub, generation)

    def _run(self, attempts, login):
        return plans.run(self.engine, attempts, login, self.commands)[1]
