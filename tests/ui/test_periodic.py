"""The window's once-a-second jobs run in slots of their own, not all in one turn of the loop."""

import time

from PySide6.QtCore import Qt, QTimer

from desktop.ui import periodic


def slot_of(timer: QTimer, interval_ms: int) -> float:
    """Where in its period (counted from the shared origin) the timer's next timeout falls."""
    due = (time.monotonic() - periodic._ORIGIN) * 1000 + timer.remainingTime()
    return due % interval_ms


def apart(a: float, b: float, period: int) -> float:
    d = abs(a - b) % period
    return min(d, period - d)


def test_a_timer_started_in_a_slot_times_out_there_then_every_interval(qtbot):
    timer = QTimer()
    slot_ms = 60
    periodic.start_in_slot(timer, 200, slot_ms)
    assert timer.timerType() == Qt.PreciseTimer and not timer.isSingleShot()
    assert 50 <= timer.remainingTime() <= 250  # a quarter of a period or more, at most one and a quarter
    assert apart(slot_of(timer, 200), slot_ms, 200) <= 5
    fired = []
    timer.timeout.connect(lambda: fired.append(time.monotonic()))
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=1000)
    assert timer.interval() == 200 and timer.isActive()  # from then on, the whole period
    assert apart(slot_of(timer, 200), slot_ms, 200) <= 20
    timer.stop()


def test_the_windows_periodic_jobs_are_precise_and_a_tenth_of_a_second_apart(window):
    ticks = {
        "session": window.session._second,
        "queue": window.queue._clock,
        "calls": window.calls._clock,
        "groups": window.presence._counts_timer,
        "history": window.history._timer,
    }
    blink = window.presence.delegate._timer
    assert blink.isActive()
    for name, timer in {**ticks, "blink": blink}.items():
        assert timer.isActive() and timer.timerType() == Qt.PreciseTimer, name
    # Coarse 1 s timers had one boundary: every job in the same turn of the loop.
    slots = {name: slot_of(timer, 1000) for name, timer in ticks.items()}
    for blink_slot in (slot_of(blink, 500), slot_of(blink, 500) + 500):
        slots[f"blink at {blink_slot:.0f}"] = blink_slot
    names = sorted(slots)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert apart(slots[a], slots[b], 1000) >= 100, (a, b, slots)
    # The slow log insert is not rounded to the ticks' boundary either.
    assert window.session._log_frame.timerType() == Qt.PreciseTimer
