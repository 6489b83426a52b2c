"""The window killed with SIGKILL mid-traffic loses no call it had committed.

A simulator with traffic runs in its own process; the window (another process, offscreen)
records into a database file; an observer of our own, connected to the same simulator, notes
every CALL_REMOVED. After SIGKILL, every call removed before the window's last committed frame
(the mark its last transaction wrote) is in `cti-monitor history --json`; the window restarts
on the same database and goes on recording.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time

import orjson
import pytest

from desktop.sources.websocket import WebSocketSource

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what):
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.1)


class Observer:
    """Our own client of the simulator, in a thread: (login, callRef, time) of every CALL_REMOVED."""

    def __init__(self, url):
        self.removed: list[tuple[str, str, int]] = []
        self.connected = False
        self.loop = asyncio.new_event_loop()
        self.source = WebSocketSource(url)
        self.source.attach(self)
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.source.start(), self.loop).result(10)

    def events(self, batch):
        for raw in batch:
            event = raw[0] if type(raw) is tuple else raw if isinstance(raw, dict) else orjson.loads(raw)
            if event.get("name") == "RTSM_CALL_REMOVED":
                self.removed.append((event["id"], event["callRef"], event["time"]))

    def directory(self, users):
        pass

    def reset(self, rewind):
        pass

    def state(self, text):
        self.connected = self.connected or text == "connected"

    def close(self):
        asyncio.run_coroutine_threadsafe(self.source.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def rows(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM calls").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def last_mark(db) -> dict | None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'last_frame'").fetchone()
        return json.loads(row[0]) if row else None
    finally:
        conn.close()


def test_sigkill_loses_nothing_committed_and_the_window_restarts(tmp_path):
    port = free_port()
    db = tmp_path / "history.sqlite3"
    env = {**os.environ, "CTI_HISTORY_DB": str(db), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    sim = subprocess.Popen([sys.executable, "-m", "desktop.cli", "simulator", "--port", str(port), "--users", "30",
                            "--rate", "25", "--speed", "15", "--seed", "7"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    window = observer = None
    try:
        def listening():
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return True
            except OSError:
                return False

        wait_for(listening, 20, "the simulator")
        url = f"ws://127.0.0.1:{port}"
        window_cmd = [sys.executable, "-m", "desktop.cli", "--connect", url]
        window = subprocess.Popen(window_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: rows(db) > 0, 40, "the window's first rows")
        observer = Observer(url)
        wait_for(lambda: observer.connected, 10, "the observer")
        started = int(time.time() * 1000)
        wait_for(lambda: len([r for r in observer.removed if r[2] > started]) >= 40, 40, "calls ending")
        os.kill(window.pid, signal.SIGKILL)
        window.wait(10)
        mark = last_mark(db)
        assert mark is not None and mark["time"] > started
        # Every call the observer saw removed after it started and before the last committed
        # frame's events (strictly: the same millisecond may straddle two frames).
        expected = {(login, ref) for login, ref, t in observer.removed if started < t < mark["time"]}
        assert len(expected) >= 20

        out = subprocess.run([sys.executable, "-m", "desktop.cli", "history", "--json", "--db", str(db)],
                             env=env, capture_output=True, timeout=60)
        assert out.returncode == 0, out.stderr.decode()
        stored = [json.loads(line) for line in out.stdout.splitlines()]
        keys = {(r["login"], r["callRef"]) for r in stored}
        assert expected <= keys, sorted(expected - keys)[:10]
        before = len(stored)

        # Restarted on the same database: it opens, keeps what was there and records more.
        window = subprocess.Popen(window_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: rows(db) > before + 10, 40, "rows after the restart")
        window.terminate()
        window.wait(20)
    finally:
        if observer is not None:
            observer.close()
        for p in (window, sim):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait(10)
