"""The window's side of a source: the app's ingest session, plus the views refreshed at most
once per frame with what changed.

Applying is cheap (the core ingests >100k events/s); repainting is not. So events only mark
rows dirty and queue log entries, and a single-shot frame timer flushes the lot: one
dataChanged per run of changed rows, one insert for the log, one `refreshed` signal.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.session import IngestSession
from desktop.sources.base import RawEvent
from desktop.ui.aio import spawn
from desktop.ui.models.event_log import EventLogModel, LogEntry
from desktop.ui.models.users_model import UsersModel

FRAME_MS = 25  # ~40 refreshes a second at most, whatever the event rate


class Session(QObject, IngestSession):
    refreshed = Signal(object)  # frozenset of logins whose state changed since the last frame
    connection_changed = Signal(str)
    stats_changed = Signal(dict)  # events_per_s, rejected, gaps, duplicates, ignored, total

    def __init__(self, parent: QObject | None = None, log_capacity: int = 50_000):
        super().__init__(parent)  # QObject's, then IngestSession's (PySide6 chains them)
        self.users = UsersModel(self.model, clock=self.now_ms, parent=self)
        self.log = EventLogModel(capacity=log_capacity, parent=self)
        self._entries: list[LogEntry] = []  # this batch's, for the log
        self._dirty: set[str] = set()
        self._rate_count = 0
        self.events_per_s = 0.0
        self.flushes = 0
        self._frame = QTimer(self, singleShot=True, interval=FRAME_MS)
        self._frame.timeout.connect(self.flush)
        self._second = QTimer(self, interval=1000)
        self._second.timeout.connect(self._tick)
        self._second.start()
        self._last_tick = time.monotonic()

    # --- Sink -------------------------------------------------------------------------

    def events(self, batch: Sequence[RawEvent]) -> None:
        entries = self._entries = []
        super().events(batch)
        self._rate_count += len(batch)
        self.log.append(entries)
        self._schedule()

    def rejected(self, raw, reason) -> None:
        entries = self._entries = []  # (outside a batch: its own entry list for the log)
        super().rejected(raw, reason)
        self.log.append(entries)
        self._schedule()

    def _applied(self, seq, raw, event, delta) -> None:
        if delta.login is not None:
            self._dirty.add(delta.login)
        self._entries.append(LogEntry.of(seq, event, raw, delta))

    def _rejected(self, seq, raw, reason) -> None:
        self._entries.append(LogEntry.rejected(seq, raw, reason))

    def reset(self, rewind: bool) -> None:
        super().reset(rewind)
        self.users.set_model(self.model)
        if rewind:
            self.log.clear()
        self._dirty.clear()
        self._schedule()

    def directory(self, users: Sequence[dict]) -> None:
        super().directory(users)
        self._dirty.update(u.get("login") for u in users if u.get("login"))
        self._schedule()

    def state(self, text: str) -> None:
        super().state(text)
        self.connection_changed.emit(text)

    def _spawn(self, coro):
        return spawn(coro)  # the qasync loop, also from a slot that runs outside a task

    # --- frame ------------------------------------------------------------------------

    def _schedule(self) -> None:
        if not self._frame.isActive():
            self._frame.start()

    def flush(self) -> None:
        """Push everything pending to the views now (the frame timer calls this)."""
        self._frame.stop()
        dirty, self._dirty = frozenset(self._dirty), set()
        self.users.refresh(dirty)
        self.log.flush()
        self.flushes += 1
        self.refreshed.emit(dirty)

    def stats(self) -> dict:
        s = super().stats()
        s["events_per_s"] = self.events_per_s
        s["total"] = self.received()
        return s

    def _tick(self) -> None:
        now = time.monotonic()
        self.events_per_s = self._rate_count / max(now - self._last_tick, 1e-3)
        self._rate_count, self._last_tick = 0, now
        self.users.tick()
        self.stats_changed.emit(self.stats())
