"""A crash shows a dialog with the log's path and is logged, whether it escapes a Qt callback,
a loop callback or a coroutine; the dialog is built but not shown (an injected `show`)."""

import asyncio
import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop import logs
from desktop.ui import aio
from desktop.ui.dialogs import crash_reporter
from desktop.ui.dialogs.crash_reporter import CrashReporter


@pytest.fixture
def logged(tmp_path, monkeypatch):
    """A real log file (the dialog must name it) and the hooks put back afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    root_level = logging.getLogger().level
    path = logs.setup("cti-crash-test")
    hook = sys.excepthook
    yield path
    sys.excepthook = hook
    logs.shutdown()
    logging.getLogger().setLevel(root_level)


@pytest.fixture
def reporter(logged, aloop):
    shown = []
    r = CrashReporter(logged, show=lambda dialog, blocking: shown.append((dialog, blocking)))
    r.install(aloop)
    r.shown = shown
    yield r
    aloop.set_exception_handler(None)


def settle(aloop, seconds=0.05):
    aloop.run_until_complete(asyncio.sleep(seconds))


def check_dialog(dialog: QMessageBox, log_path, needle: str):
    assert isinstance(dialog, QMessageBox)
    assert str(log_path) in dialog.informativeText()
    assert needle in dialog.text()
    assert "Traceback" in dialog.detailedText() and needle in dialog.detailedText()
    assert {b.text() for b in dialog.buttons()} >= {"Keep running", "Quit"}


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot(reporter, logged, aloop):
    def slot():
        raise ValueError("slot went wrong")

    QTimer.singleShot(0, slot)
    settle(aloop)
    (dialog, blocking), = reporter.shown
    assert blocking is False  # the event loop runs: open() it, no nested loop
    check_dialog(dialog, logged, "ValueError: slot went wrong")
    text = logged.read_text()
    assert "CRITICAL" in text and "ValueError: slot went wrong" in text and "Traceback" in text


def test_exception_in_a_coroutine_nobody_awaits(reporter, logged, aloop):
    async def task():
        raise KeyError("coroutine went wrong")

    aio.spawn(task())
    settle(aloop)
    (dialog, _), = reporter.shown
    check_dialog(dialog, logged, "coroutine went wrong")
    assert "Task exception was never retrieved" in logged.read_text()


def crash_in_callback(aloop, reporter, exc: Exception) -> QMessageBox:
    def callback():
        raise exc

    aloop.call_soon(callback)
    settle(aloop)
    (dialog, _), = reporter.shown
    return dialog


def test_exception_in_a_loop_callback(reporter, logged, aloop):
    dialog = crash_in_callback(aloop, reporter, RuntimeError("callback went wrong"))
    check_dialog(dialog, logged, "RuntimeError: callback went wrong")


def test_one_dialog_at_a_time_every_error_logged(reporter, logged, aloop):
    for i in range(3):
        aloop.call_soon(lambda i=i: 1 / 0)
    settle(aloop)
    assert reporter.count == 3 and len(reporter.shown) == 1
    assert logged.read_text().count("ZeroDivisionError: division by zero") >= 3
    reporter.shown[0][0].done(0)  # the user closes it: the next error shows again
    aloop.call_soon(lambda: 1 / 0)
    settle(aloop)
    assert len(reporter.shown) == 2


def test_the_dialog_shows_no_secret(reporter, logged, aloop):
    dialog = crash_in_callback(aloop, reporter, ConnectionError("refused wss://pbx/?token=S3cr3tT0k3n"))
    assert "S3cr3tT0k3n" not in dialog.text() + dialog.detailedText() + logged.read_text()
    assert "token=***" in dialog.text()


def test_without_a_log_file_the_dialog_says_so():
    dialog = crash_reporter.build_dialog(None, "ValueError: x", "Traceback ...")
    assert "could not be written" in dialog.informativeText()


@pytest.mark.qt_no_exception_capture
def test_a_crash_while_the_window_is_built_shows_a_blocking_dialog(logged, qapp, monkeypatch):
    """The entry point installs the hooks and reports a start-up failure before any loop runs."""
    from desktop.cli import window
    from desktop.ui import run

    shown = []
    monkeypatch.setattr(crash_reporter, "_show", lambda dialog, blocking: shown.append((dialog, blocking)))
    monkeypatch.setattr(logs, "setup", lambda *a, **k: logged)

    def broken(*args):
        raise RuntimeError("window construction failed")

    monkeypatch.setattr(run, "_run", broken)
    try:
        assert window.main([]) == 1
    finally:
        loop = asyncio.get_event_loop_policy().get_event_loop()
        loop.set_exception_handler(None)
        loop.close()
        asyncio.set_event_loop(None)
    (dialog, blocking), = shown
    assert blocking is True
    check_dialog(dialog, logged, "window construction failed")
    assert isinstance(sys.excepthook.__self__, CrashReporter)  # installed by the entry point
