"""The simulated gateway spoken to by hand: the shapes an O2G client relies on, and REST
errors with their status codes and JSON bodies."""

from __future__ import annotations

import asyncio
import base64

import aiohttp
import orjson

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.o2g.gateway import start_gateway
from tests.simulator.o2g.switchable import PASSWORD

API = "/api/rest/1.0"


def basic(user, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def _with_gateway(check, **options):
    engine = Engine(seed_directory())
    running = await start_gateway(engine, password=PASSWORD, **options)
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            await check(engine, running, http, running.url)
    finally:
        await running.stop()


async def login(http, url, user="admin"):
    async with http.get(f"{url}/api/rest") as r:
        descriptor = await r.json()
    auth_url = descriptor["versions"][0]["publicUrl"]
    async with http.get(auth_url, headers=basic(user, PASSWORD)) as r:
        assert r.status == 200
        sessions_url = (await r.json())["publicUrl"]
    async with http.post(sessions_url, json={"applicationName": "test"}) as r:
        assert r.status == 200
        return await r.json()


def test_discovery_login_session_and_errors():
    async def check(engine, running, http, url):
        async with http.get(f"{url}/api/rest") as r:
            d = await r.json()
        assert d["versions"][0]["id"] == "1.0" and d["versions"][0]["status"] == "CURRENT"
        assert d["serverInfo"]["productType"] == "O2G"
        async with http.get(f"{url}/api/rest/authenticate?version=1.0", headers=basic("admin", "wrong")) as r:
            assert r.status == 401 and r.headers["WWW-Authenticate"].startswith("Basic")
            body = await r.json()
            assert body["code"] == 401 and body["helpMessage"] == "wrong login or password"
        async with http.get(f"{url}/api/rest/authenticate?version=1.0", headers={"Authorization": "Basic %%%"}) as r:
            assert r.status == 401
        async with http.get(f"{url}{API}/telephony/calls?loginName=oxe70020") as r:
            assert r.status == 401  # no session yet
        info = await login(http, url)
        assert info["admin"] is True and info["timeToLive"] == 1800
        assert {s["serviceName"] for s in info["services"]} >= {"Subscriptions", "Telephony", "Sessions"}
        async with http.get(f"{url}{API}/telephony/calls") as r:
            assert r.status == 400 and "loginName" in (await r.json())["helpMessage"]
        async with http.post(f"{url}{API}/telephony/calls?loginName=oxe70020", data=b"{nope") as r:
            assert r.status == 400 and (await r.json())["helpMessage"] == "the body is not JSON"
        async with http.post(f"{url}{API}/telephony/calls?loginName=oxe70020", json={"deviceId": "70020"}) as r:
            assert r.status == 400 and "callee" in (await r.json())["helpMessage"]
        async with http.post(f"{url}{API}/telephony/calls?loginName=nobody", json={"deviceId": "1", "callee": "2"}) as r:
            assert r.status == 404
        async with http.delete(f"{url}{API}/telephony/calls/0000?loginName=oxe70020") as r:
            body = await r.json()
            assert r.status == 404 and body["telephony"]["errorType"] == "CALL_REFERENCE_NOT_FOUND"
        # an administrator may name the user by the device instead of ?loginName=
        async with http.post(f"{url}{API}/telephony/calls", json={"deviceId": "70020", "callee": "70021"}) as r:
            assert r.status == 200
            ref = (await r.json())["callRef"]
        async with http.post(f"{url}{API}/telephony/calls/{ref}/answer", json={"deviceId": "70020"}) as r:
            body = await r.json()
            assert r.status == 403 and body["telephony"]["errorType"] == "INCOMPATIBLE_WITH_STATE"
        async with http.post(f"{url}{API}/telephony/calls/{ref}/answer", json={"deviceId": "70021"}) as r:
            assert r.status == 204
        async with http.get(f"{url}{API}/telephony/state?loginName=oxe70021") as r:
            state = await r.json()
        assert state["userState"] == "BUSY" and state["calls"][0]["callRef"] == ref
        assert state["deviceCapabilities"] == [{"deviceId": "70021", "makeCall": True, "makeBusinessCall": True, "makePrivateCall": True, "unParkCall": True}]
        async with http.get(f"{url}{API}/users/oxe70021") as r:
            user = await r.json()
        assert user["companyPhone"] == "70021" and user["devices"] == [{"type": "DESKPHONE", "id": "70021"}]
        async with http.delete(f"{url}{API}/sessions") as r:
            assert r.status == 204
        async with http.get(f"{url}{API}/telephony/state?loginName=oxe70021") as r:
            assert r.status == 401

    asyncio.run(_with_gateway(check))


def test_subscription_channel_and_its_limits():
    async def check(engine, running, http, url):
        await login(http, url, user="oxe70020")
        async with http.post(f"{url}{API}/subscriptions", json={"filter": {"selectors": [{"names": ["unknownPackage"]}]}}) as r:
            assert r.status == 400 and (await r.json())["code"] == 400
        async with http.post(f"{url}{API}/subscriptions", json={"filter": {"selectors": [{"ids": [], "names": ["system"]}]}}) as r:
            assert r.status == 403  # the system events are for administrators
        # A user session's ids are ignored (ALE's SDKs say so): it watches itself, not oxe70021.
        selectors = [{"ids": ["oxe70021"], "names": ["telephony"]}, {"names": ["eventSummary"]}]
        async with http.post(f"{url}{API}/subscriptions", json={"filter": {"selectors": selectors}, "version": "1.0"}) as r:
            sub = await r.json()
        assert sub["status"] == "ACCEPTED" and sub["publicPollingUrl"].endswith(sub["subscriptionId"])
        async with http.post(f"{url}/OTEvents?subscriptionId=nope") as r:
            assert r.status == 404
        # The channel opens without the session cookie: the polling URL is its own credential.
        async with aiohttp.ClientSession() as bare, bare.post(sub["publicPollingUrl"]) as channel:
            assert channel.status == 200
            first = orjson.loads(await channel.content.readline())
            assert first == {"eventName": "OnChannelInformation", "text": "Chunk started"}
            result = engine.command("oxe70021", "makeCall", args={"callee": "70020"})
            running.gateway.publish(result.events)
            names = set()
            while "OnCallCreated" not in names:
                line = orjson.loads(await asyncio.wait_for(channel.content.readline(), 5))
                assert line["loginName"] == "oxe70020"  # oxe70021's own events are not ours
                names.add(line["eventName"])
            async with http.delete(f"{url}{API}/subscriptions/{sub['subscriptionId']}") as r:
                assert r.status == 204
            assert await asyncio.wait_for(channel.content.read(), 5) == b""  # the channel ends with it

    asyncio.run(_with_gateway(check))


def test_an_administrator_must_name_the_users_it_subscribes_to():
    async def check(engine, running, http, url):
        await login(http, url)
        for selector in ({"names": ["telephony"]}, {"ids": [], "names": ["telephony", "eventSummary"]}):
            async with http.post(f"{url}{API}/subscriptions", json={"filter": {"selectors": [selector]}}) as r:
                body = await r.json()
                assert r.status == 400 and "ids" in body["helpMessage"] and body["type"] == "CLIENT_ERROR"
        async with http.post(f"{url}{API}/subscriptions", json={"filter": {"selectors": [{"ids": ["nobody"], "names": ["telephony"]}]}}) as r:
            assert r.status == 404
        # system events need no ids
        body = {"filter": {"selectors": [{"ids": ["oxe70020"], "names": ["telephony"]}, {"ids": [], "names": ["system"]}]}}
        async with http.post(f"{url}{API}/subscriptions", json=body) as r:
            assert r.status == 200 and (await r.json())["status"] == "ACCEPTED"

    asyncio.run(_with_gateway(check))


def test_unknown_routes_answer_o2g_json_errors():
    async def check(engine, running, http, url):
        await login(http, url)
        async with http.get(f"{url}{API}/telephony/nothing-here") as r:
            body = await r.json()
            assert r.status == 404 and r.content_type == "application/json"
            assert body["httpStatus"] == "NOT_FOUND" and body["code"] == 404 and "telephony" not in body
        async with http.put(f"{url}{API}/telephony/calls") as r:
            assert r.status == 405 and (await r.json())["code"] == 405

    asyncio.run(_with_gateway(check))


def test_an_expired_session_ends_its_channels():
    async def check(engine, running, http, url):
        await login(http, url)
        body = {"filter": {"selectors": [{"ids": ["oxe70020"], "names": ["telephony"]}]}}
        async with http.post(f"{url}{API}/subscriptions", json=body) as r:
            sub = await r.json()
        async with http.post(sub["publicPollingUrl"]) as channel:
            await channel.content.readline()
            assert await asyncio.wait_for(channel.content.read(), 5) == b""  # no keepalive: over
        async with http.post(f"{url}{API}/sessions/keepalive") as r:
            assert r.status == 401

    asyncio.run(_with_gateway(check, time_to_live=1))


def test_demo_password_comes_from_the_environment_a_file_or_is_made(tmp_path, monkeypatch):
    import os
    import stat

    from desktop.simulator.o2g.password import PASSWORD_ENV, demo_password

    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert demo_password(str(tmp_path / "f")) == ("from-env", f"the password is ${PASSWORD_ENV}")
    monkeypatch.delenv(PASSWORD_ENV)
    made, where = demo_password(str(tmp_path / "f"))
    assert len(made) >= 16 and made not in where and str(tmp_path / "f") in where
    assert stat.S_IMODE(os.stat(tmp_path / "f").st_mode) == 0o600
    assert demo_password(str(tmp_path / "f"))[0] == made  # kept across restarts
    monkeypatch.setenv("HOME", str(tmp_path))
    other, where = demo_password()
    assert other != made and ".config/cti-monitor" in where
    assert demo_password() == (other, where.replace("a new password was written to", "the password is in"))


def test_the_read_requests_of_the_sdks_are_served():
    async def check(engine, running, http, url):
        await login(http, url)
        ref = engine.command("oxe70020", "makeCall", args={"callee": "70021"}).result["callRef"]
        q = "loginName=oxe70021"
        async with http.get(f"{url}{API}/telephony/calls/{ref}/deviceLegs?{q}") as r:
            legs = (await r.json())["legs"]
        assert [(leg["deviceId"], leg["state"]) for leg in legs] == [("70021", "RINGING_INCOMING")]
        async with http.get(f"{url}{API}/telephony/calls/{ref}/participants?{q}") as r:
            parts = (await r.json())["participants"]
        assert [p["identity"]["id"]["phoneNumber"] for p in parts] == ["70020"]
        async with http.get(f"{url}{API}/telephony/calls/nope/participants?{q}") as r:
            assert r.status == 404 and (await r.json())["telephony"]["errorType"] == "CALL_REFERENCE_NOT_FOUND"
        async with http.get(f"{url}{API}/telephony/devices?{q}") as r:
            assert await r.json() == {"deviceStates": [{"deviceId": "70021", "state": "IN_SERVICE"}]}
        async with http.get(f"{url}{API}/telephony/devices/70021") as r:  # the device names its user
            assert await r.json() == {"deviceId": "70021", "state": "IN_SERVICE"}
        async with http.get(f"{url}{API}/users?companyPhone=70022") as r:
            assert (await r.json())["loginName"] == "oxe70022"
        async with http.get(f"{url}{API}/users?companyPhone=99999") as r:
            assert r.status == 404
        async with http.get(f"{url}{API}/telephony/incomingCallbacks?{q}") as r:
            assert await r.json() == {"callbacks": []}
        # park: refused as the OXE refuses what it does not offer, in O2G's body
        async with http.post(f"{url}{API}/telephony/calls/{ref}/park?loginName=oxe70020", json={"parkTo": "70022"}) as r:
            body = await r.json()
            assert r.status == 403 and body["telephony"]["errorType"] == "INCOMPATIBLE_WITH_STATE" and "park" in body["helpMessage"]
        async with http.post(f"{url}{API}/telephony/calls/{ref}/park?loginName=oxe70020", json={}) as r:
            assert r.status == 400 and "parkTo" in (await r.json())["helpMessage"]

    asyncio.run(_with_gateway(check))


def test_an_administrators_snapshot_without_login_covers_every_watched_user():
    async def check(engine, running, http, url):
        await login(http, url)
        body = {"filter": {"selectors": [{"ids": ["oxe70020", "oxe70022"], "names": ["telephony"]}]}}
        async with http.post(f"{url}{API}/subscriptions", json=body) as r:
            sub = await r.json()
        async with http.post(sub["publicPollingUrl"]) as channel:
            await channel.content.readline()
            async with http.post(f"{url}{API}/telephony/state/snapshot") as r:
                assert r.status == 204
            got = [orjson.loads(await asyncio.wait_for(channel.content.readline(), 5)) for _ in range(2)]
        assert [(e["eventName"], e["loginName"]) for e in got] == [("OnTelephonyState", "oxe70020"), ("OnTelephonyState", "oxe70022")]

    asyncio.run(_with_gateway(check))


def test_a_snapshot_for_everyone_is_sent_while_it_is_built():
    """The first users' states are on the channel before the last ones are built (and the
    request answered): the client reads while the gateway works."""
    from desktop.simulator.o2g.gateway import SNAPSHOT_SLICE

    async def check(engine, running, http, url):
        await login(http, url)
        everyone = sorted(engine.directory.users)
        assert len(everyone) > 8 * SNAPSHOT_SLICE
        body = {"filter": {"selectors": [{"ids": everyone, "names": ["telephony"]}]}}
        async with http.post(f"{url}{API}/subscriptions", json=body) as r:
            sub = await r.json()
        async with http.post(sub["publicPollingUrl"]) as channel:
            await channel.content.readline()
            asked = asyncio.ensure_future(http.post(f"{url}{API}/telephony/state/snapshot"))
            first = orjson.loads(await asyncio.wait_for(channel.content.readline(), 5))
            assert first["eventName"] == "OnTelephonyState" and not asked.done()
            async with await asked as r:
                assert r.status == 204
            rest = [orjson.loads(await asyncio.wait_for(channel.content.readline(), 5)) for _ in everyone[1:]]
        assert [e["loginName"] for e in [first, *rest]] == everyone  # every user once, in order

    async def run():
        engine = Engine(seed_directory(3000))
        running = await start_gateway(engine, password=PASSWORD)
        try:
            async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
                await check(engine, running, http, running.url)
        finally:
            await running.stop()

    asyncio.run(run())


def test_routing_parts_and_system_status_as_the_sdks_read_them():
    from desktop.protocol.routing import Route, Routing

    async def check(engine, running, http, url):
        await login(http, url)
        q = "loginName=oxe70022"
        async with http.get(f"{url}{API}/routing/forwardroute?{q}") as r:
            assert r.status == 200 and await r.read() == b""  # no forward: an empty body
        engine.set_routing("oxe70022", Routing(forward=Route("BUSY", "70020"), overflow=Route("NO_ANSWER", "VOICEMAIL"), dnd=True))
        async with http.get(f"{url}{API}/routing/forwardroute?{q}") as r:
            assert await r.json() == {"forwardType": "BUSY", "destinations": [{"type": "NUMBER", "number": "70020"}]}
        async with http.get(f"{url}{API}/routing/overflowroute?{q}") as r:
            assert (await r.json())["overflowType"] == "NO_ANSWER"
        async with http.get(f"{url}{API}/routing/dnd?{q}") as r:
            assert await r.json() == {"activate": True}
        async with http.get(f"{url}{API}/routing/state?{q}") as r:
            assert (await r.json())["dndState"] == {"activate": True}
        async with http.get(f"{url}{API}/routing?{q}") as r:
            assert (await r.json())["forwardRoute"] is True
        async with http.post(f"{url}{API}/routing/forwardroute?{q}", json={"forwardRoute": {"destinations": []}}) as r:
            body = await r.json()
            assert r.status == 400 and body["routing"]["errorType"] == "BAD_PARAMETER_VALUE" and "telephony" not in body
        async with http.get(f"{url}{API}/system/status") as r:
            pbx = (await r.json())["pbxs"][0]
        assert pbx["connected"] is True and pbx["ctiLinkState"] == "CONNECTED_MAIN"
        engine.link_down()
        async with http.get(f"{url}{API}/system/status") as r:
            pbx = (await r.json())["pbxs"][0]
        assert pbx["connected"] is False and pbx["ctiLinkState"] == "DISCONNECTED"
        async with http.post(f"{url}{API}/routing/dnd?{q}") as r:
            assert r.status == 503 and (await r.json())["canRetry"] is True  # the PBX cannot be asked now

    asyncio.run(_with_gateway(check))
