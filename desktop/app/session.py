"""The one ingest session: what a source sends, applied to the model.

Every consumer of a source goes through it, so a count means the same everywhere: `snapshot
--connect/--o2g` and the tests use it as is; the window's session (desktop/ui/session.py) adds
only its frame timer and Qt models, through the `_applied` and `_rejected` hooks.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Sequence

from desktop.model import Ingest, Model
from desktop.model.reducer import Delta
from desktop.model.snapshot import snapshot
from desktop.protocol.events import LinkStateModified
from desktop.protocol.parse import ParseError, parse_line, parse_obj
from desktop.protocol.routing import DOWN, UP
from desktop.sources.base import NullSink, RawEvent, Source

STATES_KEPT = 1000  # connection states remembered (a window may reconnect for days)


class IngestSession:
    """A Sink that keeps the model: parses and applies raw events, counts what it could not use,
    knows the directory, and starts over on reset.

    `use_directory=False` leaves the directory out of the model (a model built from events
    alone, to compare with another). `on_state` hears every connection state."""

    def __init__(self, *, use_directory: bool = True, on_state: Callable[[str], None] | None = None):
        self.ingest = Ingest(Model())
        self.source: Source | None = None
        self.connection = "no source"
        self.states: deque[str] = deque(maxlen=STATES_KEPT)
        self.use_directory = use_directory
        self._on_state = on_state
        self._users: list[dict] = []
        self._received = 0

    @property
    def model(self) -> Model:
        return self.ingest.model

    def use(self, source: Source) -> None:
        """Take events from `source` from now on (the caller starts and stops it)."""
        self.source = source
        source.attach(self)
        self._users = []  # the old source's directory is not this one's
        self.reset(rewind=True)

    def detach(self) -> None:
        """Stop listening to the source: what it says from now on goes nowhere."""
        if self.source is not None:
            self.source.attach(NullSink())

    def now_ms(self) -> int:
        return self.source.now_ms() if self.source is not None else int(time.time() * 1000)

    def received(self) -> int:
        """Events received since the source began (or last rewound), rejected ones included."""
        return self._received

    def stats(self) -> dict:
        return self.ingest.stats()

    def snapshot(self) -> dict:
        """The `snapshot` command's JSON; `at` is the number of events received."""
        return snapshot(self.model, self._received, self.ingest.stats())

    # --- Sink -------------------------------------------------------------------------

    def events(self, batch: Sequence[RawEvent]) -> None:
        ingest, model, fmt = self.ingest, self.ingest.model, self.ingest.fmt
        for raw in batch:
            self._received += 1
            try:
                event = parse_obj(raw, fmt) if type(raw) is dict else parse_line(raw, fmt)
            except ParseError as exc:
                ingest.reject(self._received, str(exc))
                self._rejected(self._received, raw, str(exc))
                continue
            if type(event) is LinkStateModified and event.state == UP and model.links[event.link].state == DOWN:
                # Back from an outage: nothing heard meanwhile, so what we show is stale. Start
                # over (the links' states kept); the source's fresh snapshot follows.
                links = dict(model.links)
                self.reset(False)
                ingest, model = self.ingest, self.ingest.model
                model.links.update(links)
            self._applied(self._received, raw, event, model.apply(event))

    def reset(self, rewind: bool) -> None:
        """A new model. Bad events stay counted across a reconnection; a rewind delivers the
        same events again, so every count starts over."""
        rejected = 0 if rewind else self.ingest.rejected
        self.ingest = Ingest(Model())
        self.ingest.rejected = rejected
        if rewind:
            self._received = 0
        self._add_directory()

    def directory(self, users: Sequence[dict]) -> None:
        self._users = list(users)
        self._add_directory()

    def state(self, text: str) -> None:
        self.connection = text
        self.states.append(text)
        if self._on_state is not None:
            self._on_state(text)

    # --- hooks ------------------------------------------------------------------------

    def _applied(self, seq: int, raw: RawEvent, event, delta: Delta) -> None:
        """Event number `seq` was parsed and applied."""

    def _rejected(self, seq: int, raw: RawEvent, reason: str) -> None:
        """Event number `seq` could not be parsed (counted already)."""

    def _add_directory(self) -> None:
        if not self.use_directory:
            return
        for u in self._users:
            if u.get("login"):
                self.model.add_user(u["login"], u.get("number"), u.get("firstName"), u.get("lastName"), u.get("displayName"))


async def collect(source: Source, duration: float, session: IngestSession | None = None) -> dict:
    """Run `source` for `duration` seconds into a fresh session; its snapshot."""
    session = session or IngestSession()
    session.use(source)
    await source.start()
    try:
        await asyncio.sleep(duration)
    finally:
        await source.stop()
    return session.snapshot()
