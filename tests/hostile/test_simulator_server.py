"""The simulator's WebSocket server against clients that never read (items 5 and 6)."""

import asyncio
import json
import time

import websockets

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.traffic import TrafficGenerator
from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
from desktop.simulator.ws.server import SimulatorServer


async def started(users=100, rate=0.0, **kw):
    engine = Engine(seed_directory(users), clock=wall_clock_ms)
    generator = TrafficGenerator(engine, rate, 1.0, 0) if rate else None
    server = SimulatorServer(EngineFeed(engine, generator), **kw)
    port = await server.start("127.0.0.1", 0)
    return server, f"ws://127.0.0.1:{port}"


async def never_reads(url, frames):
    """Sends `frames` and never reads (the library stops reading after one queued frame)."""
    ws = await websockets.connect(url, max_size=None, max_queue=1)
    for frame in frames:
        await ws.send(frame)
    return ws


async def replies_meanwhile(url, seconds):
    times = []
    async with websockets.connect(url, max_size=None) as ws:
        await ws.recv()
        end, n = time.monotonic() + seconds, 0
        while time.monotonic() < end:
            n += 1
            began = time.monotonic()
            await ws.send(json.dumps({"type": "command", "requestId": n, "login": "oxe70021", "action": "hold", "callRef": "none"}))
            while json.loads(await asyncio.wait_for(ws.recv(), 10)).get("requestId") != n:
                pass
            times.append(time.monotonic() - began)
            await asyncio.sleep(0.02)
    return sorted(times)


def test_two_clients_subscribing_520_times_without_reading_cost_little():
    """Item 5: 520 subscribe ["*"] each from two clients that never read took the simulator
    from 50 MB to 2 GB and stalled others' replies 3-8.5 s. Now each new subscribe replaces
    the snapshot still waiting, the queue holds bytes, and replies stay quick."""

    async def scenario():
        server, url = await started(users=100, rate=5)
        try:
            subscribe = [json.dumps({"type": "subscribe", "requestId": n, "logins": ["*"]}) for n in range(520)]
            abusers = [await never_reads(url, subscribe) for _ in range(2)]
            times = await replies_meanwhile(url, 2.0)
            queued = [c.queued_bytes for c in server.clients]
            snapshots = sorted(c.snapshots for c in server.clients)
            for ws in abusers:  # they never read: closing politely would wait for nothing
                ws.transport.abort()
            return times, queued, snapshots
        finally:
            await server.close()

    times, queued, snapshots = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert times[int(0.99 * len(times))] < 1.0, times[-5:]
    assert max(queued) < 1 << 20, queued  # 520 replies and some events, not 520 snapshots
    assert snapshots[-1] == 520  # every subscribe answered


def test_a_client_past_the_byte_limit_is_cut_off_with_1008():
    """Item 5: the send queue is bounded in bytes (8 MiB; 256 KiB here), then close 1008."""

    async def scenario():
        server, url = await started(users=0)
        server.max_queue_bytes = 256 << 10
        try:
            flood = [json.dumps({"type": "command", "requestId": n, "login": "oxe70021", "action": "hold", "callRef": "X" * 2000})
                     for n in range(6000)]  # ~12 MB of replies, more than the sockets' buffers hold
            ws = await websockets.connect(url, max_size=None, max_queue=1)
            try:
                for frame in flood:
                    await ws.send(frame)
            except websockets.ConnectionClosed:
                pass
            async def drain():  # now read: the server's close frame waits behind what it sent
                try:
                    async for _ in ws:
                        pass
                except websockets.ConnectionClosed:
                    pass

            await asyncio.wait_for(drain(), 10)
            return ws.close_code, ws.close_reason
        finally:
            await server.close()

    code, reason = asyncio.run(asyncio.wait_for(scenario(), 40))
    assert code == 1008 and "too slow" in reason


def test_the_hello_is_built_once_and_shared():
    """Item 6: one hello per directory, the same bytes object for every connection."""

    async def scenario():
        server, url = await started(users=2000)
        try:
            sockets = [await websockets.connect(url, max_size=None) for _ in range(20)]
            hellos = [await asyncio.wait_for(ws.recv(), 10) for ws in sockets]
            first = server.hello_bytes()
            assert server.hello_bytes() is first
            for ws in sockets:
                await ws.close()
            return hellos
        finally:
            await server.close()

    hellos = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert len(set(hellos)) == 1 and len(json.loads(hellos[0])["users"]) == 2003
