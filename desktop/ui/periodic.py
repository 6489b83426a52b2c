"""The window's periodic work, each job in its own slot of the second.

Qt's default (coarse) timers round their timeouts to shared boundaries to save wake-ups, so the
session's tick, the queue's, the group counts, the history's refresh and the lamps' blink ran in
one turn of the event loop: ~20 ms at 10,000 users, more with other work beside it, and the
events arriving meanwhile waited for all of it before they could reach the screen. Precise
timers, each started at its own slot counted from one origin, keep the jobs apart.
"""

from __future__ import annotations

import time

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

# Milliseconds into each period (counted from _ORIGIN) at which a job times out.
SESSION_TICK = 0  # the clocks on the lamps, the rates, the history's commit
GROUP_COUNTS = 125
BLINK = 250  # (every 500 ms: at 250 and 750)
HISTORY_REFRESH = 375
QUEUE_TICK = 500
CALLS_TICK = 875

_ORIGIN = time.monotonic()


def start_in_slot(timer: QTimer, interval_ms: int, slot_ms: int) -> None:
    """Start `timer` repeating every `interval_ms`, timing out `slot_ms` into each period.

    The first timeout comes a quarter of a period or more from now (a job is not run at once
    because its timer was made); stop() and start() afterwards work as on any QTimer, the
    slot kept as long as nobody restarts it."""
    timer.setSingleShot(False)
    timer.setTimerType(Qt.PreciseTimer)
    elapsed = (time.monotonic() - _ORIGIN) * 1000
    first = (slot_ms - elapsed) % interval_ms
    if first < interval_ms / 4:
        first += interval_ms
    # The first period is the way to the slot; from its timeout on, the whole interval.
    timer.timeout.connect(lambda: timer.setInterval(interval_ms), Qt.SingleShotConnection)
    timer.start(round(first))


def every(parent: QObject, interval_ms: int, slot_ms: int, job: Callable[[], None]) -> QTimer:
    """A timer of `parent`'s running `job` every `interval_ms`, `slot_ms` into each period;
    returned, started."""
    timer = QTimer(parent)
    timer.timeout.connect(job)
    start_in_slot(timer, interval_ms, slot_ms)
    return timer
