"""The window's side of `make bench-gui` (desktop/cli/bench_gui.py drives it): a bare PySide6 +
qasync window for the floor, and the real MainWindow instrumented. Each prints one JSON line."""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import os
import sys
import time
from functools import partial
from pathlib import Path

FULL_STATE_TIMEOUT_S = 120.0


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (nearest rank) of `values`, None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def _status_mib(field: str) -> float | None:
    """A memory line of /proc/self/status ("VmHWM", "VmRSS"), MiB; None where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mib() -> float:
    """This process's peak resident set (VmHWM), MiB; ru_maxrss where /proc is absent."""
    peak = _status_mib("VmHWM")
    if peak is not None:
        return peak
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """This process's resident set now (VmRSS), MiB; 0 where /proc is absent."""
    return _status_mib("VmRSS") or 0.0


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def run_bare(args) -> int:
    """A bare PySide6 + qasync window: how long to show, and how much memory for nothing."""
    import qasync
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = QMainWindow()
    window.resize(1280, 800)
    shown = _PaintClock(window)
    window.show()

    async def settle() -> dict:
        while shown.first is None:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)
        return {"shown_at": shown.first, "rss_mib": peak_rss_mib()}

    with loop:
        result = loop.run_until_complete(settle())
    print(json.dumps(result), flush=True)
    return 0


class _PaintClock:
    """Wall time of the end of `widget`'s first paint (an event filter that paints first)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Paint and clock.first is None:
                    clock.first = time.time()
                return False

        self.first: float | None = None
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def run_window(args) -> int:
    import qasync
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app.sources import SourceOptions, make_source
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    watched: dict[str, list[int]] = {}  # login on screen -> server times (ms) of its unpainted events
    seen: set[str] = set()  # users heard from, while a full state comes in
    measuring = [False]

    class BenchSession(Session):
        """Each event is looked at only while a full state comes in or while measuring:
        `instrument` puts a lean stand-in for `_applied` on the instance then (an override of
        the method weighed on every event, the full state timed included)."""

        def instrument(self, applied) -> None:
            if applied is None:
                self.__dict__.pop("_applied", None)
            else:
                self._applied = partial(applied, super()._applied)

        def directory(self, users):
            if "directory" not in rss_at:
                rss_at["hello"] = rss_mib()
                super().directory(users)
                rss_at["directory"] = rss_mib()
            else:
                super().directory(users)

    rss_at: dict[str, float] = {}

    def syncing_applied(applied, seq, raw, event, delta, heard=seen.add):
        heard(delta.login)
        applied(seq, raw, event, delta)

    def measured_applied(applied, seq, raw, event, delta):
        times = watched.get(delta.login)
        if times is not None and event.time is not None:
            times.append((event.time, time.time() * 1000))
        applied(seq, raw, event, delta)

    window = MainWindow(session=BenchSession(), my_line="oxe70020")
    window.resize(1280, 800)
    shown = _PaintClock(window)
    window.show()
    grid = window.presence.grid
    proxy = window.presence.proxy
    users = window.session.users
    screen_ms: list[float] = []
    arrival_ms: list[float] = []  # of the same events: from their server time to their arrival here
    paints: list[float] = []

    class PaintEnd(QObject):
        """Paints the lamp view itself, then notes the time: the end of the paint, not its start."""

        def eventFilter(self, obj, event):
            if event.type() != QEvent.Paint:
                return False
            region = event.region()
            grid.viewportEvent(event)
            now_ms = time.time() * 1000
            paints.append(now_ms)
            if measuring[0]:
                for login, times in watched.items():
                    if times and region.intersects(grid.visualRect(_proxy_index(login))):
                        screen_ms.extend(now_ms - t for t, _ in times)
                        arrival_ms.extend(arrived - t for t, arrived in times)
                        times.clear()
            return True

    rows: dict[str, int] = {}

    def _proxy_index(login):
        return proxy.mapFromSource(users.index(rows[login], 0))

    paint_end = PaintEnd()
    grid.viewport().installEventFilter(paint_end)

    import gc

    pauses: list[float] = []  # ms of each full (generation 2) collection while measuring
    gc_started = [0.0]

    def on_gc(phase, info):
        if info["generation"] == 2:
            if phase == "start":
                gc_started[0] = time.perf_counter()
            elif measuring[0]:
                pauses.append((time.perf_counter() - gc_started[0]) * 1000)

    gc.callbacks.append(on_gc)
    lags: list[float] = []
    timer = QTimer(interval=10, timerType=Qt.PreciseTimer)
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        if measuring[0]:
            lags.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now

    timer.timeout.connect(tick)
    timer.start()

    requests = [0]
    sync_cpu: list[float] = []  # the window's CPU seconds during each full state
    sync_events: list[int] = []  # and the events it received until every user's state was in

    async def connect():
        """Connect a new source; its seconds from connect to the end of the paint after the full state."""
        seen.clear()
        window.session.instrument(syncing_applied)
        if args.o2g_url:
            password = os.environ["CTI_BENCH_O2G_PASSWORD"]
            options = SourceOptions(o2g=args.o2g_url, user="admin", monitor=("*",))
            source = make_source(options, ask=lambda prompt: password)
        else:
            source = make_source(SourceOptions(connect=args.url))
        cpu_before = cpu_seconds()
        window.use_source(source)
        received_before = window.session.received()  # (counted from 0 again for a new source)
        start = time.perf_counter()
        started_wall = time.time()
        await source.start()
        deadline = start + FULL_STATE_TIMEOUT_S
        while len(seen) - (None in seen) < args.users_total:  # (a link's events are about no user)
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window did not get every user's state in {FULL_STATE_TIMEOUT_S:.0f} s")
            await asyncio.sleep(0.005)
        synced = time.time() * 1000
        sync_events.append(window.session.received() - received_before)
        # What the state cost in requests: those sent until every user's state was in (the
        # per-user reads that follow it are not part of it).
        requests[0] = getattr(source, "requests_sent", 0)
        window.session.instrument(None)
        seen.clear()
        while not paints or paints[-1] < synced:
            await asyncio.sleep(0.002)
        sync_cpu.append(cpu_seconds() - cpu_before)
        return source, paints[-1] / 1000 - started_wall, paints[-1] / 1000

    async def main() -> dict:
        sync_profiler = None
        if args.profile:
            import cProfile

            sync_profiler = cProfile.Profile()
            sync_profiler.enable()
        rss_at["shown"] = rss_mib()
        source, first, drawn_at = await connect()
        rss_at["synced"] = rss_mib()
        if sync_profiler is not None:
            sync_profiler.disable()
            sync_profiler.dump_stats(args.profile + ".sync")
        full_states = [first]
        for _ in range(args.rounds - 1):  # the same window switching to a new connection
            await source.stop()
            source, again, _ = await connect()
            rss_at[f"synced again {len(full_states)}"] = rss_mib()
            full_states.append(again)
        full_state = statistics.median(full_states)
        await asyncio.sleep(args.warmup)
        rss_at["warmed up"] = rss_mib()
        logins = users.logins()
        on_screen = [logins[r] for r in window.presence.visible_source_rows()]
        del logins
        for login in on_screen:  # (only these: the benchmark's own tables weigh on the window's RSS)
            rows[login] = users.row_of(login)
            watched[login] = []
        last[0] = time.perf_counter()
        cpu0, wall0 = cpu_seconds(), time.perf_counter()
        received0 = window.session.received()
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        measuring[0] = True
        window.session.instrument(measured_applied)
        await asyncio.sleep(args.seconds)
        window.session.instrument(None)
        measuring[0] = False
        rss_at["measured"] = rss_mib()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        cpu1, wall1 = cpu_seconds(), time.perf_counter()
        received = window.session.received() - received0
        await source.stop()
        return {
            "full_state_s": full_state,
            "full_states_s": full_states,
            "full_states_cpu_s": sync_cpu,
            "full_states_events": sync_events,
            "resyncs": window.session.resyncs,
            "stats": window.session.stats(),
            "rss_at": rss_at,
            "rest_requests": requests[0],
            "events_per_s": received / (wall1 - wall0),
            "rss_mib": peak_rss_mib(),
            "loop_lag_ms_p99": percentile(lags, 99),
            "loop_lag_ms_max": max(lags) if lags else None,
            "screen_ms_p50": percentile(screen_ms, 50),
            "screen_ms_p99": percentile(screen_ms, 99),
            "arrival_ms_p50": percentile(arrival_ms, 50),
            "arrival_ms_p99": percentile(arrival_ms, 99),
            "screen_samples": len(screen_ms),
            "on_screen_users": len(on_screen),
            "cpu_share": (cpu1 - cpu0) / (wall1 - wall0),
            "gc_full_collections": len(pauses),
            "gc_max_ms": max(pauses) if pauses else 0.0,
            "shown_at": shown.first,
            "drawn_at": drawn_at,
        }

    with loop:
        result = loop.run_until_complete(main())
    print(json.dumps(result), flush=True)
    return 0
