"""The window's entry point, and the only place asyncio meets Qt (qasync)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from desktop import logs
from desktop.app.sources import DEFAULT_LINE, OptionError, make_source
from desktop.cli.options import add_connect, add_o2g_arguments, add_verbose, source_options, warn
from desktop.sources.base import Source
from desktop.version import APP_ID, DIST, version

log = logging.getLogger("cti.app")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-monitor", description="CTI Monitor window")
    p.add_argument("--replay", metavar="TRACE", help="play a JSONL trace locally")
    p.add_argument("--login", metavar="LOGIN", help="my line (default: last used, else oxe70020)")
    p.add_argument("--play", action="store_true", help="with --replay: start playing at once")
    add_connect(p)
    add_o2g_arguments(p)
    add_verbose(p)
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = logs.setup(DIST, verbose=args.verbose)
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.ui.crash import CrashReporter
    from desktop.ui.icons import app_icon
    from desktop.ui.main_window import APP, ORG

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(version())
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the launcher (and its icon) by this
    app.setWindowIcon(app_icon())  # every window and dialog, not only the main one
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter = CrashReporter(log_path)
    reporter.install(loop)
    try:
        return _run(args, app, loop)
    except Exception:  # before the event loop runs (building the window...): nothing would show it
        reporter.report(sys.exc_info(), where="start-up", blocking=True)
        return 1


def _run(args, app, loop) -> int:
    from desktop.ui.main_window import MainWindow, settings

    my_line = args.login or settings().value("myLine") or DEFAULT_LINE
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

    source = _source_from(args, my_line)
    open_source(source)
    if args.play:
        loop.call_later(0.2, source.play)

    window.show()
    log.info("window open on %s", logs.redact(source.description))
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
        for s in current:
            loop.run_until_complete(s.stop())
    return 0


def _source_from(args, my_line: str) -> Source:
    # a windowed bundle (Windows, macOS) has no stdin at all: the password in a dialog
    has_terminal = sys.stdin is not None and sys.stdin.isatty()
    try:
        options = source_options(args, replay=args.replay, my_line=my_line)
        return make_source(options, ask=None if has_terminal else _password_dialog, warn=warn)
    except OptionError as exc:
        print(f"cti-monitor: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _password_dialog(prompt: str) -> str:
    """Started from a launcher there is no terminal to type the password in: ask in a dialog."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(None, "CTI Monitor", prompt, QLineEdit.Password)
    if not ok:
        raise KeyboardInterrupt
    return text


if __name__ == "__main__":
    sys.exit(main())
