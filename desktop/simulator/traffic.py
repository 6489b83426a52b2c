"""Generated traffic: a deterministic random mix of the seed's flows among generated users.

Pure: no clock and no I/O. The server calls `advance(now)` with a monotonic time in seconds;
everything due up to `now` runs in scheduled order, so the same seed gives the same sequence
of commands however often `advance` is called. Users of a running scenario are reserved, so
scenarios do not collide; a scenario starts only with users who are in no call at all (someone
at a window may be talking to them) and none that `avoid()` names. GUI clients may still act on
generated users, in which case the scenario notices the refusal, ends the calls it made (and
only those: a call a user joined from outside is not its to end) and stops.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field

from desktop.protocol.wire import Refused

from .engine import Engine

# Realistic durations in seconds at speed 1 (divided by --speed).
RING = (3.0, 12.0)
TALK = (15.0, 120.0)
SHORT = (3.0, 10.0)


@dataclass
class Step:
    """One command of a scenario, `delay` seconds after the previous one."""

    delay: float
    login: str
    action: str
    ref: str | None = None  # name of a callRef saved by an earlier step
    save: str | None = None  # save this step's callRef under that name
    args: dict = field(default_factory=dict)


Script = Generator[Step, dict, None]


class Scenarios:
    """The seed's flows as scripts over reserved users (A, B, C are generated users)."""

    def __init__(self, rng: random.Random, speed: float, voicemail: str | None):
        self.rng = rng
        self.speed = speed
        self.voicemail = voicemail

    def _t(self, span: tuple[float, float]) -> float:
        return self.rng.uniform(*span) / self.speed

    def basic(self, a, b) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r", args={"callee": b.number})
        yield Step(self._t(RING), b.login, "answer", "r")
        yield Step(self._t(TALK), self.rng.choice((a, b)).login, "drop", "r")

    def camp_on(self, a, b, c) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r1", args={"callee": b.number})
        yield Step(self._t(RING), b.login, "answer", "r1")
        yield Step(self._t(SHORT), c.login, "makeCall", save="r2", args={"callee": b.number})
        yield Step(self._t(SHORT), c.login, "waitOnBusy", "r2")
        yield Step(self._t(RING), b.login, "answer", "r2")
        yield Step(self._t(TALK), b.login, "drop", "r2")
        yield Step(self._t(SHORT), b.login, "retrieve", "r1")
        yield Step(self._t(TALK), a.login, "drop", "r1")

    def consultation(self, a, b, c) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r1", args={"callee": b.number})
        yield Step(self._t(RING), b.login, "answer", "r1")
        yield Step(self._t(SHORT), b.login, "makeCall", save="r2", args={"callee": c.number})
        yield Step(self._t(RING), c.login, "answer", "r2")
        if self.rng.random() < 0.5:
            yield Step(self._t(SHORT), b.login, "transfer", "r2")
            yield Step(self._t(TALK), c.login, "drop", "r1")
        else:
            yield Step(self._t(TALK), c.login, "drop", "r2")
            yield Step(self._t(SHORT), b.login, "retrieve", "r1")
            yield Step(self._t(TALK), b.login, "drop", "r1")

    def conference(self, a, b, c) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r1", args={"callee": b.number})
        yield Step(self._t(RING), b.login, "answer", "r1")
        yield Step(self._t(SHORT), b.login, "makeCall", save="r2", args={"callee": c.number})
        yield Step(self._t(RING), c.login, "answer", "r2")
        yield Step(self._t(SHORT), b.login, "merge", "r2")
        yield Step(self._t(TALK), c.login, "dropMe", "r1")
        yield Step(self._t(TALK), b.login, "drop", "r1")

    def hold_retrieve(self, a, b) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r", args={"callee": b.number})
        yield Step(self._t(RING), b.login, "answer", "r")
        for _ in range(2):
            yield Step(self._t(SHORT), b.login, "hold", "r")
            yield Step(self._t(SHORT), b.login, "retrieve", "r")
        yield Step(self._t(TALK), b.login, "drop", "r")

    def forwarded(self, a, b, c) -> Iterator[Step]:
        yield Step(0, b.login, "_forward", args={"to": c.number})
        yield Step(0, a.login, "makeCall", save="r", args={"callee": b.number})
        yield Step(0, b.login, "_forward", args={"to": None})
        yield Step(self._t(RING), c.login, "answer", "r")
        yield Step(self._t(TALK), c.login, "drop", "r")

    def voicemail_call(self, a) -> Iterator[Step]:
        if self.voicemail is None:
            return
        yield Step(0, a.login, "makeCall", save="r", args={"callee": self.voicemail})
        yield Step(self._t(TALK), a.login, "drop", "r")

    def abandoned(self, a, b) -> Iterator[Step]:
        yield Step(0, a.login, "makeCall", save="r", args={"callee": b.number})
        yield Step(self._t(RING), a.login, "drop", "r")

    # (script, users it needs, weight)
    def table(self):
        return [
            (self.basic, 2, 40),
            (self.camp_on, 3, 5),
            (self.consultation, 3, 10),
            (self.conference, 3, 5),
            (self.hold_retrieve, 2, 15),
            (self.forwarded, 3, 5),
            (self.voicemail_call, 1, 10),
            (self.abandoned, 2, 10),
        ]


@dataclass
class _Running:
    logins: list[str]
    steps: Iterator[Step]
    refs: dict[str, str] = field(default_factory=dict)
    pending: Step | None = None
    forwarded: set[str] = field(default_factory=set)  # logins whose forward this scenario set


class TrafficGenerator:
    def __init__(
        self,
        engine: Engine,
        rate: float,
        speed: float = 1.0,
        seed: int = 0,
        logins: list[str] | None = None,
        avoid: Callable[[], Iterable[str]] | None = None,
    ):
        if rate < 0 or speed <= 0:
            raise ValueError("rate must be >= 0 and speed > 0")
        self.engine = engine
        self.rate = rate
        self.rng = random.Random(seed)
        self.scenarios = Scenarios(self.rng, speed, engine.directory.voicemail_number)
        self._table = self.scenarios.table()
        self._weights = [weight for _, _, weight in self._table]
        pool = logins if logins is not None else engine.directory.generated_logins()
        self._free = sorted(pool)
        self.avoid = avoid or (lambda: ())  # logins not to start a scenario with (my line...)
        self._queue: list[tuple[float, int, _Running]] = []
        self._seq = 0
        self._origin: float | None = None
        self._next_arrival: float | None = None
        self.stopped = rate == 0
        self.started = self.completed = self.aborted = self.skipped = 0

    @property
    def active(self) -> int:
        return len(self._queue)

    def reserved(self) -> set[str]:
        """The users of the running scenarios."""
        return {login for _, _, running in self._queue for login in running.logins}

    def stop(self) -> None:
        """Start no new scenario; running ones finish on their own schedule."""
        self.stopped = True

    def advance(self, now: float) -> list[dict]:
        """Run everything due up to `now` (seconds); returns the engine's events in order."""
        if self._origin is None:
            self._origin = now
            self._next_arrival = now + self._interval()
        events: list[dict] = []
        while True:
            next_step = self._queue[0][0] if self._queue else None
            arrival = None if self.stopped else self._next_arrival
            if arrival is not None and arrival <= now and (next_step is None or arrival <= next_step):
                self._start(arrival, events)
                self._next_arrival = arrival + self._interval()
            elif next_step is not None and next_step <= now:
                at, _, running = heapq.heappop(self._queue)
                self._run(at, running, events)
            else:
                return events

    def _interval(self) -> float:
        return self.rng.expovariate(self.rate) if self.rate > 0 else float("inf")

    def _start(self, at: float, events: list[dict]) -> None:
        index = self.rng.choices(range(len(self._table)), weights=self._weights)[0]
        script, needed, _ = self._table[index]
        avoid = set(self.avoid())
        candidates = [login for login in self._free if login not in avoid and not self.engine.calls_of(login)]
        if len(candidates) < needed:
            self.skipped += 1
            return
        logins = [candidates.pop(self.rng.randrange(len(candidates))) for _ in range(needed)]
        for login in logins:
            self._free.remove(login)
        users = [self.engine.directory.users[login] for login in logins]
        running = _Running(logins, iter(script(*users)))
        self.started += 1
        self._schedule(at, running, events)

    def _schedule(self, at: float, running: _Running, events: list[dict]) -> None:
        step = next(running.steps, None)
        if step is None:
            self._finish(running, events, completed=True)
            return
        running.pending = step
        self._seq += 1
        heapq.heappush(self._queue, (at + step.delay, self._seq, running))

    def _run(self, at: float, running: _Running, events: list[dict]) -> None:
        step = running.pending
        ours = set(running.refs.values())
        if any(ref not in ours for ref in self.engine.calls_of(step.login)):
            # Someone (a window) called this user meanwhile: answering, dialling or transferring
            # now would hold or move their call. The scenario gives way and ends its own calls.
            self._finish(running, events, completed=False)
            return
        try:
            if step.action == "_forward":
                running.forwarded.add(step.login)
                events.extend(self.engine.set_forward(step.login, step.args["to"]))
            else:
                ref = running.refs.get(step.ref) if step.ref else None
                result = self.engine.command(step.login, step.action, ref, args=step.args)
                events.extend(result.events)
                if step.save and "callRef" in result.result:
                    running.refs[step.save] = result.result["callRef"]
                # A merge or transfer keeps the held call's ref: later steps follow it.
                if step.action in ("merge", "transfer"):
                    for name, value in list(running.refs.items()):
                        if value == ref:
                            running.refs[name] = result.result["callRef"]
        except Refused:
            self._finish(running, events, completed=False)
            return
        self._schedule(at, running, events)

    def _finish(self, running: _Running, events: list[dict], completed: bool) -> None:
        if completed and all(not self.engine.calls_of(login) for login in running.logins):
            self.completed += 1
        else:
            self.aborted += 1
            events.extend(hang_up_everything(self.engine, running.logins, set(running.refs.values())))
        # Only the forwards this scenario set: others (the demo's, a user's own) stay.
        for login in running.forwarded:
            events.extend(self.engine.set_forward(login, None))
        self._free.extend(running.logins)
        self._free.sort()


def hang_up_everything(engine: Engine, logins: list[str], refs: set[str] | None = None) -> list[dict]:
    """End the calls of these users (only those in `refs`, when given) through the commands the
    engine offers them."""
    events: list[dict] = []
    mine = (lambda ref: True) if refs is None else refs.__contains__
    for _ in range(50):
        busy = [login for login in logins if any(mine(r) for r in engine.calls_of(login))]
        if not busy:
            break
        for login in busy:
            offered = engine.offered(login)
            choice = next(
                ((a, r) for wanted in ("drop", "terminate", "answer") for a, r in offered if a == wanted and r and mine(r)), None
            )
            if choice is not None:
                try:
                    events.extend(engine.command(login, choice[0], choice[1]).events)
                except Refused:
                    pass
    return events
