"""The Qt binding keeps None's reference count: before Python 3.12 None is a mortal object, and a
binding that drops a reference on each call returning nothing (PySide6 6.12.0 does) aborts the
window after a few thousand calls with "Fatal Python error: none_dealloc"."""

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")  # returns nothing
    drift = before - sys.getrefcount(None)
    assert drift < 50, (
        f"None lost {drift} references over 200 calls: this PySide6 build would crash the window "
        "on Python < 3.12 (see pyproject.toml)"
    )
