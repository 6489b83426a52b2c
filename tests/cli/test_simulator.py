"""`cti-monitor simulator --o2g-port`: one engine behind both front ends, as a user starts it."""

import asyncio
import json
import os
import re
import subprocess
import sys
import time

import websockets


def _start(tmp_path):
    env = {**os.environ, "CTI_O2G_PASSWORD": "demo-pw", "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "simulator", "--port", "0", "--o2g-port", "0", "--users", "4"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
    )
    ws = o2g = None
    deadline = time.monotonic() + 20
    while (ws is None or o2g is None) and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        ws = ws or (m.group(0) if (m := re.search(r"ws://127\.0\.0\.1:\d+", line)) else None)
        o2g = o2g or (m.group(0) if (m := re.search(r"http://127\.0\.0\.1:\d+", line)) else None)
        assert "demo-pw" not in line
    assert ws and o2g, "the simulator did not say where it listens"
    return proc, ws, o2g, env


def test_a_call_made_over_websocket_is_seen_through_o2g(tmp_path):
    proc, ws_url, o2g_url, env = _start(tmp_path)
    try:
        async def call():
            async with websockets.connect(ws_url) as ws:
                await ws.recv()  # hello
                await ws.send(json.dumps({"type": "command", "requestId": 1, "login": "oxe70021",
                                          "action": "makeCall", "args": {"callee": "70020"}}))
                while True:
                    reply = json.loads(await ws.recv())
                    if reply.get("type") == "reply":
                        assert reply["ok"], reply
                        return

        asyncio.run(call())
        out = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "snapshot", "--o2g", o2g_url, "--user", "oxe70020", "--duration", "2"],
            input="demo-pw\n", capture_output=True, text=True, timeout=60, env=env,
        )
        assert out.returncode == 0, out.stderr
        state = json.loads(out.stdout)
        (user,) = [u for u in state["users"] if u["login"] == "oxe70020"]
        (ringing,) = user["calls"]
        assert ringing["legs"][0]["state"] == "RINGING_INCOMING" and "answer" in ringing["legs"][0]["capabilities"]
        assert "demo-pw" not in out.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_pbx_outage_takes_the_link_down_and_up_periodically(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "simulator", "--port", "0", "--users", "2", "--pbx-outage", "1.2:0.5"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        url = None
        deadline = time.monotonic() + 20
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            url = m.group(0) if (m := re.search(r"ws://127\.0\.0\.1:\d+", line)) else None
        assert url, "the simulator did not say where it listens"

        async def watch():
            async with websockets.connect(url) as ws:
                await ws.recv()  # hello
                await ws.send(json.dumps({"type": "subscribe", "requestId": 1, "logins": ["oxe70020"]}))
                seen, refused = [], None
                end = time.monotonic() + 6
                while time.monotonic() < end and not (refused and seen[-1:] == ["UP"]):
                    message = json.loads(await asyncio.wait_for(ws.recv(), 6))
                    if message.get("name") == "RTSM_LINK_STATE_MODIFIED" and message["link"] == "PBX":
                        seen.append(message["state"])
                        if message["state"] == "DOWN" and refused is None:
                            await ws.send(json.dumps({"type": "command", "requestId": 2, "login": "oxe70020",
                                                      "action": "activateDnd"}))
                    elif message.get("requestId") == 2:
                        refused = message
                return seen, refused

        seen, refused = asyncio.run(watch())
        assert "DOWN" in seen and seen[-1] == "UP", seen
        assert refused is not None and refused["error"]["code"] == "LINK_DOWN"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_bad_pbx_outage_is_refused_with_a_clear_message():
    out = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "simulator", "--port", "0", "--pbx-outage", "10:20"],
        capture_output=True, text=True, timeout=30,
    )
    assert out.returncode == 2 and "--pbx-outage" in out.stderr


def test_snapshot_over_websocket_shows_routing_and_links(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "simulator", "--port", "0", "--users", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        url = None
        deadline = time.monotonic() + 20
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            url = m.group(0) if (m := re.search(r"ws://127\.0\.0\.1:\d+", line)) else None
        assert url, "the simulator did not say where it listens"

        async def forward():
            async with websockets.connect(url) as ws:
                await ws.recv()  # hello
                await ws.send(json.dumps({"type": "command", "requestId": 1, "login": "oxe70022", "action": "forward",
                                          "args": {"condition": "BUSY_NO_ANSWER", "destination": "VOICEMAIL"}}))
                reply = json.loads(await ws.recv())
                assert reply["ok"], reply
                assert reply["result"]["routing"]["forward"] == {"condition": "BUSY_NO_ANSWER", "destination": "VOICEMAIL"}

        asyncio.run(forward())
        out = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "snapshot", "--connect", url, "--duration", "1"],
            capture_output=True, text=True, timeout=60, env=env,
        )
        assert out.returncode == 0, out.stderr
        state = json.loads(out.stdout)
        assert state["links"] == {"pbx": "up", "cti": "up"}
        users = {u["login"]: u for u in state["users"]}
        assert users["oxe70022"]["routing"] == {
            "forward": {"condition": "BUSY_NO_ANSWER", "destination": "VOICEMAIL"}, "overflow": None, "dnd": False,
        }
        assert users["oxe70020"]["routing"] == {"forward": None, "overflow": None, "dnd": False}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
