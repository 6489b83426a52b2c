"""The WebSocket source against a small server speaking docs/protocol.md on a free loopback port."""

import asyncio
import json

import pytest
import websockets

from desktop.protocol.wire import Refused
from desktop.sources.base import CONNECTED
from desktop.sources.websocket import WebSocketSource


class RecordingSink:
    def __init__(self):
        self.batches, self.resets, self.users, self.states = [], 0, [], []

    def events(self, batch):
        # An event comes as (the object, the frame it was read from): the objects are compared,
        # the frames kept to check they came as sent.
        self.frames = getattr(self, "frames", []) + [e[1] for e in batch if type(e) is tuple]
        self.batches.append([e[0] if type(e) is tuple else e for e in batch])

    def reset(self, rewind):
        self.resets += 1
        self.batches.append("RESET")

    def directory(self, users):
        self.users = list(users)

    def state(self, text):
        self.states.append(text)


class FakeServer:
    """Just enough of the protocol: hello, subscribe -> reply + snapshot, command -> reply."""

    def __init__(self, snapshot, token=None):
        self.snapshot = snapshot
        self.token = token
        self.commands = []
        self.server = None
        self.port = None

    async def handler(self, ws):
        await ws.send(json.dumps({"type": "hello", "protocol": 1, "users": [{"login": "u1", "number": "1"}]}))
        async for frame in ws:
            msg = json.loads(frame)
            if msg["type"] == "subscribe":
                await ws.send(json.dumps({"type": "reply", "requestId": msg["requestId"], "ok": True, "result": {}}))
                for event in self.snapshot:
                    await ws.send(json.dumps(event))
            elif msg["type"] == "command":
                self.commands.append(msg)
                if msg["action"] == "hold":
                    reply = {"type": "reply", "requestId": msg["requestId"], "ok": False,
                             "error": {"code": "NOT_CAPABLE", "message": "hold is not offered"}}
                else:
                    reply = {"type": "reply", "requestId": msg["requestId"], "ok": True, "result": {"callRef": "X1"}}
                await ws.send(json.dumps(reply))

    async def process_request(self, connection, request):
        if self.token and request.headers.get("Authorization") != f"Bearer {self.token}":
            return connection.respond(401, "unauthorized\n")
        return None

    async def start(self, port=0):
        self.server = await websockets.serve(self.handler, "127.0.0.1", port, process_request=self.process_request)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self):
        self.server.close()
        await self.server.wait_closed()


async def wait_for(predicate, timeout=5.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


STATE = {"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "BUSY"}


def test_subscribes_resets_then_gets_snapshot_and_commands():
    async def scenario():
        server = FakeServer([STATE])
        await server.start()
        sink = RecordingSink()
        source = WebSocketSource(f"ws://127.0.0.1:{server.port}")
        source.attach(sink)
        await source.start()
        await wait_for(lambda: CONNECTED in sink.states and len(sink.batches) >= 2)
        assert sink.users == [{"login": "u1", "number": "1"}]
        assert sink.batches[0] == "RESET" and sink.batches[1] == [STATE]  # reset before the snapshot
        assert sink.frames == [json.dumps(STATE)]  # and the frame as the server sent it, for the log
        assert await source.command("u1", "makeCall", device_id="1", args={"callee": "2"}) == {"callRef": "X1"}
        assert server.commands[-1]["args"] == {"callee": "2"} and server.commands[-1]["deviceId"] == "1"
        with pytest.raises(Refused) as refused:
            await source.command("u1", "hold", call_ref="X1")
        assert refused.value.code == "NOT_CAPABLE"
        await source.stop()
        await server.stop()

    asyncio.run(scenario())


def test_the_receive_buffer_has_room_for_a_snapshot():
    import socket
    from pathlib import Path

    from desktop.sources.websocket import RECEIVE_BUFFER_BYTES

    limit = Path("/proc/sys/net/core/rmem_max")
    if not limit.exists():
        pytest.skip("Linux only: elsewhere the system's own size is kept")
    wanted = min(RECEIVE_BUFFER_BYTES, int(limit.read_text()))

    async def scenario():
        server = FakeServer([STATE])
        await server.start()
        source = WebSocketSource(f"ws://127.0.0.1:{server.port}")
        source.attach(RecordingSink())
        await source.start()
        await wait_for(lambda: source._ws is not None)
        sock = source._ws.transport.get_extra_info("socket")
        got = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        await source.stop()
        await server.stop()
        return got

    assert asyncio.run(scenario()) >= wanted  # (Linux reports twice what was set)


def test_a_host_with_no_listening_address_is_a_refused_connection():
    """localhost has two addresses (::1, 127.0.0.1) and neither listens: the status says
    "connection refused", and the source keeps trying."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def scenario():
        sink = RecordingSink()
        source = WebSocketSource(f"ws://localhost:{port}")
        source.attach(sink)
        await source.start()
        await wait_for(lambda: any("connection refused" in s for s in sink.states))
        await source.stop()

    asyncio.run(scenario())


def test_reconnects_after_the_server_restarts_and_resubscribes():
    async def scenario():
        server = FakeServer([STATE])
        await server.start()
        port = server.port
        sink = RecordingSink()
        source = WebSocketSource(f"ws://127.0.0.1:{port}")
        source.attach(sink)
        await source.start()
        await wait_for(lambda: source.connections == 1)
        await server.stop()
        await wait_for(lambda: any(s.startswith("reconnecting in") for s in sink.states))
        with pytest.raises(Refused) as refused:
            await source.command("u1", "answer", call_ref="X1")
        assert refused.value.code == "DISCONNECTED"
        restarted = FakeServer([{**STATE, "userState": "FREE"}])
        await restarted.start(port)
        await wait_for(lambda: source.connections == 2, timeout=8)
        await wait_for(lambda: sink.resets == 2)
        assert sink.batches[-1] == [{**STATE, "userState": "FREE"}]
        await source.stop()
        await restarted.stop()

    asyncio.run(scenario())


def test_token_is_sent_and_a_wrong_one_is_shown():
    async def scenario():
        server = FakeServer([STATE], token="s3cret")
        await server.start()
        good, bad = RecordingSink(), RecordingSink()
        ok = WebSocketSource(f"ws://127.0.0.1:{server.port}", token="s3cret")
        ok.attach(good)
        refused = WebSocketSource(f"ws://127.0.0.1:{server.port}", token="wrong")
        refused.attach(bad)
        await ok.start()
        await refused.start()
        await wait_for(lambda: ok.connections == 1)
        await wait_for(lambda: any("401" in s for s in bad.states))
        assert refused.connections == 0
        assert not any("wrong" in s or "s3cret" in s for s in bad.states + good.states)
        await ok.stop()
        await refused.stop()
        await server.stop()

    asyncio.run(scenario())


def test_a_directory_of_ten_thousand_users_gets_through():
    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.ws.feeds import EngineFeed
    from desktop.simulator.ws.server import SimulatorServer

    async def scenario():
        server = SimulatorServer(EngineFeed(Engine(seed_directory(10_000))))
        port = await server.start("127.0.0.1", 0)
        sink = RecordingSink()
        source = WebSocketSource(f"ws://127.0.0.1:{port}")
        source.attach(sink)
        await source.start()
        await wait_for(lambda: len(sink.users) == 10_003 and source.connections == 1, timeout=20)
        await wait_for(lambda: sum(len(b) for b in sink.batches if b != "RESET") >= 2 * 10_003, timeout=20)
        await source.stop()
        await server.close()

    asyncio.run(scenario())


def test_large_frames_are_read_as_small_ones_and_nan_is_not_json():
    # Frames past LARGE_FRAME_BYTES (a hello's directory) are parsed by json, not orjson (its
    # document tree was the window's peak memory): the same objects, and no NaN either.
    from desktop.sources.websocket import LARGE_FRAME_BYTES

    users = [{"login": f"u{i}", "number": str(i), "displayName": "Zoë Ünal " + "x" * 40} for i in range(2000)]
    hello = json.dumps({"type": "hello", "protocol": 1, "users": users})
    big_event = {"name": "RTSM_COUNTERS_UPDATED", "id": "u1", "eventId": 1, "padding": "y" * LARGE_FRAME_BYTES}
    nan_event = json.dumps({"name": "RTSM_COUNTERS_UPDATED", "id": "u1", "eventId": 2, "padding": "z" * LARGE_FRAME_BYTES, "x": float("nan")})
    assert len(hello) > LARGE_FRAME_BYTES and "NaN" in nan_event

    async def handler(ws):
        await ws.send(hello)
        async for frame in ws:
            msg = json.loads(frame)
            if msg["type"] == "subscribe":
                await ws.send(json.dumps({"type": "reply", "requestId": msg["requestId"], "ok": True, "result": {}}))
                await ws.send(json.dumps(big_event).encode())  # a binary frame too
                await ws.send(nan_event)

    async def scenario():
        server = await websockets.serve(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        sink = RecordingSink()
        source = WebSocketSource(f"ws://127.0.0.1:{port}")
        source.attach(sink)
        await source.start()
        await wait_for(lambda: sum(len(b) for b in sink.batches if b != "RESET") >= 2)
        await source.stop()
        server.close()
        await server.wait_closed()
        assert sink.users == users
        got = [e for b in sink.batches if b != "RESET" for e in b]
        assert got[0] == big_event
        assert got[1] == nan_event  # not JSON: handed over as its text, for the session to reject

    asyncio.run(scenario())


def test_wss_is_verified_and_says_why_it_cannot_connect(certificate):
    import ssl

    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.ws.feeds import EngineFeed
    from desktop.simulator.ws.server import SimulatorServer, ssl_context

    cert, key = certificate

    async def scenario():
        server = SimulatorServer(EngineFeed(Engine(seed_directory())), ssl_context=ssl_context(str(cert), str(key)))
        port = await server.start("127.0.0.1", 0)
        untrusting, trusting = RecordingSink(), RecordingSink()
        default = WebSocketSource(f"wss://127.0.0.1:{port}")  # the system's trust store only
        default.attach(untrusting)
        with_ca = WebSocketSource(f"wss://127.0.0.1:{port}", ssl_context=ssl.create_default_context(cafile=str(cert)))
        with_ca.attach(trusting)
        await default.start()
        await with_ca.start()
        await wait_for(lambda: with_ca.connections == 1)
        await wait_for(lambda: any("certificate not trusted" in s for s in untrusting.states))
        assert default.connections == 0
        await default.stop()
        await with_ca.stop()
        await server.close()

    asyncio.run(scenario())


def test_messages_before_a_reader_are_held_in_order_and_the_socket_is_not_read_meanwhile():
    """A MessageConnection parses frames as the socket brings them: those that come before
    the source's reader takes them (the hello can share a read with the handshake's reply), or
    after it has stopped, are held, and the socket is paused until a reader takes them, in order."""
    from websockets.client import ClientProtocol
    from websockets.frames import Frame, Opcode
    from websockets.uri import parse_uri

    from desktop.sources.websocket import MessageConnection

    class Transport:
        def __init__(self):
            self.calls = []

        def pause_reading(self):
            self.calls.append("pause")

        def resume_reading(self):
            self.calls.append("resume")

    async def scenario():
        connection = MessageConnection(ClientProtocol(parse_uri("ws://127.0.0.1:9")))
        connection.transport = transport = Transport()
        connection.response = object()  # (the handshake is done)
        connection.process_event(Frame(Opcode.TEXT, b'{"n": 1}'))
        connection.process_event(Frame(Opcode.BINARY, b"\x00", fin=False))
        connection.process_event(Frame(Opcode.CONT, b"\x01"))
        assert transport.calls == ["pause", "pause"]
        taken = []
        connection.deliver_to(taken.append)
        assert taken == ['{"n": 1}', b"\x00\x01"] and transport.calls[-1] == "resume"
        connection.process_event(Frame(Opcode.TEXT, b"caf\xc3\xa9"))
        assert taken[-1] == "café"
        connection.deliver_to(None)
        connection.process_event(Frame(Opcode.TEXT, b"later"))
        assert taken[-1] == "café" and transport.calls[-1] == "pause"

    asyncio.run(scenario())
