"""Demo traffic for the window's built-in simulator: the generated mix, plus callers for "my line".

The generated traffic never touches the seed users, so on its own a presenter's line would
stay silent. `MyLineCaller` rings it every so often from an idle generated user, and leaves
the rest to whoever sits at the window: answered, the caller hangs up after a while; not
answered, the caller gives up. Pure like the generator: `advance(now)` returns events.

The demo never gets in the way of my line: the generator starts no scenario with my line, nor
with anyone in a call (with my line or not), and ends only calls it made; the caller rings the
line set now (`set_my_line`), from a user no scenario holds.
"""

from __future__ import annotations

import random

from desktop.protocol.routing import BUSY_NO_ANSWER, IMMEDIATE, NO_ANSWER, VOICEMAIL, Route, Routing
from desktop.protocol.wire import Refused

from .engine import Engine
from .traffic import TrafficGenerator

EVERY = (20.0, 45.0)  # seconds between calls to my line, when it is idle
RING_FOR = 25.0  # the caller gives up after this long unanswered
TALK_FOR = (20.0, 60.0)
NO_CALLER_RETRY = 1.0  # seconds: no idle generated user to call from right now


class MyLineCaller:
    def __init__(self, engine: Engine, my_line: str, seed: int = 0, first_after: float = 4.0, avoid=None):
        self.engine = engine
        self.rng = random.Random(seed)
        self._first_after = first_after
        self._next: float | None = None
        self._call: tuple[str, str, float] | None = None  # (caller, callRef, give up or hang up at)
        self._answered = False
        self.avoid = avoid or (lambda: ())  # callers not to use (users of running scenarios)
        self.set_my_line(my_line)

    def engaged(self) -> set[str]:
        """My line, and whoever is calling it for the demo: no scenario may use them."""
        engaged = {self.my_line} if self.my_line else set()
        if self._call is not None:
            engaged.add(self._call[0])
        return engaged

    def set_my_line(self, login: str | None) -> None:
        """Ring `login` from now on (the window's Line > Set my line); the first call soon."""
        if login == getattr(self, "my_line", None):
            return
        self.my_line = login
        self.stopped = login not in self.engine.directory.users
        self._next = None  # the next advance schedules it `first_after` seconds on
        self._call = None  # a call to the old line is left to whoever has it now

    def advance(self, now: float) -> list[dict]:
        if self.stopped:
            return []
        if self._next is None:
            self._next = now + self._first_after
        events: list[dict] = []
        if self._call is not None:
            self._follow(now, events)
        elif now >= self._next:
            self._ring(now, events)
        return events

    def _ring(self, now: float, events: list[dict]) -> None:
        self._next = now + self.rng.uniform(*EVERY)
        if self.engine.calls_of(self.my_line):
            return  # busy with something else: try again later
        avoid = set(self.avoid()) | {self.my_line}
        idle = [
            login for login in self.engine.directory.generated_logins() if login not in avoid and not self.engine.calls_of(login)
        ]
        if not idle:
            self._next = now + NO_CALLER_RETRY  # everyone is busy for a moment: soon, not in half a minute
            return
        caller = self.rng.choice(idle)
        number = self.engine.directory.users[self.my_line].number
        try:
            result = self.engine.command(caller, "makeCall", args={"callee": number})
        except Refused:
            return
        events.extend(result.events)
        self._call = (caller, result.result["callRef"], now + RING_FOR)
        self._answered = False

    def _follow(self, now: float, events: list[dict]) -> None:
        caller, ref, until = self._call
        if ref not in self.engine.calls_of(caller):  # ended, transferred away, merged...
            self._call = None
            return
        if not self._answered and self._my_line_talks(ref):
            self._answered = True
            until = now + self.rng.uniform(*TALK_FOR)
            self._call = (caller, ref, until)
        if now >= until:
            try:
                events.extend(self.engine.command(caller, "drop", ref).events)
            except Refused:
                pass
            self._call = None

    def _my_line_talks(self, ref: str) -> bool:
        leg = self.engine.leg_of(self.my_line, ref)
        return leg is not None and leg[1] != "RINGING_INCOMING"


ROUTING_EVERY = (15.0, 40.0)  # seconds between two routing changes of the demo
ROUTED_SHARE = 0.15  # generated users with a forward or DND at any time


class RoutingChanges:
    """Colleagues who forward their calls or ask not to be disturbed, so a demo shows the lamps'
    marks and calls that follow them: a few generated users start with a forward (to a
    colleague, or to voicemail on busy or no answer) or DND, and every so often one of them
    changes (set through the PBX's administration, `Engine.set_routing`). Pure."""

    def __init__(self, engine: Engine, seed: int = 0, share: float = ROUTED_SHARE):
        self.engine = engine
        self.rng = random.Random(seed)
        self.logins = engine.directory.generated_logins()
        self.share = share
        self._next: float | None = None
        self.stopped = not self.logins

    def advance(self, now: float) -> list[dict]:
        if self.stopped:
            return []
        events: list[dict] = []
        if self._next is None:
            count = max(1, int(len(self.logins) * self.share))
            for login in self.rng.sample(self.logins, min(count, len(self.logins))):
                events.extend(self.engine.set_routing(login, self._pick(login)))
        elif now >= self._next:
            login = self.rng.choice(self.logins)
            current = self.engine.routing_of(login)
            events.extend(self.engine.set_routing(login, Routing() if current != Routing() else self._pick(login)))
        else:
            return events
        self._next = now + self.rng.uniform(*ROUTING_EVERY)
        return events

    def _pick(self, login: str) -> Routing:
        user = self.engine.directory.users[login]
        others = [other for other in self.logins if other != login]
        kind = self.rng.choice(("dnd", "forward", "voicemail", "overflow") if user.voicemail else ("dnd", "forward"))
        if kind == "dnd":
            return Routing(dnd=True)
        if kind == "forward" and others:
            target = self.engine.directory.users[self.rng.choice(others)].number
            return Routing(forward=Route(self.rng.choice((IMMEDIATE, BUSY_NO_ANSWER)), target))
        if kind == "overflow":
            return Routing(overflow=Route(NO_ANSWER, VOICEMAIL))
        return Routing(forward=Route(BUSY_NO_ANSWER, VOICEMAIL))


class DemoTraffic:
    """Several pure traffic makers advanced as one, for the server's single generator slot."""

    def __init__(self, *makers):
        self.makers = [m for m in makers if m is not None]

    @property
    def stopped(self) -> bool:
        return all(m.stopped for m in self.makers)

    def advance(self, now: float) -> list[dict]:
        events: list[dict] = []
        for maker in self.makers:
            events.extend(maker.advance(now))
        return events

    def set_my_line(self, login: str | None) -> None:
        for maker in self.makers:
            if isinstance(maker, MyLineCaller):
                maker.set_my_line(login)


def demo_traffic(engine: Engine, my_line: str, rate: float, speed: float, seed: int) -> DemoTraffic:
    generator = TrafficGenerator(engine, rate, speed, seed)
    caller = MyLineCaller(engine, my_line, seed, avoid=generator.reserved)
    generator.avoid = caller.engaged
    return DemoTraffic(generator, caller, RoutingChanges(engine, seed))
