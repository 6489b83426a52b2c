"""Tests never read or write the user's own settings (~/.config/CTI Monitor/cti-monitor.conf):
the window remembers its last source, my line and its layout there, and a test run once
overwrote them (tests/conftest.py isolates every QSettings before the first test)."""

import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from desktop import logs
from desktop.ui.main_window import APP, ORG, settings
from tests.conftest import SETTINGS, USERS_XDG


def users_settings_file() -> Path:
    """Where Qt keeps them on Linux, found without asking Qt (which the tests redirect)."""
    config = USERS_XDG["XDG_CONFIG_HOME"] or str(Path.home() / ".config")
    return Path(config) / ORG / f"{APP}.conf"


def stamp(path: Path):
    return (path.stat().st_mtime_ns, path.stat().st_size) if path.exists() else None


def test_what_the_window_remembers_goes_to_the_tests_folder_not_the_users(window, tmp_path):
    real = users_settings_file()
    before = stamp(real)
    window.set_my_line("oxe70099")  # remembered: myLine
    window.close()  # remembered: geometry, windowState, split
    stored = settings()
    stored.sync()
    assert Path(stored.fileName()).is_relative_to(tmp_path)
    assert stored.value("myLine") == "oxe70099" and stored.value("geometry") is not None
    assert stamp(real) == before


def test_each_test_starts_with_no_settings():
    assert settings().allKeys() == []


def test_a_command_run_by_the_tests_logs_into_the_tests_folder_not_the_users():
    """The commands' logs (platformdirs: ~/.local/state/cti-monitor/log on Linux) and the
    translations' cache (~/.cache) once filled up from every test run."""
    assert logs.log_dir().is_relative_to(SETTINGS)
    done = subprocess.run([sys.executable, "-c", "from desktop import logs; print(logs.log_dir())"],
                          capture_output=True, text=True, timeout=60, env=os.environ)
    assert Path(done.stdout.strip()).is_relative_to(SETTINGS), done.stderr
    assert platformdirs.user_cache_path("cti-monitor").is_relative_to(SETTINGS)
