"""PBX link loss and return over the WebSocket protocol (simulateLink), and the routing
commands, with a real client on a free loopback port."""

from __future__ import annotations

import asyncio

from desktop.app.session import IngestSession
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed
from desktop.sources.websocket import WebSocketSource

from tests.simulator.ws.test_server import A, B, C, Peer, run, started


def test_link_down_refuses_commands_and_up_sends_fresh_snapshots_from_one() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        try:
            peer = await Peer.open(url)
            await peer.request({"type": "subscribe", "logins": [B]})
            await peer.collect(0.1)
            assert [(e["link"], e["state"]) for e in peer.links] == [("PBX", "UP"), ("CTI", "UP")]
            ref = (await peer.command(A, "makeCall", callee="70021"))["result"]["callRef"]
            await peer.collect(0.1)
            reply = await peer.request({"type": "simulateLink", "state": "down"})
            assert reply["ok"] and reply["result"]["links"] == {"pbx": "down", "cti": "up"}
            refused = await peer.command(B, "answer", ref)
            assert not refused["ok"] and refused["error"]["code"] == "LINK_DOWN"
            refused = await peer.command(B, "activateDnd")
            assert refused["error"]["code"] == "LINK_DOWN"
            engine.no_answer(ref)  # the PBX goes on: B's call is abandoned, unheard
            await peer.collect(0.1)
            assert peer.links[-1]["state"] == "DOWN" and peer.links[-1]["link"] == "PBX"
            before = len(peer.events)
            assert (await peer.request({"type": "simulateLink", "state": "up"}))["ok"]
            await peer.collect(0.2)
            assert [(e["link"], e["state"]) for e in peer.links[-3:]] == [("PBX", "UP"), ("PBX", "UP"), ("CTI", "UP")]
            fresh = peer.events[before:]
            assert [(e["name"], e["eventId"]) for e in fresh] == [
                ("RTSM_USER_STATE_MODIFIED", 1),
                ("RTSM_MESSAGE_COUNTERS", 2),
                ("RTSM_ROUTING_STATE_MODIFIED", 3),
            ]
            assert fresh[1]["missedCallsNb"] == 1
            assert (await peer.command(B, "activateDnd"))["ok"]  # commands work again
        finally:
            await server.close()

    run(scenario())


def test_simulate_link_is_refused_when_malformed() -> None:
    async def scenario():
        server, url = await started(EngineFeed(Engine(seed_directory())))
        try:
            peer = await Peer.open(url)
            reply = await peer.request({"type": "simulateLink", "state": "sideways"})
            assert not reply["ok"] and reply["error"]["code"] == "BAD_REQUEST"
            assert "simulateLink" in reply["error"]["message"]
        finally:
            await server.close()

    run(scenario())


def test_a_client_model_after_an_outage_equals_the_pbx_and_knows_the_links() -> None:
    async def scenario():
        engine = Engine(seed_directory())
        server, url = await started(EngineFeed(engine))
        source = WebSocketSource(url)
        session = IngestSession()
        session.use(source)
        await source.start()
        try:
            for _ in range(100):
                if session.connection == "connected":
                    break
                await asyncio.sleep(0.02)
            ref = engine.command(A, "makeCall", args={"callee": "70022"}).result["callRef"]
            server.publish(engine.command(C, "answer", ref).events)
            await asyncio.sleep(0.2)
            assert ref in session.model.users[C].calls
            server.simulate_link("pbx", up=False)
            await asyncio.sleep(0.1)
            assert session.snapshot()["links"] == {"pbx": "down", "cti": "up"}
            engine.link_up()  # the call ends on the phones while the CTI side is deaf:
            engine.command(A, "drop", ref)
            engine.command(C, "forward", args={"condition": "BUSY", "destination": "70021"})
            engine.link_down()
            assert ref in session.model.users[C].calls  # the model still shows it (stale)
            server.simulate_link("pbx", up=True)
            await asyncio.sleep(0.3)
            snap = session.snapshot()
            assert snap["links"] == {"pbx": "up", "cti": "up"}
            users = {u["login"]: u for u in snap["users"]}
            assert users[C]["calls"] == [] and users[C]["state"] == "FREE"
            assert users[C]["routing"] == {"forward": {"condition": "BUSY", "destination": "70021"}, "overflow": None, "dnd": False}
            assert users[A]["routing"] == {"forward": None, "overflow": None, "dnd": False}
        finally:
            await source.stop()
            await server.close()

    run(scenario())


def test_the_server_runs_the_ringing_timer_so_no_answer_forwards_act() -> None:
    async def scenario():
        from desktop.simulator.ws.feeds import wall_clock_ms

        engine = Engine(seed_directory(), clock=wall_clock_ms, no_answer_ms=300)
        server, url = await started(EngineFeed(engine))
        try:
            peer = await Peer.open(url)
            await peer.request({"type": "subscribe", "logins": [C]})
            assert (await peer.command(B, "forward", condition="NO_ANSWER", destination="70022"))["ok"]
            ref = (await peer.command(A, "makeCall", callee="70021"))["result"]["callRef"]
            assert engine.leg_of(B, ref)[1] == "RINGING_INCOMING"
            await peer.collect(0.8)
            assert engine.leg_of(C, ref)[1] == "RINGING_INCOMING" and engine.calls_of(B) == []
            created = [e for e in peer.events if e["name"] == "RTSM_CALL_CREATED" and e["callRef"] == ref]
            assert created and created[0]["cause"] == "FORWARDED"
        finally:
            await server.close()

    run(scenario())
