"""What the waiting-calls queue costs at 10,000 users, offscreen: a frame with a few users
changed, a frame that rescans everyone (after a reset), and the once-a-second tick, each with
the repaint it causes (milliseconds, median and worst of 30).

Usage: QT_QPA_PLATFORM=offscreen python tools/queue_cost.py [RINGING_CALLS]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CTI_HISTORY_DB"] = ":memory:"  # nobody's history
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.simulator.engine import Engine, seed_directory  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from tools.screenshots import ScriptedSource, isolate_settings  # noqa: E402


def main(argv: list[str]) -> int:
    ringing = int(argv[0]) if argv else 300
    isolate_settings("cti-queue-cost-settings-")  # the window saves the queue's visibility on closing
    app = QApplication.instance() or QApplication([])
    clock = [1_735_725_600_000]
    engine = Engine(seed_directory(10_000), clock=lambda: clock[0])
    window = MainWindow(my_line="oxe70020")
    window.resize(1280, 800)
    window.show()
    source = ScriptedSource(clock, len(engine.directory.users))
    window.use_source(source)
    session = window.session
    session.state("connected")
    session.directory([u.public() for u in engine.directory.users.values()])
    logins = list(engine.directory.users)
    session.events([e for login in logins for e in engine.snapshot(login)])
    session.flush()
    for i in range(ringing):
        a, b = logins[3 + 2 * i], logins[4 + 2 * i]
        session.events(engine.command(a, "makeCall", None, args={"callee": engine.directory.users[b].number}).events)
        clock[0] += 100
    session.flush()
    app.processEvents()
    queue = window.queue
    queue._update()  # what the last frames left for the next update

    def timed(step, n=30):
        took = []
        for _ in range(n):
            t = time.perf_counter()
            step()
            app.processEvents()
            took.append((time.perf_counter() - t) * 1000)
        return f"median {statistics.median(took):.2f} ms, worst {max(took):.2f} ms"

    few = frozenset(logins[3:13])
    print(f"{len(logins):,} users, {queue.ringing.rowCount()} calls ringing")
    # The queue follows the frames at most every QUEUE_FRAME_MS: what one of its updates costs.
    print("update, 10 users changed:", timed(lambda: (queue._refreshed(few), queue._update())))
    print("update rescanning everyone:", timed(lambda: (queue._refreshed(frozenset()), queue._update())))
    print("tick (once a second):", timed(queue._tick))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
