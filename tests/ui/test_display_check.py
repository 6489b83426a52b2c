"""Without a display or the system libraries Qt's xcb plugin needs, the window says in one line
what to do instead of Qt aborting the process."""

import os
import subprocess
import sys

from desktop.ui.display_check import XCB_LIBRARIES, problem


def test_missing_libraries_are_named_with_the_packages_to_install():
    missing = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    line = problem({"DISPLAY": ":0"}, loads=lambda soname: soname not in missing, system="linux")
    assert "\n" not in line
    assert "apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in line
    assert "dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in line
    assert problem({"DISPLAY": ":0"}, loads=lambda soname: True, system="linux") == ""
    assert len({lib.soname for lib in XCB_LIBRARIES}) == len(XCB_LIBRARIES)


def test_no_display_or_another_platform():
    everything = lambda soname: True
    assert "DISPLAY is not set" in problem({}, loads=everything, system="linux")
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda s: False, system="linux") == ""
    assert "WAYLAND_DISPLAY" in problem({"QT_QPA_PLATFORM": "wayland"}, loads=everything, system="linux")
    assert problem({}, loads=lambda s: False, system="win32") == ""


def test_the_window_started_without_a_display_prints_one_line_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = str(tmp_path)  # no real settings or logs
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main([]))"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0], done.stderr
    assert "Aborted" not in done.stderr and "could not load the Qt platform plugin" not in done.stderr
