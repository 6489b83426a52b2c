"""The one interface between the window and wherever events come from: events in, commands out.

asyncio only, no Qt: a source pushes to a Sink (the window's session implements it) and
answers commands with a coroutine. Three implementations are planned: local replay (here),
a WebSocket client and the in-process simulator (both arrive with the simulator branch).

A *raw event* is what a trace line or a WebSocket frame carries: the JSON text (bytes or
str) or the already-decoded dict. Sources do not parse events; the session does, so that a
bad event is counted and shown in one place whatever its origin.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Sequence
from typing import Any, Protocol

from desktop.protocol.wire import Refused

RawEvent = bytes | str | dict

# Connection states a source reports (free text may follow, e.g. "reconnecting in 2.5 s").
CONNECTING = "connecting"
CONNECTED = "connected"
STOPPED = "stopped"


# The source or the PBX said no; `code` as in docs/protocol.md. One class for every layer.
CommandRefused = Refused


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


class NullSink:
    def events(self, batch: Sequence[RawEvent]) -> None:
        pass

    def reset(self, rewind: bool) -> None:
        pass

    def directory(self, users: Sequence[dict]) -> None:
        pass

    def state(self, text: str) -> None:
        pass


class Source(abc.ABC):
    """Abstract source. Subclasses push through `self.sink` and implement start/stop/command."""

    kind = "source"  # short name for the status bar

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
        success (makeCall gives {"callRef": ...}), CommandRefused otherwise."""

    def now_ms(self) -> int:
        """The clock that running durations are measured against: the wall clock when live,
        the trace's own time in a replay."""
        return int(time.time() * 1000)
