"""Writing the history without stalling the event loop, and without stopping it when it fails.

`Recorder` is what a session holds: the pure derivation (desktop/model/history.py) fed with
every applied event, and at each frame the rows it finished handed to a `Writer`. The writer
commits each frame's rows in one transaction on its own thread (so a slow disk or a WAL
checkpoint costs the window nothing), prunes old rows there between frames, and runs the
panel's acknowledgements in order with the rows. Any error in the store is logged and kept
in `error` for the window to show once; the window goes on without a history.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from desktop.history.store import Retention, Store, StoreError
from desktop.model.history import CallHistory

log = logging.getLogger("cti.history")

QUEUE_FRAMES = 2_000  # frames waiting for the disk at most (a minute at 40 frames/s)
QUEUE_ROWS = 50_000  # and rows (a few hundred bytes each): about 20 MB at most
PRUNE_EVERY_S = 600.0


class Writer:
    """Owns the store's writing connection. `threaded=False` writes in the caller (an
    in-memory store, tests): the same code, no thread."""

    def __init__(self, path: Path | str = ":memory:", retention: Retention | None = None, *, threaded: bool | None = None):
        self.path = path
        self.retention = retention or Retention.from_env()
        self.threaded = str(path) != ":memory:" if threaded is None else threaded
        self.error: str | None = None
        self.commits = 0  # frames committed: readers refresh when it moves
        self.rows = 0
        self.dropped = 0  # frames lost because the queue was full or the store failed
        self.commit_times: deque[float] = deque(maxlen=100_000)  # seconds per frame's transaction (the benchmark)
        self._error_shown = False
        self._store: Store | None = None
        self._queue: queue.Queue = queue.Queue(QUEUE_FRAMES)
        self._thread: threading.Thread | None = None
        self._next_prune = 0.0
        self._thread_ready = threading.Event()
        self._pending_rows = 0  # submitted, not written yet (bounded by QUEUE_ROWS)
        self._pending_lock = threading.Lock()
        if self.threaded:
            self._thread = threading.Thread(target=self._loop, name="cti-history", daemon=True)
            self._thread.start()
        else:
            self._open()

    @property
    def store(self) -> Store | None:
        """The writing store itself: for an in-memory history, the only one there is."""
        return self._store

    # --- the caller's side --------------------------------------------------------------

    def submit(self, records: list, mark: dict | None = None) -> None:
        with self._pending_lock:
            if self.threaded and self._pending_rows + len(records) > QUEUE_ROWS:
                full = True
            else:
                full = False
                self._pending_rows += len(records)
        if full:
            self.dropped += 1
            self._fail("the call history cannot keep up with the calls; some were not recorded")
            return
        self._do(("write", records, mark))

    def run(self, operation: Callable[[Store], object]) -> None:
        """Run `operation(store)` after what was submitted before (acknowledgements)."""
        self._do(("run", operation, None))

    def take_error(self) -> str | None:
        """The error to show, once."""
        if self.error is None or self._error_shown:
            return None
        self._error_shown = True
        return self.error

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted is written (tests, shutdown)."""
        if not self.threaded:
            return True
        done = threading.Event()
        self._do(("run", lambda store: done.set(), None))
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        if self._thread is not None:
            try:
                self._queue.put(None, timeout=timeout)
            except queue.Full:
                pass
            self._thread.join(timeout)
            self._thread = None
        elif self._store is not None and str(self.path) != ":memory:":
            self._store.close()

    def _do(self, item) -> None:
        if self.error is not None and self._store is None and (not self.threaded or self._thread_ready.is_set()):
            self._handle(item)  # drops it (a flush marker is released)
            return
        if not self.threaded:
            self._handle(item)
            return
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self._written(item)
            self.dropped += 1
            self._fail("the call history cannot keep up with the calls; some were not recorded")

    # --- the writing thread -------------------------------------------------------------

    def _open(self) -> None:
        try:
            self._store = Store(self.path)
        except StoreError as exc:
            self._fail(str(exc))

    def _loop(self) -> None:
        self._open()
        self._thread_ready.set()
        while True:
            item = self._queue.get()
            if item is None:
                break
            self._handle(item)
            if self._store is not None and self._queue.empty() and time.monotonic() >= self._next_prune:
                self._prune()
        if self._store is not None:
            self._store.close()

    def _written(self, item) -> None:
        """A write item leaves the queue (written or dropped): its rows no longer wait."""
        if item[0] == "write":
            with self._pending_lock:
                self._pending_rows -= len(item[1])

    def _handle(self, item) -> None:
        self._written(item)
        kind, payload, mark = item
        store = self._store
        if store is None:
            if kind == "run":  # a flush marker still has to be released
                try:
                    payload(None)
                except Exception:
                    pass
            self.dropped += 1
            return
        try:
            if kind == "write":
                started = time.perf_counter()
                self.rows += store.write(payload, mark)
                self.commit_times.append(time.perf_counter() - started)
                self.commits += 1
            else:
                payload(store)
                self.commits += 1  # readers look again
        except Exception as exc:  # a full disk, a locked or corrupt file: logged, shown once
            log.exception("call history: %s failed", kind)
            self._fail(f"the call history could not be written ({self.path}): {exc}")

    def _prune(self) -> None:
        self._next_prune = time.monotonic() + PRUNE_EVERY_S
        try:
            deleted = self._store.prune(self.retention)
        except Exception as exc:
            log.exception("call history: pruning failed")
            self._fail(f"the call history could not be pruned ({self.path}): {exc}")
            return
        if deleted:
            log.info("call history: %d old rows pruned", deleted)

    def _fail(self, message: str) -> None:
        if self.error is None:
            log.error("%s", message)
            self.error = message


class Recorder:
    """The session's side: derive rows from each applied event, hand a frame's rows over."""

    def __init__(self, writer: Writer):
        self.writer = writer
        self.history = CallHistory()
        self.frames = 0
        self._last_time: int | None = None
        self._failed = False
        self._marked: int | None = None
        self.gateway = False  # the history is the gateway's (O2G comlog): nothing derived here

    # --- the gateway's communication log ----------------------------------------------

    def gateway_records(self, login: str, rows: list) -> None:
        """The records a gateway listed for `login` at connect: from now on its log is the history."""
        self.gateway = True
        self.writer.run(lambda store: store.write_gateway(rows))

    def gateway_event(self, event: dict) -> None:
        """One comlog event (OnComRecordCreated, ...Modified, ...sDeleted, ...sAck, ...sUnAck)."""
        from desktop.model.comlog import record_row
        from desktop.protocol.o2g import comlog

        name, login = event.get("eventName"), event.get("loginName")
        if not isinstance(login, str):
            return
        try:
            if name in (comlog.CREATED, comlog.MODIFIED):
                row = record_row(comlog.ComHistoryRecord.model_validate(event.get("record") or {}), login)
                self.writer.run(lambda store: store.write_gateway([row]))
                return
            ids = [str(i) for i in event.get("recordIds") or ()]
        except (ValueError, TypeError) as exc:  # a record our models cannot read: skipped
            log.warning("call history: a %s event could not be read: %s", name, exc)
            return
        if name == comlog.DELETED:
            self.writer.run(lambda store: store.delete_records(ids))
        elif name in (comlog.ACKED, comlog.UNACKED):
            value = name == comlog.ACKED
            self.writer.run(lambda store: store.acknowledge_records(ids, value))

    def observe(self, event, delta, model) -> None:
        if self._failed or self.gateway:
            return
        try:
            self.history.observe(event, delta, model)
        except Exception:  # a bug in the derivation must not stop the events
            log.exception("call history: deriving from %s failed", type(event).__name__)
            self._failed = True
            self.writer._fail("the call history stopped: an event could not be followed (see the log)")
            return
        time_ms = getattr(event, "time", None)
        if time_ms is not None:
            self._last_time = time_ms

    def commit(self, model) -> int:
        """End of a frame: its finished rows, in one transaction. The mark says up to which
        event time every ended call is in this commit."""
        if self._failed:
            return 0
        rows = self.history.take(model)
        if not rows and self._last_time == self._marked:
            return 0  # nothing new: no empty transaction
        self._marked = self._last_time
        self.frames += 1
        self.writer.submit(rows, {"frame": self.frames, "time": self._last_time, "wall": time.time()})
        return len(rows)

    def reset(self, rewind: bool) -> None:
        self.history.reset(rewind)
        if rewind and str(self.writer.path) == ":memory:":
            # A replay sought backwards: its history is what was played up to there, again.
            self.writer.run(lambda store: store.clear())
            self._marked = None

    def close(self) -> None:
        self.writer.close()
