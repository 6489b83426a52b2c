"""The simulator's WebSocket protocol, with a real websockets client on a free loopback port."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.playback import read_trace
from desktop.simulator.ws.feeds import EngineFeed, TraceFeed
from desktop.simulator.ws.server import SimulatorServer
from desktop.simulator.traffic import TrafficGenerator

from tests.simulator.reducer import ClientView

ROOT = Path(__file__).resolve().parents[3]
A, B, C = "oxe70020", "oxe70021", "oxe70022"


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, timeout=60))


class Peer:
    """A protocol client: replies by requestId, events in order."""

    def __init__(self, ws):
        self.ws = ws
        self.events: list[dict] = []
        self.links: list[dict] = []  # RTSM_LINK_STATE_MODIFIED: about no user, apart
        self.replies: dict[object, dict] = {}
        self._next = 0

    @classmethod
    async def open(cls, url: str, **kwargs) -> "Peer":
        ws = await connect(url, max_size=None, **kwargs)
        peer = cls(ws)
        hello = json.loads(await ws.recv())
        assert hello["type"] == "hello" and hello["protocol"] == 1
        peer.hello = hello
        return peer

    async def request(self, message: dict) -> dict:
        self._next += 1
        message = {"requestId": self._next, **message}
        await self.ws.send(json.dumps(message))
        return await self.reply(message["requestId"])

    async def raw(self, frame) -> dict:
        await self.ws.send(frame)
        return await self.reply(None)

    async def reply(self, request_id) -> dict:
        while request_id not in self.replies:
            message = json.loads(await self.ws.recv())
            if message.get("type") == "reply":
                self.replies[message["requestId"]] = message
            else:
                self.keep(message)
        return self.replies.pop(request_id)

    async def command(self, login: str, action: str, ref: str | None = None, **args) -> dict:
        return await self.request({"type": "command", "login": login, "action": action, "callRef": ref, "args": args})

    async def collect(self, seconds: float) -> None:
        try:
            while True:
                message = json.loads(await asyncio.wait_for(self.ws.recv(), seconds))
                if "name" in message:
                    self.keep(message)
        except asyncio.TimeoutError:
            pass

    def keep(self, event: dict) -> None:
        (self.events if "id" in event else self.links).append(event)


async def started(source, **kwargs) -> tuple[SimulatorServer, str]:
    server = SimulatorServer(source, **kwargs)
    port = await server.start("127.0.0.1", 0)
    return server, f"ws://127.0.0.1:{port}"


def test_subscribe_gets_a_snapshot_of_an_ongoing_call_then_live_events() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        try:
            actor = await Peer.open(url)
            ref = (await actor.command(A, "makeCall", callee="70021"))["result"]["callRef"]
            assert (await actor.command(B, "answer", ref))["ok"]
            watcher = await Peer.open(url)
            assert {u["login"] for u in watcher.hello["users"]} == {A, B, C}
            reply = await watcher.request({"type": "subscribe", "logins": [B]})
            assert reply["ok"]
            await watcher.collect(0.2)
            names = [(e["name"], e["eventId"]) for e in watcher.events]
            assert names == [
                ("RTSM_USER_STATE_MODIFIED", 1),
                ("RTSM_MESSAGE_COUNTERS", 2),
                ("RTSM_ROUTING_STATE_MODIFIED", 3),
                ("RTSM_CALL_CREATED", 4),
            ]
            created = watcher.events[3]
            assert created["callRef"] == ref and created["callData"]["state"] == "ACTIVE"
            assert created["participants"][0]["participantId"] == "70020"
            assert {e["id"] for e in watcher.events} == {B}
            await actor.command(A, "drop", ref)
            await watcher.collect(0.2)
            live = watcher.events[4:]
            assert [e["eventId"] for e in live] == [5, 6, 7]  # this client's own sequence goes on
            assert live[-1]["userState"] == "FREE"
        finally:
            await server.close()

    run(scenario())


def test_every_error_code_and_the_connection_stays_up() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        try:
            peer = await Peer.open(url)
            ref = (await peer.command(A, "makeCall", callee="70021"))["result"]["callRef"]
            cases = [
                (peer.raw("{not json"), "BAD_REQUEST"),
                (peer.raw("[1, 2]"), "BAD_REQUEST"),
                (peer.raw(b"\x00binary"), "BAD_REQUEST"),
                (peer.raw(json.dumps({"type": "subscribe", "logins": [A], "pad": "x" * (1 << 20)})), "BAD_REQUEST"),
                (peer.request({"type": "dance"}), "BAD_REQUEST"),
                (peer.request({"type": "command", "action": "drop"}), "BAD_REQUEST"),
                (peer.request({"type": "subscribe", "logins": []}), "BAD_REQUEST"),
                (peer.request({"type": "subscribe", "logins": [A, "ghost"]}), "UNKNOWN_USER"),
                (peer.command("ghost", "makeCall", callee="70021"), "UNKNOWN_USER"),
                (peer.command(A, "drop", "feedfacefeedface"), "UNKNOWN_CALL"),
                (peer.command(A, "answer", ref), "NOT_CAPABLE"),
            ]
            for request, code in cases:
                reply = await request
                assert reply["ok"] is False and reply["error"]["code"] == code, reply
                assert reply["error"]["message"]
            assert (await peer.command(B, "answer", ref))["ok"]
            assert engine.calls[ref].party(B).state == "ACTIVE"
        finally:
            await server.close()

    run(scenario())


def test_two_clients_each_with_its_own_subscription() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        try:
            first, second = await Peer.open(url), await Peer.open(url)
            await first.request({"type": "subscribe", "logins": [A]})
            await second.request({"type": "subscribe", "logins": ["*"]})
            ref = (await second.command(A, "makeCall", callee="70021"))["result"]["callRef"]
            await second.command(B, "answer", ref)
            await asyncio.gather(first.collect(0.2), second.collect(0.2))
            assert {e["id"] for e in first.events} == {A}
            assert {e["id"] for e in second.events} == {A, B, C}
            mine = [e for e in second.events if e["id"] == A]
            assert [e["name"] for e in first.events] == [e["name"] for e in mine]
            assert not first.replies and not second.replies
        finally:
            await server.close()

    run(scenario())


def test_a_bad_frame_in_the_middle_of_a_call_leaves_it_intact() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        try:
            peer = await Peer.open(url)
            await peer.request({"type": "subscribe", "logins": ["*"]})
            ref = (await peer.command(A, "makeCall", callee="70022"))["result"]["callRef"]
            await peer.command(C, "answer", ref)
            assert (await peer.raw("\x7b\x22type\x22: \x22command\x22, oops"))["error"]["code"] == "BAD_REQUEST"
            assert (await peer.command(C, "hold", "not-a-ref"))["error"]["code"] == "UNKNOWN_CALL"
            await peer.command(C, "hold", ref)
            await peer.command(C, "retrieve", ref)
            await peer.collect(0.2)
            view = ClientView()
            for event in peer.events:
                view.apply(event)
            for login in (A, B, C):
                view.matches(engine, login)
            assert view.calls[A][ref]["callData"]["state"] == "ACTIVE"
        finally:
            await server.close()

    run(scenario())


def test_token_refusal_and_acceptance() -> None:
    async def scenario():
        server, url = await started(EngineFeed(Engine(seed_directory())), token="s3cret")
        try:
            for bad in ({}, {"additional_headers": {"Authorization": "Bearer wrong"}}):
                async with connect(url, **bad) as ws:
                    message = json.loads(await ws.recv())
                    assert message["error"]["code"] == "UNAUTHORIZED"
                    with pytest.raises(ConnectionClosed):
                        await ws.recv()
                    assert ws.close_code == 1008
            peer = await Peer.open(url, additional_headers={"Authorization": "Bearer s3cret"})
            assert (await peer.request({"type": "subscribe", "logins": [A]}))["ok"]
            await (await Peer.open(url + "/?token=s3cret")).ws.close()
        finally:
            await server.close()

    run(scenario())


def test_wss_with_a_certificate(certificate) -> None:
    cert, key = certificate
    from desktop.simulator.ws.server import ssl_context

    async def scenario():
        server = SimulatorServer(EngineFeed(Engine(seed_directory())), ssl_context=ssl_context(str(cert), str(key)))
        port = await server.start("127.0.0.1", 0)
        try:
            client_tls = ssl.create_default_context(cafile=str(cert))
            peer = await Peer.open(f"wss://127.0.0.1:{port}", ssl=client_tls)
            assert (await peer.request({"type": "subscribe", "logins": [A]}))["ok"]
        finally:
            await server.close()

    run(scenario())


def test_trace_is_served_with_its_original_timing_and_loops() -> None:
    path = ROOT / "resources" / "scenarios" / "01-basic-call.jsonl"
    trace = read_trace(path)
    span = (trace.events[-1]["time"] - trace.events[0]["time"]) / 1000

    async def scenario():
        server, url = await started(TraceFeed(trace, speed=1.0, loop=True))
        try:
            peer = await Peer.open(url)
            assert {u["login"]: u["number"] for u in peer.hello["users"]} == {A: "70020", B: "70021"}
            began = time.monotonic()
            await peer.request({"type": "subscribe", "logins": ["*"]})
            while len(peer.events) < 2 * len(trace.events):
                message = json.loads(await peer.ws.recv())
                peer.events.append(message)
                if len(peer.events) == len(trace.events):
                    first_pass = time.monotonic() - began
            assert peer.events[: len(trace.events)] == trace.events
            assert peer.events[len(trace.events):] == trace.events  # eventIds restart at 1
            assert span * 0.9 <= first_pass < span + 1.0
            assert (await peer.command(A, "makeCall", callee="70021"))["error"]["code"] == "NOT_CAPABLE"
        finally:
            await server.close()

    run(scenario())


def test_load_100_calls_per_second_for_10_seconds_with_2000_users() -> None:
    """Every call ends once traffic stops, a subscriber to all users keeps up and its view
    equals the engine's; the measured rate is written in docs/protocol.md."""

    class Gated:
        """Traffic held back until the client has subscribed, so that every published event
        reaches it and its snapshot is exactly the idle state of each user."""

        def __init__(self, inner):
            self.inner, self.open = inner, False

        @property
        def stopped(self):
            return self.inner.stopped

        def advance(self, now):
            return self.inner.advance(now) if self.open else []

    async def scenario():
        engine = Engine(seed_directory(2000))
        generator = TrafficGenerator(engine, rate=100, speed=30, seed=7)
        gate = Gated(generator)
        server, url = await started(EngineFeed(engine, gate))
        try:
            peer = await Peer.open(url)
            await peer.request({"type": "subscribe", "logins": ["*"]})
            gate.open = True
            view = ClientView()
            began = time.monotonic()
            stop_at = began + 10
            received = 0

            async def consume(until_idle: bool) -> None:
                nonlocal received
                while True:
                    try:
                        frame = await asyncio.wait_for(peer.ws.recv(), 1.0)
                    except asyncio.TimeoutError:
                        if until_idle and generator.active == 0 and engine.is_idle():
                            return
                        continue
                    event = json.loads(frame)
                    received += 1
                    if "id" not in event:  # the links' states, before the snapshot
                        assert event["name"] == "RTSM_LINK_STATE_MODIFIED" and event["state"] == "UP"
                        continue
                    view.apply(event)
                    if not until_idle and time.monotonic() >= stop_at:
                        return

            await consume(until_idle=False)
            during = received / (time.monotonic() - began)
            generator.stop()
            await consume(until_idle=True)
            elapsed = time.monotonic() - began
            assert generator.started >= 900 and generator.aborted == 0 and generator.skipped == 0
            assert engine.is_idle()
            for login in engine.directory.users:
                view.matches(engine, login)
                assert not view.calls.get(login)
            # + the snapshot: two links, three events per idle user
            assert received == server.events_published + 2 + 3 * len(engine.directory.users)
            print(f"\nload: {during:.0f} events/s delivered while generating; {received} events in {elapsed:.1f} s; "
                  f"{generator.started} calls started")
        finally:
            await server.close()

    run(scenario())
