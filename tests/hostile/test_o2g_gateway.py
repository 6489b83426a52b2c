"""The simulated O2G gateway against abusive clients (items 9, 10, 13)."""

import asyncio
import base64
import logging

import aiohttp

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.o2g.gateway import start_gateway

PASSWORD = "right-password"


def basic(login, password):
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()


async def gateway(**options):
    return await start_gateway(Engine(seed_directory(0)), password=PASSWORD, **options)


def test_wrong_passwords_are_answered_ever_more_slowly():
    """Item 13: 20 parallel guessers for 2 s got ~3,300 answers; now a handful, and the right
    password still gets in (after the delay the address earned)."""

    async def scenario():
        running = await gateway()
        answered = 0
        try:
            async with aiohttp.ClientSession() as http:
                url = f"{running.url}/api/rest/authenticate?version=1.0"

                async def guesser(n):
                    nonlocal answered
                    while True:
                        async with http.get(url, headers={"Authorization": basic("admin", f"guess{n}")}) as resp:
                            assert resp.status == 401
                            answered += 1

                tasks = [asyncio.create_task(guesser(n)) for n in range(20)]
                await asyncio.sleep(2.0)
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                counted = answered
                async with http.get(url, headers={"Authorization": basic("oxe70020", PASSWORD)}, timeout=aiohttp.ClientTimeout(total=20)) as resp:
                    assert resp.status == 200
            return counted
        finally:
            await running.stop()

    answered = asyncio.run(asyncio.wait_for(scenario(), 40))
    assert answered <= 8, answered
