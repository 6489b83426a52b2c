"""The window's entry point, and the only place asyncio meets Qt (qasync). desktop/cli/window.py
reads the command line and calls `run`."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
from pathlib import Path

from desktop import logs
from desktop.app.sources import DEFAULT_LINE, OptionError, SourceOptions, Warn, make_source
from desktop.sources.base import Source
from desktop.version import APP_ID, version

log = logging.getLogger("cti.app")


def run(options: SourceOptions, log_path: Path | None, *, play: bool = False, warn: Warn = log.warning) -> int:
    """Open the window on the source `options` name (with play: start a replay at once) and run
    until it closes. OptionError when the options name no source; a crash before the loop runs
    is reported in a dialog and gives 1; no display or missing system libraries: one line on
    stderr saying what to install, and 1."""
    from desktop.ui.display_check import problem

    missing = problem()
    if missing:  # Qt would abort the process with a message few can act on
        print(missing, file=sys.stderr)
        log.info("window not opened: %s", missing)  # the log file too; stderr has it once
        return 1
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs.crash_reporter import CrashReporter
    from desktop.ui.widgets.icons import app_icon
    from desktop.ui.main_window import APP, ORG

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(version())
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the launcher (and its icon) by this
    app.setWindowIcon(app_icon())  # every window and dialog, not only the main one
    from desktop.ui import appearance, i18n
    from desktop.ui.main_window import settings

    i18n.install(app, str(settings().value(i18n.SETTING) or ""))
    appearance.apply(app, str(settings().value(appearance.SETTING) or ""))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter = CrashReporter(log_path)
    reporter.install(loop)
    try:
        return _run(options, play, warn, app, loop)
    except OptionError:
        raise  # the caller says so on stderr, as for any bad option
    except Exception:  # before the event loop runs (building the window...): nothing would show it
        reporter.report(sys.exc_info(), where="start-up", blocking=True)
        return 1


def _run(options: SourceOptions, play: bool, warn: Warn, app, loop) -> int:
    from desktop.ui.main_window import MainWindow, settings

    my_line = options.my_line or settings().value("myLine") or DEFAULT_LINE
    window = MainWindow(my_line=my_line)
    window.resize(1280, 800)
    window.restore_layout()

    current: list[Source] = []

    def open_source(source: Source) -> None:
        async def switch() -> None:
            for old in current:
                await old.stop()
            current[:] = [source]
            window.use_source(source)
            await source.start()

        asyncio.ensure_future(switch())

    window.on_open_source = open_source
    # Shown before the first source is made: making it loads its network library (websockets
    # ~40 ms, aiohttp for O2G more), which the window need not wait for.
    window.show()

    try:
        source = first_source(window, options, my_line, warn)
    except OptionError:
        window.close()  # not left on screen while the caller says what is wrong
        raise
    open_source(source)
    if play:
        loop.call_later(0.2, source.play)

    log.info("window open on %s", logs.redact(source.description))
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
        for s in current:
            loop.run_until_complete(s.stop())
    return 0


def first_source(window, options: SourceOptions, my_line: str, warn: Warn) -> Source:
    """The source the window opens with: the command line's, else Settings ▸ Start's
    (desktop/ui/start_source.py), else the built-in simulator. A start source from the settings
    that cannot be opened (a bad address, the password dialog cancelled) is said in the status
    bar and the simulator opens instead; the command line's errors stay errors (exit 2)."""
    from desktop.ui import start_source
    from desktop.ui.main_window import settings

    store = settings()
    chosen = dataclasses.replace(start_source.start_options(store, options), my_line=my_line)
    try:
        source = make_source(chosen, ask=_password_asker(), warn=warn)
    except OptionError as exc:
        if chosen.connect == options.connect and chosen.o2g == options.o2g:
            raise  # the command line's
        log.warning("start source from the settings not opened: %s", exc)
        from PySide6.QtCore import QCoreApplication

        window.show_message(QCoreApplication.translate("Run", "The start source in Settings could not be opened (%s): the built-in simulator instead") % exc)
        return make_source(dataclasses.replace(options, my_line=my_line), warn=warn)
    start_source.remember_opened(store, chosen)
    return source


def _password_asker():
    """The terminal's prompt (None) when there is a terminal; a windowed bundle (Windows,
    macOS) has no stdin at all, so a dialog."""
    return None if sys.stdin is not None and sys.stdin.isatty() else _password_dialog


def _password_dialog(prompt: str) -> str:
    """Started from a launcher there is no terminal to type the password in: ask in a dialog."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(None, QCoreApplication.translate("Run", "CTI Monitor"), prompt, QLineEdit.Password)
    if not ok:
        raise KeyboardInterrupt
    return text

