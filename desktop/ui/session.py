"""The window's side of a source: applies raw events to the model as they come, and refreshes
the views at most once per frame with what changed.

Applying is cheap (the core ingests >100k events/s); repainting is not. So events only mark
rows dirty and queue log entries, and a single-shot frame timer flushes the lot: one
dataChanged per run of changed rows, one insert for the log, one `refreshed` signal.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.model import Ingest, Model
from desktop.protocol.parse import ParseError, parse_line, parse_obj
from desktop.sources.base import NullSink, RawEvent, Source
from desktop.ui.aio import spawn
from desktop.ui.models.event_log import EventLogModel, LogEntry
from desktop.ui.models.users_model import UsersModel

FRAME_MS = 25  # ~40 refreshes a second at most, whatever the event rate


class Session(QObject):
    refreshed = Signal(object)  # frozenset of logins whose state changed since the last frame
    connection_changed = Signal(str)
    stats_changed = Signal(dict)  # events_per_s, rejected, gaps, duplicates, ignored, total

    def __init__(self, parent: QObject | None = None, log_capacity: int = 50_000):
        super().__init__(parent)
        self.source: Source | None = None
        self.connection = "no source"
        self.ingest = Ingest(Model(), on_reject=None)
        self._directory: list[dict] = []
        self.users = UsersModel(self.ingest.model, clock=self.now_ms, parent=self)
        self.log = EventLogModel(capacity=log_capacity, parent=self)
        self._dirty: set[str] = set()
        self._resync_wanted = False  # an eventId gap: events were lost, ask for the whole state
        self._seq = 0
        self._rate_count = 0
        self.events_per_s = 0.0
        self.flushes = 0
        self._frame = QTimer(self, singleShot=True, interval=FRAME_MS)
        self._frame.timeout.connect(self.flush)
        self._second = QTimer(self, interval=1000)
        self._second.timeout.connect(self._tick)
        self._second.start()
        self._last_tick = time.monotonic()

    @property
    def model(self) -> Model:
        return self.ingest.model

    def use(self, source: Source) -> None:
        """Take events from `source` from now on (the caller starts and stops it)."""
        self.source = source
        source.attach(self)
        self.reset(rewind=True)

    def detach(self) -> None:
        """Stop listening to the source: what it says from now on goes nowhere."""
        if self.source is not None:
            self.source.attach(NullSink())

    def now_ms(self) -> int:
        return self.source.now_ms() if self.source is not None else int(time.time() * 1000)

    # --- Sink -------------------------------------------------------------------------

    def events(self, batch: Sequence[RawEvent]) -> None:
        model, ingest, dirty, entries = self.ingest.model, self.ingest, self._dirty, []
        for raw in batch:
            self._seq += 1
            try:
                event = parse_obj(raw) if type(raw) is dict else parse_line(raw)
            except ParseError as exc:
                ingest.reject(self._seq, str(exc))
                entries.append(LogEntry.rejected(self._seq, raw, str(exc)))
                continue
            delta = model.apply(event)
            if delta.login is not None:
                dirty.add(delta.login)
                if delta.gap:
                    self._resync_wanted = True
            entries.append(LogEntry.of(self._seq, event, raw, delta))
        self._rate_count += len(batch)
        self.log.append(entries)
        self._schedule()

    def reset(self, rewind: bool) -> None:
        self.ingest = Ingest(Model(), on_reject=None)
        self._add_directory(self._directory)
        self.users.set_model(self.ingest.model)
        if rewind:
            self._seq = 0
            self.log.clear()
        self._dirty.clear()
        self._schedule()

    def directory(self, users: Sequence[dict]) -> None:
        self._directory = list(users)
        self._add_directory(self._directory)
        self._dirty.update(u.get("login") for u in self._directory if u.get("login"))
        self._schedule()

    def state(self, text: str) -> None:
        self.connection = text
        self.connection_changed.emit(text)

    # --- frame ------------------------------------------------------------------------

    def _add_directory(self, users: Sequence[dict]) -> None:
        for u in users:
            login = u.get("login")
            if login:
                self.ingest.model.add_user(
                    login, u.get("number"), u.get("firstName"), u.get("lastName"), u.get("displayName")
                )

    def _schedule(self) -> None:
        if not self._frame.isActive():
            self._frame.start()

    def flush(self) -> None:
        """Push everything pending to the views now (the frame timer calls this)."""
        self._frame.stop()
        dirty, self._dirty = frozenset(self._dirty), set()
        self.users.refresh(dirty)
        self.log.flush()
        if self._resync_wanted:
            self._resync_wanted = False
            resync = getattr(self.source, "resync", None)
            if resync is not None:
                spawn(resync())
        self.flushes += 1
        self.refreshed.emit(dirty)

    def received(self) -> int:
        """Events received since the source began (or last rewound), rejected ones included."""
        return self._seq

    def stats(self) -> dict:
        s = self.ingest.stats()
        s["events_per_s"] = self.events_per_s
        s["total"] = self._seq
        return s

    def _tick(self) -> None:
        now = time.monotonic()
        self.events_per_s = self._rate_count / max(now - self._last_tick, 1e-3)
        self._rate_count, self._last_tick = 0, now
        self.users.tick()
        self.stats_changed.emit(self.stats())
