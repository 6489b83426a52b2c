"""What the once-a-second time-in-state refresh costs with many users, offscreen.

Usage: QT_QPA_PLATFORM=offscreen python tools/tick_cost.py [USERS]
Prints one JSON line per view (lamps, list, list sorted by "For"): milliseconds of CPU per tick,
the tick call plus the repaint it causes, and how many rows it signalled.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.models.users_model import SINCE  # noqa: E402


def main(argv: list[str]) -> int:
    users = int(argv[0]) if argv else 10_000
    app = QApplication.instance() or QApplication([])
    window = MainWindow(my_line=None)
    window.resize(1280, 800)
    window.session.directory(
        [{"login": f"u{i:05d}", "number": str(100000 + i), "firstName": f"First{i}", "lastName": f"Last{i}"} for i in range(users)]
    )
    window.session.flush()
    window.show()
    app.processEvents()
    window.session._second.stop()  # only the ticks timed here, not the session's own
    model = window.session.users
    signalled = []
    model.dataChanged.connect(lambda a, b, roles=(): signalled.append(b.row() - a.row() + 1))
    for label, setup in (
        ("lamps", lambda: window.presence.toggle.setChecked(False)),
        ("list", lambda: window.presence.toggle.setChecked(True)),
        ("list sorted by For", lambda: window.presence.table.sortByColumn(SINCE, Qt.AscendingOrder)),
    ):
        setup()
        app.processEvents()
        signalled.clear()
        rounds = 20
        start = time.process_time()
        for _ in range(rounds):
            model.tick()
            app.processEvents()
        ms = (time.process_time() - start) * 1000 / rounds
        print(json.dumps({"users": users, "view": label, "ms_per_tick": round(ms, 2), "rows_signalled": sum(signalled) // rounds}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
