"""Issue 11's memory figures (items 5, 6, 7), measured against real processes on loopback.

    .venv/bin/python tools/hostile_memory.py [abusive|idle|log|all]

abusive: a simulator (`cti-monitor simulator --users 100 --rate 5`) and two clients that send
    520 `subscribe ["*"]` frames each and never read, for 5 s; the simulator's RSS growth and a
    well-behaved client's command reply times (p50, p99) meanwhile.
idle: a 10,000-user simulator and 300 connections that read their hello and then sit idle;
    the simulator's RSS growth.
log: the window's event log (the real Session and its model, offscreen) fed 300 events of
    4 MiB and 20,000 ordinary ones; the process's RSS growth and what the log holds.

RSS is VmRSS from /proc (Linux). The last line printed is JSON; docs/protocol.md quotes it.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402

MIB = 1 << 20


def rss(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Simulator:
    def __init__(self, *args: str):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "simulator", "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
        )

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                async with websockets.connect(self.url, max_size=None, open_timeout=2) as ws:
                    await asyncio.wait_for(ws.recv(), 30)
                    return
            except (OSError, asyncio.TimeoutError, websockets.WebSocketException):
                await asyncio.sleep(0.2)
        raise RuntimeError("the simulator did not start")

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


async def well_behaved(url: str, seconds: float) -> list[float]:
    """Subscribe to one user, then a command every 50 ms: each reply's time in seconds."""
    times: list[float] = []
    async with websockets.connect(url, max_size=None) as ws:
        await ws.recv()  # hello
        await ws.send(json.dumps({"type": "subscribe", "requestId": 0, "logins": ["oxe70021"]}))
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end:
            n += 1
            began = time.monotonic()
            await ws.send(json.dumps({"type": "command", "requestId": n, "login": "oxe70021", "action": "hold", "callRef": "none"}))
            while True:
                message = json.loads(await asyncio.wait_for(ws.recv(), 30))
                if message.get("type") == "reply" and message.get("requestId") == n:
                    break
            times.append(time.monotonic() - began)
            await asyncio.sleep(0.05)
    return times


async def abuser(url: str, frames: int, hold_s: float) -> str:
    """Send `frames` subscribe ["*"] and never read; how the connection ended."""
    try:
        async with websockets.connect(url, max_size=None, max_queue=1) as ws:
            for n in range(frames):
                await ws.send(json.dumps({"type": "subscribe", "requestId": n, "logins": ["*"]}))
            await asyncio.sleep(hold_s)
            return "still open"
    except websockets.ConnectionClosed as exc:
        return f"closed {exc.rcvd.code if exc.rcvd else '?'} {exc.rcvd.reason if exc.rcvd else ''}".strip()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")


async def measure_abusive() -> dict:
    sim = Simulator("--users", "100", "--rate", "5")
    try:
        await sim.ready()
        await asyncio.sleep(1)
        before = rss(sim.proc.pid)
        peak = before
        replies = asyncio.create_task(well_behaved(sim.url, 6))
        abusers = [asyncio.create_task(abuser(sim.url, 520, 5)) for _ in range(2)]
        while not replies.done():
            peak = max(peak, rss(sim.proc.pid))
            await asyncio.sleep(0.1)
        ends = await asyncio.gather(*abusers)
        times = replies.result()
        return {
            "abusive_rss_before_mib": round(before / MIB, 1), "abusive_rss_growth_mib": round((peak - before) / MIB, 1),
            "abusive_reply_p50_s": round(percentile(times, 0.5), 4), "abusive_reply_p99_s": round(percentile(times, 0.99), 4),
            "abusive_replies": len(times), "abusers": ends,
        }
    finally:
        sim.stop()


async def measure_idle(connections: int = 300) -> dict:
    sim = Simulator("--users", "10000")
    try:
        await sim.ready(120)
        await asyncio.sleep(1)
        before = rss(sim.proc.pid)
        opened = []
        for _ in range(connections):
            ws = await websockets.connect(sim.url, max_size=None, open_timeout=30)
            await asyncio.wait_for(ws.recv(), 60)
            opened.append(ws)
        await asyncio.sleep(1)
        after = rss(sim.proc.pid)
        for ws in opened:
            await ws.close()
        return {"idle_connections": connections, "idle_rss_growth_mib": round((after - before) / MIB, 1)}
    finally:
        sim.stop()


def measure_log() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.session import Session

    app = QApplication.instance() or QApplication([])
    session = Session()
    before = rss()
    big = json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "FREE", "pad": "x" * (4 * MIB)})
    for n in range(300):
        session.events([big.replace('"eventId": 1', f'"eventId": {n + 1}', 1)])
        session.flush()
    for n in range(20_000):
        session.events([{"name": "RTSM_USER_STATE_MODIFIED", "id": "u2", "eventId": n + 1, "userState": "BUSY"}])
    session.flush()
    after = rss()
    log = session.log
    result = {"log_rss_growth_mib": round((after - before) / MIB, 1), "log_entries": log.held(),
              "log_bytes_mib": round(getattr(log, "bytes_held", lambda: 0)() / MIB, 2), "rejected": session.stats()["rejected"]}
    del app
    return result


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    result: dict = {}
    if what in ("abusive", "all"):
        result.update(asyncio.run(measure_abusive()))
        print(json.dumps(result), flush=True)
    if what in ("idle", "all"):
        result.update(asyncio.run(measure_idle()))
        print(json.dumps(result), flush=True)
    if what in ("log", "all"):
        result.update(measure_log())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
