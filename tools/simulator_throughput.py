"""How many events per second the simulator delivers to one WebSocket client subscribed to "*".

Traffic is generated in virtual time as fast as the engine can produce it (2,000 users, the
seed's mix of flows), published through the real server on a loopback port, and counted by a
real websockets client that parses every frame. Prints one JSON line.
"""

import asyncio
import json
import sys
import time

from websockets.asyncio.client import connect

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed
from desktop.simulator.ws.server import SimulatorServer
from desktop.simulator.traffic import TrafficGenerator


async def main(total: int) -> dict:
    engine = Engine(seed_directory(2000))
    generator = TrafficGenerator(engine, rate=100, speed=20, seed=1)
    server = SimulatorServer(EngineFeed(engine))  # no generator task: we drive it below
    port = await server.start("127.0.0.1", 0)
    received = 0
    async with connect(f"ws://127.0.0.1:{port}", max_size=None) as ws:
        await ws.recv()  # hello
        await ws.send(json.dumps({"type": "subscribe", "requestId": 1, "logins": ["*"]}))
        await ws.recv()  # reply
        for _ in range(2 * len(engine.directory.users)):  # the snapshot
            await ws.recv()

        async def produce() -> None:
            virtual = 0.0
            while server.events_published < total:
                server.publish(generator.advance(virtual))
                virtual += 0.05
                await asyncio.sleep(0)

        began = time.perf_counter()
        producer = asyncio.create_task(produce())
        while received < total:
            json.loads(await ws.recv())
            received += 1
        elapsed = time.perf_counter() - began
        await producer
    await server.close()
    return {"events": received, "seconds": round(elapsed, 2), "events_per_s": round(received / elapsed)}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))))
