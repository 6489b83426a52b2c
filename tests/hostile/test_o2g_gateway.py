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


BAD_REQUESTS = [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n",
    b"GET /api/rest HTTP/1.1\r\nHost: \x00\xff\r\n\r\n",
    b"POST /api/rest/1.0/sessions HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET /api/rest HTTP/9.9\r\n\r\n",
]


def test_malformed_http_costs_one_rate_limited_line_not_a_traceback(caplog):
    """Item 10: 50 malformed requests used to log 50 ERRORs with tracebacks (37 KB)."""

    async def scenario():
        running = await gateway()
        try:
            for n in range(50):
                reader, writer = await asyncio.open_connection("127.0.0.1", running.port)
                writer.write(BAD_REQUESTS[n % len(BAD_REQUESTS)])
                await writer.drain()
                answer = await asyncio.wait_for(reader.read(100), 5)
                assert answer.startswith(b"HTTP/1.") and b" 400 " in answer
                writer.close()
        finally:
            await running.stop()

    with caplog.at_level(logging.INFO):
        asyncio.run(asyncio.wait_for(scenario(), 30))
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.INFO)
    assert "Traceback" not in caplog.text
    warnings = [r for r in caplog.records if "bad request" in r.getMessage()]
    assert 1 <= len(warnings) <= 10 and all(r.levelno == logging.WARNING for r in warnings)
    assert len(text) < 4000


async def logged_in(http, running, login="admin"):
    async with http.get(f"{running.url}/api/rest/authenticate?version=1.0", headers={"Authorization": basic(login, PASSWORD)}) as resp:
        assert resp.status == 200
    async with http.post(f"{running.url}/api/rest/1.0/sessions", json={"applicationName": "red team"}) as resp:
        assert resp.status == 200


SUBSCRIBE = {"version": "1.0", "timeout": 10**9,
             "filter": {"selectors": [{"ids": ["oxe70020"], "names": ["telephony"]}]}}


def test_unread_subscriptions_are_bounded_per_session_and_their_timeout_capped():
    """Item 9: 2,000 unread subscriptions with a timeout of 10^9 minutes grew the gateway by
    210 MB a minute. Now a session holds 5 at most (the oldest unread makes room), the timeout
    is capped at an hour, and when all 5 are read a sixth is refused with O2G's error body."""

    async def scenario():
        running = await gateway()
        gw = running.gateway
        try:
            async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
                await logged_in(http, running)
                polling = []
                for _ in range(2000):
                    async with http.post(f"{running.url}/api/rest/1.0/subscriptions", json=SUBSCRIBE) as resp:
                        assert resp.status == 200
                        polling.append((await resp.json())["publicPollingUrl"])
                held = list(gw._subscriptions.values())
                assert len(held) == 5
                assert all(sub.idle_timeout_s <= 3600 for sub in held)
                # Read the five that are left: now none can make room.
                channels = [await http.post(url, data=b"") for url in polling[-5:]]
                await asyncio.sleep(0.2)
                async with http.post(f"{running.url}/api/rest/1.0/subscriptions", json=SUBSCRIBE) as resp:
                    status, body = resp.status, await resp.json()
                for channel in channels:
                    channel.close()
                return status, body, len(gw._subscriptions)
        finally:
            await running.stop()

    status, body, held = asyncio.run(asyncio.wait_for(scenario(), 60))
    assert status == 403 and held == 5
    assert body["httpStatus"] and "at most 5 subscriptions" in body["helpMessage"]
