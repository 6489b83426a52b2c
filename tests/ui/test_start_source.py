"""`cti-monitor` with no arguments (the desktop launcher's command) opens the source of
Settings ▸ Start, not the demo: here a real simulator's WebSocket server on a free loopback
port, served from its own thread as another machine would serve it."""

import asyncio
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import logs
from desktop.app.sources import SourceOptions
from desktop.cli import window as window_cli
from desktop.ui import start_source
from desktop.ui.main_window import MainWindow, settings


@pytest.fixture
def server():
    """A simulated OXE (six users, not the demo's directory) serving in a thread of its own."""
    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
    from desktop.simulator.ws.server import SimulatorServer

    ready, held = threading.Event(), {}

    def serve():
        loop = asyncio.new_event_loop()
        engine = Engine(seed_directory(3), clock=wall_clock_ms)
        held["server"] = SimulatorServer(EngineFeed(engine))
        held["logins"] = set(engine.directory.users)
        held["port"] = loop.run_until_complete(held["server"].start("127.0.0.1", 0))
        held["loop"] = loop
        ready.set()
        loop.run_forever()
        loop.run_until_complete(held["server"].close())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert ready.wait(10)
    yield held
    held["loop"].call_soon_threadsafe(held["loop"].stop)
    thread.join(10)


def _run_cti_monitor(monkeypatch, argv, seen, timeout=15.0):
    """desktop.cli.window.main(argv) as the launcher runs it, until the window shows a
    connected source (what it saw goes in `seen`) or `timeout`; then the window is closed."""
    monkeypatch.setattr(logs, "setup", lambda *a, **k: None)  # never the user's log file
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the crash reporter installs its own
    deadline = time.monotonic() + timeout

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is not None and window.session.connection == "connected" and window.session.model.users:
            seen.update(source=window.source, logins=set(window.session.model.users), message=window.statusBar().currentMessage())
            window.close()
        elif time.monotonic() > deadline:
            seen["timeout"] = window.session.connection if window is not None else "no window"
            for w in windows:
                w.close()
            QApplication.instance().quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    try:
        return window_cli.main(argv)
    finally:
        asyncio.set_event_loop(None)


def test_no_arguments_open_the_server_named_in_settings_not_the_demo(qapp, monkeypatch, server):
    from desktop.sources.websocket import WebSocketSource

    url = f"ws://127.0.0.1:{server['port']}"
    s = settings()
    s.setValue(start_source.SOURCE, start_source.SERVER)
    s.setValue(start_source.URL, url)
    seen = {}
    assert _run_cti_monitor(monkeypatch, [], seen) == 0
    assert "timeout" not in seen, seen
    assert isinstance(seen["source"], WebSocketSource) and seen["source"].url == url
    assert seen["logins"] == server["logins"]  # the server's six users, not the demo's directory
    assert settings().value(start_source.LAST_SOURCE) == f"ws:{url}"  # "the last server" from now on


def test_the_last_server_used_is_reopened_and_the_command_line_wins(qapp, monkeypatch, server):
    url = f"ws://127.0.0.1:{server['port']}"
    s = settings()
    s.setValue(start_source.SOURCE, start_source.LAST)
    s.setValue(start_source.LAST_SOURCE, f"ws:{url}")
    seen = {}
    assert _run_cti_monitor(monkeypatch, [], seen) == 0
    assert seen["source"].url == url and seen["logins"] == server["logins"]
    # Named on the command line, another source wins over the settings.
    assert start_source.start_options(s, SourceOptions(replay="t.jsonl")) == SourceOptions(replay="t.jsonl")


def test_start_options_from_each_choice(qapp):
    s = settings()
    assert start_source.start_options(s, SourceOptions()) == SourceOptions()  # nothing set: the demo
    s.setValue(start_source.SOURCE, start_source.O2G)
    s.setValue(start_source.URL, "https://o2g.example.com")
    s.setValue(start_source.USER, "oxe70020")
    s.setValue(start_source.REMEMBER, True)
    chosen = start_source.start_options(s, SourceOptions(my_line="oxe70021", cafile="ca.pem"))
    assert chosen == SourceOptions(o2g="https://o2g.example.com", user="oxe70020", remember=True, my_line="oxe70021", cafile="ca.pem")
    s.setValue(start_source.SOURCE, start_source.LAST)
    s.setValue(start_source.LAST_SOURCE, "o2g:https://gw.example.com oxe70022")
    assert start_source.start_options(s, SourceOptions()).o2g == "https://gw.example.com"
    s.setValue(start_source.LAST_SOURCE, "replay:/tmp/t.jsonl")  # a trace is no server: the demo
    assert start_source.start_options(s, SourceOptions()) == SourceOptions()
    assert not any("password" in key.lower() for key in s.allKeys())  # nothing secret is kept


def test_a_start_source_that_cannot_open_falls_back_to_the_simulator_and_says_why(qapp, monkeypatch):
    from desktop.sources.embedded import EmbeddedSimulator

    s = settings()
    s.setValue(start_source.SOURCE, start_source.O2G)
    s.setValue(start_source.URL, "http://gateway.example.com")  # plain http off this machine: refused
    s.setValue(start_source.USER, "oxe70020")
    seen = {}
    assert _run_cti_monitor(monkeypatch, [], seen) == 0
    assert isinstance(seen["source"], EmbeddedSimulator)
    assert "could not be opened" in seen["message"] and "https" in seen["message"]
