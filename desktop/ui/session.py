"""The window's side of a source: the app's ingest session, plus the views refreshed at most
once per frame with what changed.

Applying is cheap (the core ingests >100k events/s); repainting is not. So events only mark
rows dirty and queue log entries, and a single-shot frame timer flushes the lot: one
dataChanged per run of changed rows, one insert for the log, one `refreshed` signal.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.app.memory import release_free_memory
from desktop.app.session import IngestSession
from desktop.sources.base import RawEvent
from desktop.ui import periodic
from desktop.ui.aio import spawn
from desktop.protocol import routing
from desktop.protocol.events import LinkStateModified
from desktop.ui.links import CTI, PBX, Links, clock_text
from desktop.ui.models.event_log import EventLogModel, LogEntry
from desktop.ui.models.users_model import UsersModel

FRAME_MS = 16  # ~60 refreshes a second at most (a display's own rate), whatever the event rate
BURST_FRAME_MS = 200  # a snapshot's thousands of events: fewer, later paints finish it sooner (5 a second)
BURST_EVENTS = 500  # events in one frame that make it, and the next, a burst (1,000/s: 25 a frame)
# A batch this small after a burst: the source has caught up (a burst comes in batches of
# hundreds, live traffic after it in tens), so the burst is over and its last frame is due now,
# not up to BURST_FRAME_MS later (at 10,000 users that wait was ~8% of a full state).
CAUGHT_UP_EVENTS = 100
# The event log is read, not watched: two inserts a second are plenty. Each insert scrolls and
# repaints its table through the filter, a dozen roles asked of Python per cell: at 5 a second
# that was as costly as the lamp grid at 1,000 events/s.
LOG_FRAME_MS = 500
LOG_BURST_ROWS = 2000  # rows waiting for the log that make a frame insert them at once
HISTORY_COMMIT_S = 0.25  # the frames commit the call history at most this often
SETTLE_S = 2.0  # after a reset, the snapshot is in by then (10,000 users: ~1 s)
UNSETTLED_MAX_S = 10.0  # resets one after the other (a flapping link): collected anyway this often
# The collector's youngest generation, while a snapshot comes in: nearly everything it makes is
# the new state, which survives, so the default's pass every 700 objects is spent in vain (~5-10%
# of a 10,000-user full state's CPU, tools/full_state_cost.py). Still bounded: a pass every
# 50,000 objects collects any cycle, and the default is back once the state settles.
SNAPSHOT_GC_THRESHOLD = 50_000
_GC_THRESHOLDS = gc.get_threshold()  # the collector's own, restored once a state settles


class Session(QObject, IngestSession):
    refreshed = Signal(object)  # frozenset of logins whose state changed since the last frame
    connection_changed = Signal(str)
    stats_changed = Signal(dict)  # events_per_s, rejected, gaps, duplicates, ignored, total
    settled = Signal()  # a reset's snapshot is in (SETTLE_S after it): work that could wait, now

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
        self._frame.timeout.connect(self._next_frame)
        # (Precise: a coarse timer's timeout is rounded to the boundary the ticks run on.)
        self._log_frame = QTimer(self, singleShot=True, interval=LOG_FRAME_MS, timerType=Qt.PreciseTimer)
        self._log_frame.timeout.connect(self.log.flush)
        self._second = periodic.every(self, 1000, periodic.SESSION_TICK, self._tick)
        self._last_tick = time.monotonic()
        self._history_at = float("-inf")  # when the frames last committed the history
        self._frame_events = 0  # events since the last frame
        self._frame_at = float("-inf")  # when the last frame ran (monotonic)
        self._last_frame_events = 0  # and in the last frame
        self._reset_at: float | None = None  # a reset whose state is not yet frozen out of the gc
        self._unsettled_since: float | None = None  # the first reset since the state last settled
        # Whether the state shown is live; while not, the clocks stand at the moment it stopped.
        self.links = Links(self)
        self.frozen_ms: int | None = None
        self.links.changed.connect(self._links_changed)

    # --- liveness ---------------------------------------------------------------------

    def set_link_state(self, which: str, up: bool, since_ms: int | None = None, why: str = "") -> None:
        """Say that link `which` (links.SERVER, O2G_CHANNEL or PBX) is up or down since
        `since_ms` (wall clock; default now). While one is down the window shows the banner,
        greys the lamps, stops the clocks and disables the call buttons."""
        self.links.set(which, up, since_ms, why)

    @property
    def live(self) -> bool:
        return self.links.live

    def now_ms(self) -> int:
        return self.frozen_ms if self.frozen_ms is not None else super().now_ms()

    def _links_changed(self) -> None:
        if self.links.live:
            self.frozen_ms = None
            self.users.set_stale(None)
        elif self.frozen_ms is None:
            first = self.links.first_down()
            self.frozen_ms = super().now_ms()
            self.users.set_stale(clock_text(first[1].since_ms))

    def use(self, source) -> None:
        self.links.reset()
        super().use(source)

    # --- Sink -------------------------------------------------------------------------

    def events(self, batch: Sequence[RawEvent]) -> None:
        entries = self._entries = []
        super().events(batch)
        self._rate_count += len(batch)
        self._frame_events += len(batch)
        self.log.append(entries)
        self._schedule(len(batch))

    def rejected(self, raw, reason) -> None:
        entries = self._entries = []  # (outside a batch: its own entry list for the log)
        super().rejected(raw, reason)
        self.log.append(entries)
        self._schedule()

    def _applied(self, seq, raw, event, delta) -> None:
        if type(event) is LinkStateModified:
            # The PBX or CTI link, as the source reports it (RTSM_LINK_STATE_MODIFIED, O2G's
            # OnPbxLinkDown...): the banner names it, the lamps grey while it is down.
            self.set_link_state(PBX if event.link == routing.PBX else CTI, event.state == routing.UP, event.time)
        if delta.login is not None:
            self._dirty.add(delta.login)
        self._entries.append(LogEntry.of(seq, event, raw, delta))

    def _batch_done(self) -> None:
        """The history is committed once per frame (flush), not per batch."""

    def _rejected(self, seq, raw, reason) -> None:
        self._entries.append(LogEntry.rejected(seq, raw, reason))

    def reset(self, rewind: bool) -> None:
        # The old model's objects may be garbage now; the collection once the new state has
        # settled (`_tick`) sees them again. Until then everything is kept out of the
        # collector's sight: the new state is built in runs of thousands of objects, and each
        # full collection meanwhile walked the whole state anew.
        gc.freeze()
        self._reset_at = time.monotonic()
        if self._unsettled_since is None:
            self._unsettled_since = self._reset_at
            gc.set_threshold(SNAPSHOT_GC_THRESHOLD, *_GC_THRESHOLDS[1:])
        super().reset(rewind)
        if self.users.core is not self.model:  # (the same one when nothing came but the directory)
            self.users.set_model(self.model)
        if rewind:
            self.log.clear()
        self._dirty.clear()
        self._schedule()

    def directory(self, users: Sequence[dict]) -> None:
        if self._reset_at is not None:
            gc.freeze()  # (as a frame does: 10,000 users made next)
        super().directory(users)
        # Names that come after the rows (O2G reads them after the state) move rows sorted by
        # name: a refresh only places new rows, so re-sort (cheap while there are none yet).
        self.users.sort(*self.users.sort_order())
        release_free_memory()  # the hello's buffers and parsed users are garbage now
        self._dirty.update(u.get("login") for u in users if u.get("login"))
        self._schedule()

    def state(self, text: str) -> None:
        super().state(text)
        self.links.connection_state(text)
        self.connection_changed.emit(text)

    def _spawn(self, coro):
        return spawn(coro)  # the qasync loop, also from a slot that runs outside a task

    # --- frame ------------------------------------------------------------------------

    def _schedule(self, batch: int | None = None) -> None:
        """A frame within FRAME_MS, or BURST_FRAME_MS while a burst comes in; `batch`: the
        number of events just handed over (None: no batch)."""
        caught_up = batch is not None and batch < CAUGHT_UP_EVENTS
        if not self._frame.isActive():
            if self.bursting() and not caught_up:
                # A snapshot arrives in runs of ~1,000 events: once one frame was a burst, so is the next.
                self._frame.start(BURST_FRAME_MS)
            elif batch is not None and batch >= BURST_EVENTS:
                self._frame.start(FRAME_MS)  # a burst's first run: the next ones join its frame
            else:
                # Live traffic: the first change after a quiet spell is shown at once, the next
                # ones FRAME_MS after the last frame; a frame FRAME_MS after the first change
                # made it wait up to a whole frame.
                since = (time.monotonic() - self._frame_at) * 1000
                self._frame.start(round(max(0.0, FRAME_MS - since)))
        elif self._frame.interval() == BURST_FRAME_MS:
            # The burst is over: its end is shown now, or once FRAME_MS have passed since the
            # last frame (this timer started after it; waiting FRAME_MS more was ~2% of a
            # 10,000-user full state).
            remaining = self._frame.remainingTime()
            waited = max(0, BURST_FRAME_MS - remaining)  # (remaining may round up)
            due = max(0, FRAME_MS - waited)
            if caught_up and remaining > due:
                self._frame.start(due)
        elif self._frame_events >= BURST_EVENTS and not caught_up:
            self._frame.start(BURST_FRAME_MS)  # counted from now: the burst is still arriving

    def bursting(self) -> bool:
        """Whether the last frame carried a burst (a snapshot coming in): views that can wait
        for its end do."""
        return self._last_frame_events >= BURST_EVENTS

    def flush(self) -> None:
        """Push everything pending to the views now, the event log and the history included."""
        self._next_frame()
        self.commit_history()
        self._log_frame.stop()
        self.log.flush()

    def _next_frame(self) -> None:
        # The lamps and calls now; the log at its own slower pace.
        self._frame.stop()
        now = self._frame_at = time.monotonic()
        self._last_frame_events, self._frame_events = self._frame_events, 0
        dirty, self._dirty = frozenset(self._dirty), set()
        if self._reset_at is not None:
            # A snapshot coming in: what it made so far is moved out of the collector's sight at
            # each frame, else its full collections walk the growing state again and again (a
            # quarter of a 10,000-user full state's CPU: ten passes of 100 ms). The garbage
            # among it is found by the one full collection once it settles (`_tick`).
            gc.freeze()
        self.users.refresh(dirty)
        if now - self._history_at >= HISTORY_COMMIT_S:
            # At most a few transactions a second: one per frame (60 a second at 1,000
            # events/s) was most of the writer thread's work; the history shows once a second.
            self._history_at = now
            self.commit_history()
        if self.log.pending() >= LOG_BURST_ROWS:
            # A snapshot's burst: its rows packed now, not held as objects until the log's
            # next slow insert (half a second of a snapshot is 10,000 rows, ~5 MiB); in this
            # frame, as deferred to the next turn of the loop it was a paint of its own.
            self._log_frame.stop()
            self.log.flush()
        elif not self._log_frame.isActive():
            self._log_frame.start()
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
        if self.live:  # the clocks stand still while the state is not live
            self.users.tick()
        self.commit_history()  # what the last frames left (a no-op when nothing is new)
        if self._reset_at is not None and (now - self._reset_at >= SETTLE_S or now - self._unsettled_since >= UNSETTLED_MAX_S):
            # The users and their state live until the next reset: moved out of the collector's
            # sight, a full collection walks only what came since (at 10,000 users it walked
            # ~235,000 objects in 120-340 ms, the event loop's longest pauses).
            self._reset_at = self._unsettled_since = None
            # Collected first: a cycle that is garbage now would be frozen with the rest, and
            # kept for good (a little more at each reconnection). One full pass, once, over
            # everything the frames froze meanwhile too.
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            gc.set_threshold(*_GC_THRESHOLDS)
            release_free_memory()
            self.settled.emit()
        self.stats_changed.emit(self.stats())
