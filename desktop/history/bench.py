"""`make bench-history`: what the call history costs the event loop, and how fast it answers.

1. Generated traffic (the simulator's TrafficGenerator on the engine, simulated clock) at about
   1,000 events/s is cut into the window's 25 ms frames. Each frame is parsed and applied as
   the session does, once without a history and once with one (derivation per event, the
   frame's rows handed to the writer thread at the frame's end); the difference is what the
   history costs the loop per frame. The writer thread's own transaction time per frame is
   reported too, and what a synchronous commit on the loop would cost.
2. A database of 1,000,000 rows (10 % missed calls over 200 users, 90 days): its size on disk,
   and the time of the queries the window and `history` run on it (the missed-calls filter
   first: < 50 ms is the target).
The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop.history.store import Query, Retention, Store
from desktop.history.writer import Recorder, Writer
from desktop.model import Model
from desktop.model.history import CallRecord, Party
from desktop.protocol.parse import parse_obj
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.traffic import TrafficGenerator

FRAME_S = 0.025


def traffic(seconds: float, rate: float, users: int, seed: int = 1):
    """Frames (lists of RTSM events) of `seconds` of generated traffic, made as they are
    consumed: a run holding a minute of events in memory would give the garbage collector a
    million objects to walk that the window never has, and time that, not the history."""
    clock = {"now": 0.0}
    engine = Engine(seed_directory(users), clock=lambda: int(clock["now"] * 1000))
    generator = TrafficGenerator(engine, rate, speed=4.0, seed=seed)
    t = 0.0
    while t < seconds:
        t += FRAME_S
        clock["now"] = t
        yield generator.advance(t)


def loop_cost(frames, recorder: Recorder | None, clock=time.thread_time, sizes: list | None = None) -> list[float]:
    """Seconds each frame costs the loop: parse + apply (+ derive, + hand the rows over).
    CPU time of this thread by default: on a shared machine, wall time also counts whatever
    else ran meanwhile."""
    model = Model()
    costs = []
    for frame in frames:
        if sizes is not None:
            sizes.append(len(frame))
        start = clock()
        for raw in frame:
            event = parse_obj(raw, "rtsm")
            delta = model.apply(event)
            if recorder is not None:
                recorder.observe(event, delta, model)
        if recorder is not None:
            recorder.commit(model)
        costs.append(clock() - start)
    return costs


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def ms(x: float) -> float:
    return round(x * 1000, 3)


def frame_bench(seconds: float, rate: float, users: int, folder: Path) -> dict:
    def frames():
        return traffic(seconds, rate, users)

    sizes: list[int] = []
    bare = loop_cost(frames(), None, sizes=sizes)
    events = sum(sizes)
    writer = Writer(folder / "frames.sqlite3", Retention(), threaded=True)
    with_history = loop_cost(frames(), Recorder(writer))
    writer.flush(60)
    commits = list(writer.commit_times)
    rows = writer.rows
    writer.close()
    sync = Writer(folder / "frames-sync.sqlite3", Retention(), threaded=False)
    sync_costs = loop_cost(frames(), Recorder(sync))
    extra = [h - b for h, b in zip(with_history, bare)]
    wall_writer = Writer(folder / "frames-wall.sqlite3", Retention(), threaded=True)
    wall_bare = loop_cost(frames(), None, time.perf_counter)
    wall = loop_cost(frames(), Recorder(wall_writer), time.perf_counter)
    wall_writer.flush(60)
    wall_writer.close()
    busy = [i for i, n in enumerate(sizes) if n]
    return {
        "events": events,
        "events_per_s": round(events / seconds),
        "frames": len(busy),
        "events_per_frame": round(events / max(1, len(busy)), 1),
        "rows": rows,
        "loop_ms_per_frame_without_history": {"p50": ms(pct([bare[i] for i in busy], 0.5)), "p99": ms(pct([bare[i] for i in busy], 0.99))},
        "history_ms_per_frame": {
            "mean": ms(statistics.fmean(extra[i] for i in busy)),
            "p99": ms(pct([extra[i] for i in busy], 0.99)),
            "max": ms(max(extra[i] for i in busy)),
        },
        "history_ms_per_frame_wall": {
            "mean": ms(statistics.fmean(wall[i] - wall_bare[i] for i in busy)),
            "p99": ms(pct([wall[i] - wall_bare[i] for i in busy], 0.99)),
        },
        "writer_thread_commit_ms": {"mean": ms(statistics.fmean(commits)), "p99": ms(pct(commits, 0.99)), "max": ms(max(commits))},
        "synchronous_history_ms_per_frame": {
            "p99": ms(pct([sync_costs[i] - bare[i] for i in busy], 0.99)),
            "max": ms(max(sync_costs[i] - bare[i] for i in busy)),
        },
    }


def fill(store: Store, rows: int, users: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    now = int(time.time() * 1000)
    span = 90 * 86_400_000
    batch = []
    for i in range(rows):
        login = f"user{rng.randrange(users):04d}"
        other = f"user{rng.randrange(users):04d}"
        started = now - span + i * (span // rows)
        missed = rng.random() < 0.10
        answered = None if missed else started + rng.randrange(1000, 20_000)
        batch.append(CallRecord(
            f"{i:012x}0100", login, started, direction="incoming" if missed or rng.random() < 0.5 else "outgoing",
            parties=[Party(f"7{rng.randrange(10_000):04d}", other, f"Prénom{other[4:]} Nom{other[4:]}")],
            answered=answered, answered_by=login if answered else None,
            ended=(answered or started) + rng.randrange(2_000, 300_000), outcome="missed" if missed else "answered",
            cause="CLEARED", acknowledged=missed and rng.random() < 0.5,
        ))
        if len(batch) == 20_000:
            store.write(batch)
            batch = []
    if batch:
        store.write(batch)


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def query_bench(rows: int, users: int, folder: Path) -> dict:
    path = folder / "million.sqlite3"
    store = Store(path)
    start = time.perf_counter()
    fill(store, rows, users)
    fill_s = time.perf_counter() - start
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("ANALYZE")
    size = path.stat().st_size
    one = "user0007"
    result = {
        "rows": store.count(),
        "fill_s": round(fill_s, 1),
        "db_bytes": size,
        "bytes_per_row": round(size / max(1, rows)),
        "query_ms": {
            "missed, newest 100 (the panel's first page)": ms(timed(lambda: store.query(Query(missed=True), limit=100))),
            "missed and unacknowledged, newest 100": ms(timed(lambda: store.query(Query(missed=True, unacknowledged=True), limit=100))),
            "missed of one user, newest 100": ms(timed(lambda: store.query(Query(missed=True, login=one), limit=100))),
            "unacknowledged missed per user (the badges)": ms(timed(store.missed_counts)),
            "newest 100 (no filter)": ms(timed(lambda: store.query(limit=100))),
            "page 50 of the missed (offset 10,000)": ms(timed(lambda: store.query(Query(missed=True), limit=200, offset=10_000))),
            "text search 'prenom0042', newest 100": ms(timed(lambda: store.query(Query(text="PRENOM0042"), limit=100), 3)),
        },
    }
    start = time.perf_counter()
    result["prune_10_percent_s"] = round(timed(lambda: store.prune(Retention(days=81, rows=rows)), 1), 2)
    store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.history.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="seconds of generated traffic (default 60)")
    parser.add_argument("--rate", type=float, default=100.0, help="new calls per second (default 100: about 1,000 events/s)")
    parser.add_argument("--users", type=int, default=3000, help="generated users (default 3000)")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the query database (default 1,000,000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cti-history-bench-") as tmp:
        folder = Path(tmp)
        frames = frame_bench(args.seconds, args.rate, args.users, folder)
        print(json.dumps(frames, indent=1), file=sys.stderr)
        queries = query_bench(args.rows, 200, folder)
        print(json.dumps(queries, indent=1, ensure_ascii=False), file=sys.stderr)
    print(json.dumps({"frames": frames, "queries": queries}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CTI_HISTORY_DB", ":memory:")  # never the user's
    sys.exit(main())
