"""Gap resyncs against a server that does not answer them (items 4 and 16), and how
`snapshot --connect` ends when the token is refused or nothing answers (issue 10 item 6)."""

import asyncio
import json
import socket

import pytest

import desktop.sources.websocket as websocket_module
from desktop.cli import main
from desktop.sources.websocket import WebSocketSource
from tests.hostile.peers import HELLO, ServerThread, ScriptedServer, Watched, event, wait_for


def gap_server(answer_from: int):
    """Subscribe 1: reply, then events 1 and 5 (a gap) saying BUSY. Subscribes 2 ..
    answer_from-1: no reply at all. From answer_from: reply and a snapshot saying FREE."""
    subscribes = []

    async def script(ws, number):
        await ws.send(json.dumps(HELLO))
        async for frame in ws:
            request = json.loads(frame)
            subscribes.append(request)
            if len(subscribes) == 1:
                await ws.send(json.dumps({"type": "reply", "requestId": request["requestId"], "ok": True, "result": {}}))
                await ws.send(json.dumps(event(event_id=1, state="FREE")))
                await ws.send(json.dumps(event(event_id=5, state="BUSY")))
            elif len(subscribes) >= answer_from:
                await ws.send(json.dumps({"type": "reply", "requestId": request["requestId"], "ok": True, "result": {}}))
                await ws.send(json.dumps(event(event_id=1, state="FREE")))

    return script, subscribes


def test_a_resync_that_times_out_is_retried_never_raised(monkeypatch):
    """Item 4: the resync's subscribe gets no reply (TIMEOUT): logged and tried again with the
    backoff; nothing reaches the loop's exception handler (the window's crash dialog)."""
    monkeypatch.setattr(websocket_module, "COMMAND_TIMEOUT_S", 0.3)
    script, subscribes = gap_server(answer_from=3)
    unhandled = []

    async def scenario():
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: unhandled.append(context))
        async with ScriptedServer(script) as server:
            session = Watched()
            source = WebSocketSource(server.url)
            session.use(source)
            await source.start()
            try:
                await wait_for(lambda: len(subscribes) >= 3, timeout=8)
                await wait_for(lambda: session.stats()["gaps"] == 0 and session.model.users["u1"].presence == "FREE")
                assert source.connections == 1  # on the same connection
                assert session.resyncs == 1
            finally:
                await source.stop()

    asyncio.run(asyncio.wait_for(scenario(), 20))
    assert unhandled == []


def _snapshot(capsys, *argv) -> tuple[int, dict | None, str]:
    status = main(["snapshot", *argv])
    out, err = capsys.readouterr()
    return status, (json.loads(out) if out.strip() else None), err


def test_snapshot_connect_resyncs_on_an_event_id_gap(capsys):
    """Item 16: `snapshot --connect` asks for the whole state after a gap, as the window does
    (it used to print the gapped state: BUSY, gaps 1)."""
    script, subscribes = gap_server(answer_from=2)
    with ServerThread(script) as server:
        status, result, err = _snapshot(capsys, "--connect", server.url, "--duration", "1.5")
    assert status == 0, err
    assert len(subscribes) == 2
    (user,) = result["users"]
    assert user["state"] == "FREE" and result["gaps"] == 0


def test_snapshot_connect_with_a_refused_token_exits_2_at_once(capsys):
    """Issue 10 item 6: status 2, one line naming the token, well before --duration ends."""
    import time

    async def script(ws, number):
        await ws.send(json.dumps({"type": "reply", "requestId": None, "ok": False,
                                  "error": {"code": "UNAUTHORIZED", "message": "missing or wrong token"}}))
        await ws.close(1008, "unauthorized")

    with ServerThread(script) as server:
        began = time.monotonic()
        status, _, err = _snapshot(capsys, "--connect", server.url, "--token", "nope", "--duration", "20")
        took = time.monotonic() - began
        assert server.connections == 1
    assert status == 2 and took < 5
    (line,) = [line for line in err.splitlines() if "error" in line]
    assert "refused the token" in line and "--token" in line and "nope" not in err


def test_snapshot_connect_that_never_connected_exits_non_zero(capsys):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status, _, err = _snapshot(capsys, "--connect", f"ws://127.0.0.1:{port}", "--duration", "0.5")
    assert status == 1
    assert "never connected" in err.splitlines()[-1]
