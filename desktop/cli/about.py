"""`cti-monitor about`: the About dialog's facts as JSON, for a support call without a screen and
for the install checks (tests/packaging, `make release-check`): which version, which resources
folder (the package's own, not a source tree's), whether every icon renders with the Qt inside.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson

from desktop import logs, resources
from desktop.cli.options import add_command
from desktop.version import DIST, version


def register(sub) -> None:
    p = add_command(sub, "about", help="print the version, resource and log folders as JSON")
    p.add_argument(
        "--check-icons", action="store_true",
        help="also render every icon offscreen with Qt; exit status 1 if one does not render",
    )
    p.set_defaults(handler=run)


def facts() -> dict:
    root = resources.root()
    return {
        "name": DIST,
        "version": version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "package": str(Path(__file__).resolve().parents[1]),  # desktop/, not desktop/cli/
        "resources": str(root),
        "icons": sorted(p.stem for p in (root / "icons").glob("*.svg")),
        "scenarios": sorted(p.name for p in (root / "scenarios").glob("*.jsonl")),
        "log_dir": str(logs.log_dir()),
    }


def run(args) -> int:
    out = facts()
    status = 0
    if args.check_icons:
        from desktop.ui.icon_check import painted_pixels  # Qt, only for this check

        out["painted_pixels"] = painted_pixels(out["icons"])
        if not out["icons"] or not all(out["painted_pixels"].values()):
            status = 1
    sys.stdout.buffer.write(orjson.dumps(out, option=orjson.OPT_INDENT_2) + b"\n")
    return status
