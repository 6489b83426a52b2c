"""Tests never read or write the user's own settings (~/.config/CTI Monitor/cti-monitor.conf):
the window remembers its last source, my line and its layout there, and a test run once
overwrote them (tests/conftest.py isolates every QSettings before the first test)."""

import os
from pathlib import Path

from desktop.ui.main_window import APP, ORG, settings


def users_settings_file() -> Path:
    """Where Qt keeps them on Linux, found without asking Qt (which the tests redirect)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
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
