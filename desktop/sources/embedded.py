"""The built-in simulated OXE as a source: what `make run` opens with no PBX at all.

It starts the simulator's WebSocket server inside this process on a free loopback port, with
demo traffic, and connects to it like any remote server would, so a demo runs through the
very protocol and client code a real deployment uses.
"""

from __future__ import annotations

import random

from desktop.simulator.demo import demo_traffic
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
from desktop.simulator.ws.server import SimulatorServer
from desktop.protocol.wire import DISCONNECTED, Refused
from desktop.sources.base import Source
from desktop.sources.websocket import WebSocketSource

DEMO_USERS = 40  # "a few dozen" generated colleagues beside the seed's three
DEMO_RATE = 0.35  # new calls per second among them
DEMO_SPEED = 2.0  # ringing and talk twice as short as real life: a demo should move


class EmbeddedSimulator(Source):
    kind = "simulator"

    def __init__(self, my_line: str = "oxe70020", users: int = DEMO_USERS, rate: float = DEMO_RATE,
                 speed: float = DEMO_SPEED, seed: int | None = None):
        super().__init__()
        self.engine = Engine(seed_directory(users), clock=wall_clock_ms)
        seed = random.randrange(1 << 30) if seed is None else seed
        self.traffic = demo_traffic(self.engine, my_line, rate, speed, seed) if rate > 0 else None
        self.server = SimulatorServer(EngineFeed(self.engine, self.traffic))
        self.client: WebSocketSource | None = None
        self.port: int | None = None

    @property
    def description(self) -> str:
        return f"built-in simulator (ws://127.0.0.1:{self.port})" if self.port else "built-in simulator"

    async def start(self) -> None:
        self.port = await self.server.start("127.0.0.1", 0)
        self.client = WebSocketSource(f"ws://127.0.0.1:{self.port}")
        self.client.attach(self.sink)
        await self.client.start()

    async def stop(self) -> None:
        if self.client is not None:
            await self.client.stop()
        await self.server.close()

    async def command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        if self.client is None:
            raise Refused(DISCONNECTED, "the simulator is not started")
        return await self.client.command(login, action, call_ref, device_id, args)

    async def resync(self) -> None:
        if self.client is not None:
            await self.client.resync()

    def retry_now(self) -> None:
        if self.client is not None:
            self.client.retry_now()

    def follow_my_line(self, login: str | None) -> None:
        """The demo rings the line set now, and leaves its calls alone."""
        if self.traffic is not None:
            self.traffic.set_my_line(login)
