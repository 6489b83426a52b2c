"""What the simulator's front ends serve: a feed is a directory, each user's current state,
commands and live events. The engine with its traffic (`EngineFeed`) or a recorded trace
(`TraceFeed`, read-only); the WebSocket server (server.py) relays a feed to its clients."""

from __future__ import annotations

import asyncio
import time

from desktop.protocol.wire import NOT_CAPABLE, Refused
from desktop.simulator.engine import Engine
from desktop.simulator.playback import Trace
from desktop.simulator.traffic import TrafficGenerator

TICK = 0.01  # seconds between two runs of the traffic generator


class Feed:
    """What a server serves: a directory, each user's current state, commands, live events.
    `renumber`: the server gives each client its own eventId sequence."""

    renumber = True

    def users(self) -> list[dict]:
        raise NotImplementedError

    def directory_version(self) -> object:
        """Changes when `users()` would answer differently: the server builds its hello once per
        version. Default: a new one each time (the hello is built for every connection)."""
        return object()

    def known(self, login: str) -> bool:
        raise NotImplementedError

    def snapshot(self, login: str) -> list[dict]:
        raise NotImplementedError

    def command(self, login, action, call_ref, device_id, args) -> tuple[dict, list[dict]]:
        """The reply's result and the events the command caused; Refused when it changed nothing."""
        raise Refused(NOT_CAPABLE, "this feed takes no commands")

    def link_snapshot(self) -> list[dict]:
        """One RTSM_LINK_STATE_MODIFIED per link, as now (none when the feed knows no links)."""
        return []

    def links(self) -> dict[str, str]:
        return {}

    def set_link(self, link: str, up: bool) -> list[dict]:
        raise Refused(NOT_CAPABLE, "this feed has no PBX link to simulate")

    async def run(self, publish) -> None:
        """Produce live events until cancelled."""
        await asyncio.Event().wait()


class EngineFeed(Feed):
    """The engine, with its traffic generator when there is one, the engine's ringing timer
    (no-answer forwards), and an optional periodic outage of the PBX link (`outage`:
    (every, lasting) seconds, for demos)."""

    def __init__(self, engine: Engine, generator: TrafficGenerator | None = None, outage: tuple[float, float] | None = None):
        if outage is not None and not (outage[0] > outage[1] > 0):
            raise ValueError("an outage lasts more than 0 s and less than its period")
        self.engine = engine
        self.generator = generator
        self.outage = outage

    def users(self) -> list[dict]:
        return [user.public() for user in self.engine.directory.users.values()]

    def directory_version(self) -> object:
        directory = self.engine.directory  # users are added, never changed in place
        return (id(directory), len(directory.users))

    def known(self, login: str) -> bool:
        return login in self.engine.directory.users

    def snapshot(self, login: str) -> list[dict]:
        return self.engine.snapshot(login)

    def command(self, login, action, call_ref, device_id, args) -> tuple[dict, list[dict]]:
        outcome = self.engine.command(login, action, call_ref, device_id, args)
        return outcome.result, outcome.events

    def link_snapshot(self) -> list[dict]:
        return self.engine.link_snapshot()

    def links(self) -> dict[str, str]:
        return self.engine.links()

    def set_link(self, link: str, up: bool) -> list[dict]:
        return self.engine.link_up(link) if up else self.engine.link_down(link)

    async def run(self, publish) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        while True:
            now = loop.time()
            events = []
            if self.outage is not None:
                every, lasting = self.outage
                down = (now - started) % every >= every - lasting
                events += self.set_link("pbx", not down) if down == self.engine.link_is_up else []
            # The traffic pauses while the link is down: its phones are CTI commands too.
            if self.generator is not None and self.engine.link_is_up:
                events += self.generator.advance(now)
            events += self.engine.expire_ringing()
            if events:
                publish(events)
            await asyncio.sleep(TICK)


class TraceFeed(Feed):
    """A recorded trace replayed with its own timing; events keep their own eventIds."""

    renumber = False

    def __init__(self, trace: Trace, speed: float = 1.0, loop: bool = False):
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.trace = trace
        self.speed = speed
        self.loop = loop
        self.played: list[dict] = []  # this pass so far, for late subscribers
        self.started = asyncio.Event()
        self.passes = 0

    def users(self) -> list[dict]:
        return self.trace.users

    def directory_version(self) -> object:
        return id(self.trace)

    def known(self, login: str) -> bool:
        return any(user["login"] == login for user in self.trace.users)

    def snapshot(self, login: str) -> list[dict]:
        # A replay has no model of its own: a late subscriber gets this pass's events so far.
        self.started.set()
        return [event for event in self.played if event["id"] == login]

    def command(self, login, action, call_ref, device_id, args) -> tuple[dict, list[dict]]:
        raise Refused(NOT_CAPABLE, "a recorded trace is read-only")

    async def run(self, publish) -> None:
        await self.started.wait()  # the replay starts with the first subscription
        while self.trace.events:
            self.played = []
            self.passes += 1
            for delay, event in zip(self.trace.delays, self.trace.events):
                if delay:
                    await asyncio.sleep(delay / self.speed)
                self.played.append(event)
                publish([event])
            if not self.loop:
                break
        await asyncio.Event().wait()


def wall_clock_ms() -> int:
    return int(time.time() * 1000)
