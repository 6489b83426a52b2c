"""Render the window offscreen at telling moments of the seed replays, into docs/screenshots/.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.sources.replay import ReplaySource  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

# (file name, seed flow, position in the trace, selected user)
SHOTS = [
    ("01-ringing.png", 1, 5, "oxe70021"),
    ("02-active-and-held.png", 2, 19, "oxe70021"),
    ("03-conference.png", 4, 20, "oxe70022"),
    ("04-redirected.png", 6, 8, "oxe70021"),
]


def shot(app: QApplication, out: Path, flow: int, position: int, login: str) -> None:
    window = MainWindow(my_line="oxe70020")
    window.resize(1280, 800)
    (trace,) = (ROOT / "resources" / "scenarios").glob(f"{flow:02d}-*.jsonl")
    source = ReplaySource.from_file(trace)
    window.use_source(source)
    window.show()
    source.seek(position)
    window.session.flush()
    window.presence.select(login)
    window.session.flush()
    app.processEvents()
    window.grab().save(str(out))
    window.close()
    print(out)


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for name, flow, position, login in SHOTS:
        shot(app, outdir / name, flow, position, login)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
