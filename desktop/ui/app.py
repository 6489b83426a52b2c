"""The window's entry point, and the only place asyncio meets Qt (qasync)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from desktop import logs
from desktop.sources.base import Source
from desktop.version import APP_ID, DIST, version

log = logging.getLogger("cti.app")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-monitor", description="CTI Monitor window")
    p.add_argument("--replay", metavar="TRACE", help="play a JSONL trace locally")
    p.add_argument("--login", metavar="LOGIN", help="my line (default: last used, else oxe70020)")
    p.add_argument("--play", action="store_true", help="with --replay: start playing at once")
    p.add_argument("--connect", metavar="URL", help="a server of docs/protocol.md: ws://host:port or wss://...")
    p.add_argument(
        "--token", metavar="T", default=os.environ.get("CTI_TOKEN"),
        help="access token for --connect (default: the CTI_TOKEN environment variable)",
    )
    from desktop.sources.o2g_options import add_o2g_arguments

    add_o2g_arguments(p)
    p.add_argument("-v", "--verbose", action="store_true", help="log everything (debug level), on stderr too")
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = logs.setup(DIST, verbose=args.verbose)
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

    my_line = args.login or settings().value("myLine") or "oxe70020"
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
    if args.play and hasattr(source, "play"):
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
    from desktop.sources.replay import ReplaySource

    if args.replay:
        try:
            return ReplaySource.from_file(args.replay)
        except OSError as exc:
            print(f"cti-monitor: cannot open {args.replay}: {exc.strerror or exc}", file=sys.stderr)
            raise SystemExit(2) from None
    if args.connect:
        return websocket_source(args)
    if args.o2g:
        from desktop.sources.o2g_options import OptionError, o2g_source_from_args

        try:
            # a windowed bundle (Windows, macOS) has no stdin at all
            has_terminal = sys.stdin is not None and sys.stdin.isatty()
            return o2g_source_from_args(args, ask=None if has_terminal else _password_dialog)
        except OptionError as exc:
            print(f"cti-monitor: {exc}", file=sys.stderr)
            raise SystemExit(2) from None
    # No source named: the built-in simulated OXE, with demo traffic and calls for my line.
    from desktop.sources.embedded import EmbeddedSimulator

    return EmbeddedSimulator(my_line=my_line)


def _password_dialog(prompt: str) -> str:
    """Started from a launcher there is no terminal to type the password in: ask in a dialog."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(None, "CTI Monitor", prompt, QLineEdit.Password)
    if not ok:
        raise KeyboardInterrupt
    return text


def websocket_source(args) -> Source:
    from desktop.live_snapshot import wss_context
    from desktop.sources.o2g_options import OptionError
    from desktop.sources.websocket import WebSocketSource

    try:
        return WebSocketSource(args.connect, token=args.token, ssl_context=wss_context(args))
    except (ValueError, OptionError) as exc:
        print(f"cti-monitor: --connect: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    sys.exit(main())
