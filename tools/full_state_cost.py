"""The window's CPU for one full state, without the network: what it does with a snapshot once
the frames are read (parse, apply, the event log, the frames and their paints), which is what
`make bench-gui`'s full state costs the window besides websockets' reading.

It records the benchmark's own snapshot first (its simulated OXE, in this process, read by its
bare client), then, offscreen, hands the recorded frames to the real MainWindow through the
WebSocket source's own read loop, 256 KiB at a time as a socket read brings them, once per
round, each round a new source as a reconnection is. It prints the CPU seconds of each round,
their median and minimum. Replayed, the same frames give the same work each round, so two
versions of the window can be compared within minutes, where `make bench-gui`'s full state
moves with the machine's load.

Usage: QT_QPA_PLATFORM=offscreen python tools/full_state_cost.py [--users N] [--rounds R]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


READ_BYTES = 256 << 10  # what one read of asyncio's socket transport brings at most
PAUSE_S = 0.3  # between rounds: the timers a round started run before the next is timed


async def record(users: int, rate: float) -> list:
    """The frames a client reads from the benchmark's simulator until every user's state is in."""
    from desktop.cli.bench_gui import bare_full_state, bench_simulator, start_simulator

    server, traffic = bench_simulator(users, rate)
    port = await start_simulator(server, traffic)
    frames: list = []
    try:
        await bare_full_state(f"ws://127.0.0.1:{port}", keep=frames)
    finally:
        await server.close()
    return frames


class RecordedSocket:
    """The recorded frames as a connection's `async for` gives them: the loop gets a turn after
    each READ_BYTES (Qt paints, the source hands its batch over), and once the subscription's
    reply is read the session is reset, as the source's own request does when it is answered."""

    def __init__(self, frames: list, reply_at: int, session):
        self._frames = frames
        self._reply_at = reply_at
        self._session = session

    async def __aiter__(self):
        read = 0
        for at, frame in enumerate(self._frames):
            yield frame
            if at == self._reply_at:
                self._session.reset(False)  # (WebSocketSource._subscribe's on_reply)
            read += len(frame)
            if read >= READ_BYTES:
                read = 0
                await asyncio.sleep(0)


def reply_index(frames: list) -> int:
    """Where the subscription's reply is among the frames recorded."""
    import orjson

    from desktop.protocol import wire

    for at, frame in enumerate(frames):
        message = orjson.loads(frame)
        if wire.is_control(message) and message.get("type") == wire.REPLY:
            return at
    raise SystemExit("the recorded snapshot has no reply to its subscription")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tools/full_state_cost.py", description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000, help="generated users (default 10000)")
    parser.add_argument("--rate", type=float, default=1000.0, help="the simulator's events per second (default 1000)")
    parser.add_argument("--rounds", type=int, default=10, help="full states timed (default 10)")
    args = parser.parse_args(argv)
    if args.users < 1 or args.rounds < 1 or not args.rate > 0:
        parser.error("--users >= 1, --rounds >= 1, --rate > 0")

    frames = asyncio.run(record(args.users, args.rate))
    reply_at = reply_index(frames)

    from desktop.cli.bench_gui import window_env

    os.environ.update(window_env())  # the benchmark's window's: nobody's history, settings or logs

    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.app.sources import SourceOptions, make_source
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(my_line="oxe70020")
    window.resize(1280, 800)
    window.show()

    applied: list[int] = []  # events the session took in each round

    async def rounds() -> list[float]:
        took = []
        for _ in range(args.rounds):
            source = make_source(SourceOptions(connect="ws://127.0.0.1:9"))  # never started: fed here
            started = time.process_time()
            window.use_source(source)
            await source._read(RecordedSocket(frames, reply_at, window.session))
            window.session.flush()
            app.processEvents()  # the paints of that last frame
            took.append(time.process_time() - started)
            applied.append(window.session.received())
            await asyncio.sleep(PAUSE_S)
        return took

    with loop:
        took = loop.run_until_complete(rounds())
    users = len(window.session.model.users)
    print(f"{users:,} users, {len(frames) - 2:,} snapshot frames ({sum(map(len, frames)) / 1e6:.1f} MB), {args.rounds} full states")
    print("events applied per full state: " + " ".join(map(str, applied)))
    print("CPU per full state: " + " ".join(f"{t:.3f}" for t in took) + " s")
    print(f"median {statistics.median(took):.3f} s, min {min(took):.3f} s")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
