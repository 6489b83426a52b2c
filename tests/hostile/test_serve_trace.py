"""`serve` against a hostile trace (item 3; item 18's BOM): every bad line is skipped with a
warning naming its line number, and a client gets every good event, in order."""

import asyncio
import json
import logging

import websockets

from desktop.simulator.playback import read_trace
from desktop.simulator.ws.feeds import TraceFeed
from desktop.simulator.ws.server import SimulatorServer


def good(event_id, state):
    return json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": event_id, "userState": state}).encode()


BAD = {
    2: b'{"name": "RTSM_CALL_CREATED", "id": "u1", "eventId": 2, "callRef": "c1", "legs": 5}',
    4: b'{"name": "RTSM_CALL_MODIFIED", "id": "u1", "eventId": 3, "callRef": "c1", "addedParticipants": true}',
    5: b'{"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1000000000000000000000000000000, "userState": "BUSY"}',
    7: b'{"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 3, "userState": "\xff\xfe"}',
    8: b'{"name": "RTSM_CALL_CREATED", "id": "u1", "callRef": "c2", "participants": [{"participantId": "p1", "identity": {"id": {"login": "u1", "phoneNumber": {"x": 1}}}}]}' + b" " * 10,
}


def test_bad_lines_are_skipped_by_number_and_the_rest_is_served(tmp_path, caplog):
    lines = {1: b"\xef\xbb\xbf" + good(1, "FREE"), 3: good(2, "BUSY"), 6: good(3, "FREE"), 9: good(4, "BUSY")}
    lines.update(BAD)
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines[n] for n in sorted(lines)) + b"\n")
    with caplog.at_level(logging.WARNING, logger="cti.simulator.playback"):
        trace = read_trace(path)
    assert [e["eventId"] for e in trace.events] == [1, 2, 3, 4]
    assert trace.rejected == 5
    warned = " ".join(r.getMessage() for r in caplog.records)
    for number in (2, 4, 5, 7, 8):
        assert f"hostile.jsonl:{number}:" in warned

    async def scenario():
        server = SimulatorServer(TraceFeed(trace, speed=100.0))
        port = await server.start("127.0.0.1", 0)
        try:
            async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
                hello = json.loads(await ws.recv())
                assert [u["login"] for u in hello["users"]] == ["u1"]
                await ws.send(json.dumps({"type": "subscribe", "requestId": 1, "logins": ["*"]}))
                got = []
                while len(got) < 4:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 5))
                    if "name" in message:
                        got.append(message["eventId"])
                assert got == [1, 2, 3, 4]
        finally:
            await server.close()

    asyncio.run(asyncio.wait_for(scenario(), 15))


def test_serve_command_starts_on_a_hostile_trace(tmp_path):
    """The command itself: no traceback at start (it used to die reading `"legs": 5`)."""
    import subprocess
    import sys

    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join([BAD[2], good(1, "FREE"), BAD[7]]) + b"\n")
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "serve", str(path), "--port", "0"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        try:
            proc.wait(3)
        except subprocess.TimeoutExpired:
            pass  # still serving: good
        assert proc.returncode is None, proc.stderr.read().decode()
    finally:
        proc.kill()
        err = proc.communicate(timeout=5)[1].decode()
    assert "Traceback" not in err
    assert ":1:" in err and ":3:" in err


def test_a_bom_before_the_first_line_is_skipped_by_every_trace_reader(tmp_path, capsys):
    """Item 18: `snapshot`, the window's replay and `serve` all read the first event."""
    from desktop.cli import main
    from desktop.sources.replay import ReplaySource

    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + good(1, "BUSY") + b"\n" + good(2, "FREE") + b"\n")
    assert main(["snapshot", str(path), "--at", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rejected"] == 0 and result["users"][0]["state"] == "BUSY"
    assert len(read_trace(path).events) == 2
    from desktop.protocol.parse import parse_line

    replay = ReplaySource.from_file(str(path))
    assert parse_line(replay.cursor.lines[0]).state == "BUSY"
