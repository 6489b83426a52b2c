"""The window as the Linux accessibility stack sees it: tools/atspi_tree.py starts Xvfb, a D-Bus
session, the AT-SPI bus and `cti-monitor` (the built-in simulator) under xcb with Qt's AT-SPI
bridge on, and reads the accessible tree over D-Bus with Debian's pyatspi, as Orca would. The
lamps, buttons, panels and menus must have names there. Skips, saying why, where the system has
no Xvfb, D-Bus launcher, AT-SPI bus, pyatspi or xcb libraries (CI installs them: .ci/run)."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's: python3-pyatspi installs there, not in our venv


def _skip_reason() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility stack"
    for program in ("Xvfb", "dbus-launch"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install xvfb dbus-x11)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"no {SYSTEM_PYTHON} to run pyatspi"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=20,
                           env={"PATH": "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS": "disabled:"})
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (apt-get install python3-pyatspi at-spi2-core)"
    from desktop.ui.display_check import problem

    return problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}) or None  # the xcb plugin's libraries


@pytest.fixture(scope="module")
def tree():
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    done = subprocess.run([SYSTEM_PYTHON, str(ROOT / "tools" / "atspi_tree.py"), "--json", "--python", sys.executable],
                          capture_output=True, text=True, timeout=90, cwd=ROOT)
    if done.returncode == 2:
        pytest.skip(done.stderr.strip())
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def _named(tree, role):
    return [n["name"] for n in tree if n["role"] == role]


def test_the_window_and_its_panels_are_named(tree):
    assert tree[0]["role"] == "application" and tree[0]["name"] == "cti-monitor"
    assert "CTI Monitor" in _named(tree, "frame")
    names = {n["name"] for n in tree}
    for panel in ("Users", "Lamps", "Calls", "Event log", "History", "Events", "Call history"):
        assert panel in names, panel
    assert {"File", "Line", "View", "Help"} <= set(_named(tree, "menu item"))


def test_every_lamp_says_who_and_what_state(tree):
    lamp = re.compile(r"^.+, \d{5}, (idle|ringing|dialing|talking|on hold|in conference|unknown)\b.*\bfor\b")
    lamps = [n for n in tree if n["role"] == "list item" and lamp.match(n["name"])]
    assert len(lamps) >= 20, [n["name"] for n in tree if n["role"] == "list item"][:30]
    assert all(n["description"] for n in lamps)  # the tooltip's line: number and time in state


def test_no_button_is_unnamed(tree):
    buttons = [n for n in tree if n["role"] in ("push button", "toggle button", "check box", "radio button")]
    assert len(buttons) >= 10
    assert [n for n in buttons if not n["name"].strip()] == []
