"""The simulated gateway with what tests need and production must not carry: switches that
break its event channels on purpose, and counters of what it was asked."""

from __future__ import annotations

import collections

import orjson

from aiohttp import web

from desktop.protocol.o2g.errors import RestError
from desktop.simulator.o2g import plans
from desktop.simulator.o2g.gateway import O2GGateway, _response, route_of

PASSWORD = "test-only-password"  # the simulated gateway's demo password in tests; nothing real


class SwitchableGateway(O2GGateway):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits: collections.Counter[tuple[str, str]] = collections.Counter()  # (method, route)
        self.commands: list[tuple] = []  # (login, action, callRef, deviceId, args) sent to the engine
        self.bodies: list[tuple[str, str, dict | None, dict]] = []  # (method, route, JSON body, query)
        self.refuse_bulk_snapshots = False  # a gateway that wants ?loginName= on every snapshot
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
        route = route_of(request)
        self.hits[(request.method, route)] += 1
        raw = await request.read() if request.can_read_body else b""
        try:
            body = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            body = None
        self.bodies.append((request.method, route, body, dict(request.query)))
        if self.refuse_bulk_snapshots and route.endswith("/state/snapshot") and "loginName" not in request.query:
            return _response(RestError(400, "give ?loginName="))
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
