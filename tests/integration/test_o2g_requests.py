"""The O2G client's requests as ALE's SDKs make them, against the simulated gateway: explicit
ids, one snapshot for every user (and the per-user fallback), service URLs from the session's
services list, the bodies pickup / makeCall / park need, the users events, the directory
search, and what the gateway tells the user a call left (cause, newDestination, lastRedirecting)."""

from __future__ import annotations

import asyncio
import logging

import orjson
import pytest

from desktop.protocol.o2g import routes
from desktop.protocol.wire import BAD_REQUEST, NOT_SUPPORTED, Refused
from tests.integration.harness import A, B, C, SEED_USERS, Harness, wait_for

API = "/api/rest/1.0"
SNAPSHOT = ("POST", API + "/telephony/state/snapshot")


def _subscription_ids(gateway) -> list[frozenset]:
    return [sub.packages.get("telephony") for sub in gateway._subscriptions.values()]


def test_an_administrator_watching_everyone_names_every_login_and_asks_one_snapshot():
    async def scenario():
        async with Harness(monitor=["*"]) as h:
            await h.connected()
            everyone = frozenset(h.engine.directory.users)
            assert _subscription_ids(h.gateway) == [everyone]  # ids sent, not left out
            subscribe = [b for b in h.gateway.bodies if b[:2] == ("POST", API + "/subscriptions")]
            assert sorted(subscribe[0][2]["filter"]["selectors"][0]["ids"]) == sorted(everyone)
            snapshots = [b for b in h.gateway.bodies if b[:2] == SNAPSHOT]
            assert snapshots == [("POST", SNAPSHOT[1], None, {})]  # one, without ?loginName=
            routing = [b for b in h.gateway.bodies if b[:2] == ("POST", API + "/routing/state/snapshot")]
            assert routing == [("POST", API + "/routing/state/snapshot", None, {})]
            assert all(h.sink.model.users[login].routing is not None for login in everyone)

    asyncio.run(scenario())


def test_a_gateway_refusing_the_snapshot_for_everyone_is_asked_user_by_user():
    async def scenario():
        async with Harness(monitor=["*"], flags={"refuse_bulk_snapshots": True}) as h:
            await h.connected()
            asked = sorted(b[3].get("loginName", "") for b in h.gateway.bodies if b[:2] == SNAPSHOT)
            assert asked == ["", *sorted(h.engine.directory.users)]
            h.gateway.cut_channels()  # the refusal is remembered for the session: no second try
            await h.connected(2)
            assert sum(1 for b in h.gateway.bodies if b[:2] == SNAPSHOT and not b[3]) == 1

    asyncio.run(scenario())


def test_a_short_list_is_asked_user_by_user():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            asked = sorted(b[3]["loginName"] for b in h.gateway.bodies if b[:2] == SNAPSHOT)
            assert asked == sorted(SEED_USERS)

    asyncio.run(scenario())


def test_services_come_from_the_sessions_list_and_absent_ones_are_not_asked(caplog):
    caplog.set_level(logging.INFO, "desktop.sources.o2g")

    async def scenario():
        async with Harness(flags={"services": [s for s in routes.SERVICES if s.name != "EventSummary"]}) as h:
            await h.connected()
            assert "eventsummary" not in h.source.services and "telephony" in h.source.services
            assert not any(route.endswith("/eventsummary") for _, route in h.gateway.hits)
            selectors = next(b[2] for b in h.gateway.bodies if b[:2] == ("POST", API + "/subscriptions"))["filter"]["selectors"]
            assert "eventSummary" not in selectors[0]["names"] and "telephony" in selectors[0]["names"]
        assert sum("EventSummary service" in r.getMessage() for r in caplog.records) == 1

    asyncio.run(scenario())


def test_a_service_absent_from_the_list_refuses_its_commands_without_a_request(caplog):
    caplog.set_level(logging.INFO, "desktop.sources.o2g")

    async def scenario():
        async with Harness(flags={"services": [s for s in routes.SERVICES if s.name != "Telephony"]}) as h:
            await wait_for(lambda: h.source.services, what="a session")
            before = sum(h.gateway.hits.values())
            with pytest.raises(Refused) as refused:
                await h.source.command(A, "makeCall", device_id="70020", args={"callee": "70021"})
            assert refused.value.code == NOT_SUPPORTED and "Telephony" in refused.value.message
            assert not any(route.startswith(API + "/telephony/calls") and m == "POST" for m, route in list(h.gateway.hits)[before:])
            await wait_for(lambda: h.source.connections, what="the event channel")
            await asyncio.sleep(0.2)  # the resync's requests have gone out
            assert not any(route.startswith(API + "/telephony") for _, route in h.gateway.hits)  # nor a snapshot
        # an absent service is said once, not as users that "could not be read"
        assert not any("could not be read" in r.getMessage() for r in caplog.records)

    asyncio.run(scenario())


def test_make_call_sends_auto_answer_and_pickup_the_ringing_number():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            r = (await h.source.command(A, "makeCall", args={"callee": "70021"}))["callRef"]
            body = next(b[2] for b in h.gateway.bodies if b[:2] == ("POST", API + "/telephony/calls"))
            assert body == {"deviceId": "70020", "callee": "70021", "autoAnswer": True}
            await h.same_state()
            await h.source.command(C, "pickedUp", r)  # the ringing number looked up: B's device
            pickup = next(b[2] for b in h.gateway.bodies if b[1].endswith("/pickup"))
            assert pickup == {"otherCallRef": r, "otherPhoneNumber": "70021"}
            await h.same_state()
            assert h.calls(C) == [r] and h.calls(B) == []

    asyncio.run(scenario())


def test_pickup_with_a_wrong_number_and_park_without_parkTo_are_refused():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            with pytest.raises(Refused) as wrong:
                await h.source.command(C, "pickedUp", r, args={"otherPhoneNumber": "70022"})
            assert wrong.value.code == BAD_REQUEST and "does not ring on" in wrong.value.message
            with pytest.raises(Refused) as park:
                await h.source.command(A, "park", r)
            assert park.value.code == BAD_REQUEST and "parkTo" in park.value.message
            assert not any(b[1].endswith("/park") for b in h.gateway.bodies)  # nothing sent

    asyncio.run(scenario())


def test_redirect_tells_the_redirecting_user_where_the_call_went():
    async def scenario():
        async with Harness(monitor=[A, B, C]) as h:
            await h.connected()
            channel: list[dict] = []
            original = h.sink.events

            def keep(batch):
                channel.extend(orjson.loads(x) if isinstance(x, bytes) else x for x in batch)
                original(batch)

            h.sink.events = keep
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            await h.source.command(B, "redirect", r, args={"redirectTo": "70022"})
            await h.same_state()
            removed = next(e for e in channel if e["eventName"] == "OnCallRemoved" and e["loginName"] == B)
            assert removed["cause"] == "REDIRECTED" and removed["newDestination"] == "70022"
            modified = next(e for e in channel if e["eventName"] == "OnCallModified" and e["loginName"] == A and e.get("cause") == "REDIRECTED")
            assert modified["callData"]["lastRedirecting"]["id"]["loginName"] == B
            call = h.sink.model.users[A].calls[r]
            assert call.last_redirecting is not None and call.last_redirecting.login == B

    asyncio.run(scenario())


def test_o2g_never_sends_a_capability_it_has_no_name_for():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            r = h.do(A, "makeCall", callee="70021")
            h.do(B, "answer", r)
            r2 = h.do(C, "makeCall", callee="70021")  # B is busy: the OXE offers C waitOnBusy
            assert "waitOnBusy" in h.engine.call_offers(C, r2)[0]
            await h.same_state()
            assert "waitOnBusy" not in h.sink.model.users[C].calls[r2].capabilities
            with pytest.raises(Refused) as refused:
                await h.source.command(C, "waitOnBusy", r2)
            assert refused.value.code == NOT_SUPPORTED

    asyncio.run(scenario())


def test_users_events_change_the_directory():
    async def scenario():
        async with Harness(monitor=["*"]) as h:
            await h.connected()
            await wait_for(lambda: h.sink._users, what="the directory")
            changed = {"eventName": "OnUserInfoChanged", "loginName": B, "user": {"loginName": B, "companyPhone": "70021", "firstName": "Jonas", "lastName": "Mendes"}}
            h.gateway.inject_raw_line(orjson.dumps(changed))
            await wait_for(lambda: (B, "70021", "Jonas", "Mendes", None, None) in h.sink._users, what="the new name")
            # a user deleted: gone from the directory, and the subscription is made again at once
            # (gone from the gateway's logins too, as on a real one: the new subscription's
            # logins are handed to the sink before its state, and must not bring C back)
            del h.engine.directory.users[C]
            h.gateway.inject_raw_line(orjson.dumps({"eventName": "OnUserDeleted", "loginName": C}))
            await wait_for(lambda: all(login != C for login, *_ in h.sink._users), what="the deletion")
            await wait_for(lambda: h.source.connections == 2, timeout=3, what="a new subscription")
            assert not any("reconnecting" in s for s in h.sink.states)

    asyncio.run(scenario())


def test_directory_search_offers_the_pbx_directory():
    async def scenario():
        async with Harness(user=A, monitor=[A]) as h:  # a user session may search too
            await wait_for(lambda: h.source.connections == 1, what="a channel")
            user = h.engine.directory.users[C]
            found = await h.source.search_directory(user.last_name[:3])
            assert {"number": user.number, "login": C, "firstName": user.first_name, "lastName": user.last_name} in found
            assert await h.source.search_directory(user.number) == [
                {"number": user.number, "login": C, "firstName": user.first_name, "lastName": user.last_name}
            ]
            assert await h.source.search_directory("zzzz-nobody") == []
            assert h.gateway.hits[("POST", API + "/directory/search")] == 3

    asyncio.run(scenario())


def test_an_unknown_route_is_not_supported_and_a_forbidden_request_not_allowed():
    from desktop.protocol.wire import NOT_ALLOWED

    moved = [s._replace(relative_url="/nowhere") if s.name == "Routing" else s for s in routes.SERVICES]
    async def scenario():
        async with Harness(user=A, monitor=[A], flags={"services": moved}) as h:
            await wait_for(lambda: h.source.connections == 1, what="a channel")
            with pytest.raises(Refused) as missing:  # the list says /nowhere: the gateway has no such route
                await h.source.command(A, "activateDnd")
            assert missing.value.code == NOT_SUPPORTED and "no such request" in missing.value.message
            with pytest.raises(Refused) as forbidden:  # a user session reading another user: 403
                await h.source.command(B, "makeCall", args={"callee": "70022"})
            assert forbidden.value.code == NOT_ALLOWED and "its own user" in forbidden.value.message

    asyncio.run(scenario())
