"""The one interface between the window and wherever events come from: events in, commands out.

asyncio only, no Qt: a source pushes to a Sink (desktop/app/session.py implements it, the
window's session builds on that) and answers commands with a coroutine. The sources: a local
replay (replay.py), a WebSocket client (websocket.py), the in-process simulator (embedded.py)
and an O2G client (o2g.py).

A *raw event* is what a trace line or a WebSocket frame carries: the JSON text (bytes or
str) or the already-decoded dict. Sources do not parse events; the session does, so that a
bad event is counted and shown in one place whatever its origin.
"""

from __future__ import annotations

import abc
import asyncio
import random
import time
from collections.abc import Iterator, Sequence
from typing import Any, Protocol



# A line or frame as received, an object a source parsed already, or both: (the object, the
# text it was parsed from), so that the log keeps the text without writing the object again.
RawEvent = bytes | str | dict | tuple[dict, str]

# Connection states a source reports (free text may follow, e.g. "reconnecting in 2.5 s").
CONNECTING = "connecting"
CONNECTED = "connected"
STOPPED = "stopped"

# Optional features a source may have (`Source.capabilities`).
RESYNC = "resync"  # it can ask for the whole state again, after an eventId gap
PLAY = "play"  # it plays a recording on its own
RETRY = "retry_now"  # it waits between reconnections, and can be asked to try at once

# A live source reconnects after a drop: 0.5 s doubling up to 10 s, jittered so that a room
# of clients does not come back in step.
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 10.0


async def cancel_and_wait(task: asyncio.Task, every_s: float = 0.5) -> None:
    """Cancel `task` and return once it has ended. One cancel is not always enough: in Python
    3.11, asyncio.wait_for swallows a cancel that lands as its inner future completes
    (CPython gh-86296), and a read loop then carries on for good; so cancel again until done."""
    while not task.done():
        task.cancel()
        await asyncio.wait({task}, timeout=every_s)
    if not task.cancelled():
        task.exception()  # retrieved: its end was wanted, whatever it was


class RetryWait:
    """The wait between two connection attempts, which `wake()` cuts short ("Retry now")."""

    def __init__(self) -> None:
        self._event: asyncio.Event | None = None

    async def sleep(self, delay: float) -> None:
        self._event = event = asyncio.Event()
        try:
            async with asyncio.timeout(delay):
                await event.wait()
        except TimeoutError:
            pass
        finally:
            self._event = None

    def wake(self) -> None:
        if self._event is not None:
            self._event.set()


def backoff_delays(rng: random.Random | None = None) -> Iterator[float]:
    """0.5, 1, 2, 4, 8, 10, 10... seconds, each jittered by up to +-25%."""
    rng = rng or random.Random()
    delay = BACKOFF_FIRST_S
    while True:
        yield delay * rng.uniform(0.75, 1.25)
        delay = min(delay * 2, BACKOFF_MAX_S)


class Sink(Protocol):
    def events(self, batch: Sequence[RawEvent]) -> None:
        """Raw events in arrival order; a burst comes as one batch."""

    def reset(self, rewind: bool) -> None:
        """Forget all call state: what follows rebuilds it (a snapshot after a reconnect, or a
        replay seeking backwards). `rewind` says earlier events will be delivered again, so
        the event history goes too."""

    def directory(self, users: Sequence[dict]) -> None:
        """Users known before any event: dicts with login, number, firstName, lastName, displayName."""

    def state(self, text: str) -> None:
        """Connection state for the status bar: CONNECTING, CONNECTED, 'reconnecting in 2 s'..."""

    def rejected(self, raw: RawEvent, reason: str) -> None:
        """A frame the source could not use (not an event, not a valid control message):
        counted with the rejected events. Optional: a source checks the sink has it."""


class NullSink:
    def events(self, batch: Sequence[RawEvent]) -> None:
        pass

    def reset(self, rewind: bool) -> None:
        pass

    def directory(self, users: Sequence[dict]) -> None:
        pass

    def state(self, text: str) -> None:
        pass

    def rejected(self, raw: RawEvent, reason: str) -> None:
        pass


class Source(abc.ABC):
    """Abstract source. Subclasses push through `self.sink` and implement start/stop/command;
    the optional features (resync, play) have harmless defaults, so callers never probe."""

    kind = "source"  # short name for the status bar
    # Why the source gave up for good: the login was refused (an O2G password); None otherwise.
    login_refused: Exception | None = None
    connections = 0  # connections established so far (a live source counts its own)

    def __init__(self) -> None:
        self.sink: Sink = NullSink()

    def attach(self, sink: Sink) -> None:
        self.sink = sink

    @property
    def description(self) -> str:
        return self.kind

    @abc.abstractmethod
    async def start(self) -> None:
        """Begin delivering events; returns once started (a live source keeps reconnecting)."""

    @abc.abstractmethod
    async def stop(self) -> None:
        """Stop delivering; idempotent."""

    @abc.abstractmethod
    async def command(
        self,
        login: str,
        action: str,
        call_ref: str | None = None,
        device_id: str | None = None,
        args: dict[str, Any] | None = None,
    ) -> dict:
        """Ask for `action` (a capability name) on behalf of `login`; the result dict on
        success (makeCall gives {"callRef": ...}), Refused otherwise."""

    async def resync(self) -> None:
        """Ask for the whole state again (an eventId gap: events were lost). Default: nothing
        to ask, a recording or a snapshot does not lose events."""

    def play(self) -> None:
        """Start playing a recording. Default: a live source plays on its own."""

    def retry_now(self) -> None:
        """Waiting to reconnect: try at once. Default: there is no connection to retry."""

    def follow_my_line(self, login: str | None) -> None:
        """The window's "my line" changed. Default: nothing to follow (the built-in simulator's
        demo traffic rings my line and keeps off its calls)."""

    def routing_refused(self, login: str) -> str:
        """Why this source cannot set `login`'s routing ("" when it can). Default: it can (the
        WebSocket protocol lets any login set its own routing); an O2G user session only its
        own login's, an administrator's anyone's."""
        return ""

    @property
    def capabilities(self) -> frozenset[str]:
        """The optional features (RESYNC, PLAY, RETRY) this source really has: those it overrides."""
        return frozenset(name for name in (RESYNC, PLAY, RETRY) if getattr(type(self), name) is not getattr(Source, name))

    def offers(self, service: str) -> bool:
        """Whether the server behind this source offers an optional service ("routing",
        "directory", "maintenance": O2G's names, lowercase), so the window shows it. Default:
        yes (the WebSocket protocol has them all); an O2G source answers from its session's
        services list."""
        return True

    def now_ms(self) -> int:
        """The clock that running durations are measured against: the wall clock when live,
        the trace's own time in a replay."""
        return int(time.time() * 1000)
