"""A crash is logged and shown in a dialog that says where the log is, instead of vanishing.

Two ways an error escapes: an exception in a Qt callback (a slot, a paint event) reaches
sys.excepthook, and one in a coroutine or loop callback reaches the asyncio loop's exception
handler (for a task, when it is collected unawaited: "Task exception was never retrieved").
`CrashReporter.install` takes both, and is called from the entry point only (desktop/ui/run.py):
tests and tools that build a window keep Python's defaults.

One dialog at a time: an error repeated in every paint event is logged each time but shown once.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import redact
from desktop.version import APP_NAME

log = logging.getLogger("cti.crash")

def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


ExcInfo = tuple[type[BaseException], BaseException, object]


def build_dialog(log_path: Path | None, summary: str, details: str, parent=None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Critical, tr("%s: unexpected error") % APP_NAME, "", QMessageBox.NoButton, parent)
    where = (
        tr("The details are in the log:\n%s") % log_path
        if log_path is not None
        else tr("The log file could not be written; the details are below.")
    )
    box.setText(tr("%s ran into an unexpected error.") % APP_NAME + f"\n\n{summary}")
    box.setInformativeText(f"{where}\n\n" + tr("It may go on working; if it behaves oddly, quit and start it again."))
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the path can be copied into a ticket
    keep = box.addButton(tr("Keep running"), QMessageBox.RejectRole)
    box.setDefaultButton(keep)  # Enter or Esc must not throw away the session
    box.setEscapeButton(keep)
    quit_button = box.addButton(tr("Quit"), QMessageBox.DestructiveRole)
    quit_button.clicked.connect(_quit)
    return box


def _quit() -> None:
    app = QApplication.instance()
    if app is not None:
        app.quit()


def _show(dialog: QMessageBox, blocking: bool) -> None:
    if blocking:  # the event loop is not running (start-up): nothing else would show it
        dialog.exec()
    else:  # window-modal without a nested event loop, which would re-enter the asyncio loop
        dialog.open()


class CrashReporter:
    """`show(dialog, blocking)` is injectable so that tests build the dialog without showing it."""

    def __init__(self, log_path: Path | None, show: Callable[[QMessageBox, bool], None] | None = None):
        self.log_path = log_path
        self._show = show or (lambda dialog, blocking: _show(dialog, blocking))  # looked up late: tests patch it
        self.dialog: QMessageBox | None = None
        self.count = 0

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        sys.excepthook = self.excepthook
        loop.set_exception_handler(self.loop_exception)

    def excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: not a crash
            sys.__excepthook__(kind, value, tb)
            return
        self.report((kind, value, tb))

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        exc = context.get("exception")
        if exc is None:  # a complaint without an exception (an unclosed transport...): log only
            log.error("asyncio: %s", context.get("message", context))
            return
        self.report((type(exc), exc, exc.__traceback__), where=context.get("message"))

    def report(self, exc_info: ExcInfo, where: str | None = None, blocking: bool = False) -> None:
        kind, value, _ = exc_info
        summary = redact(f"{kind.__name__}: {value}" if str(value) else kind.__name__)
        log.critical("unhandled error%s: %s", f" ({where})" if where else "", summary, exc_info=exc_info)
        self.count += 1
        if self.dialog is not None or QApplication.instance() is None:
            return  # one on screen already (this one is in the log), or no GUI to show it in
        details = redact("".join(traceback.format_exception(*exc_info)))
        self.dialog = build_dialog(self.log_path, summary, details, _parent())
        self.dialog.finished.connect(self._closed)
        self._show(self.dialog, blocking)

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def _parent():
    app = QApplication.instance()
    return app.activeWindow() if app is not None else None
