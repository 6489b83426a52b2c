"""The routing and maintenance services over O2G: the six routing actions reach their requests
(in the SDKs' bodies) and the engine, the routing state reaches the model (snapshot and
OnRoutingStateChanged), and a PBX link loss shows as the link events, device states, refused
commands and a fresh state on return."""

from __future__ import annotations

import asyncio

import pytest

from desktop.protocol.routing import Route, Routing
from desktop.protocol.wire import BAD_REQUEST, LINK_DOWN, NOT_SUPPORTED, Refused
from tests.integration.harness import A, B, C, Harness, wait_for

API = "/api/rest/1.0/routing"
IMMEDIATE_TO_A = {"condition": "IMMEDIATE", "destination": "70020"}

ROUTING_CASES = {
    # action: (args, method, path, the body the SDKs send, the routing the engine has after)
    "forward": (IMMEDIATE_TO_A, "POST", "/forwardroute",
                {"forwardRoute": {"destinations": [{"type": "NUMBER", "number": "70020"}]}},
                Routing(forward=Route("IMMEDIATE", "70020"))),
    "cancelForward": ({}, "DELETE", "/forwardroute", None, Routing()),
    "overflow": ({"condition": "NO_ANSWER", "destination": "VOICEMAIL"}, "POST", "/overflowroute",
                 {"overflowRoutes": {"overflowType": "NO_ANSWER", "destinations": [{"type": "VOICEMAIL", "selected": True}]}},
                 Routing(overflow=Route("NO_ANSWER", "VOICEMAIL"))),
    "cancelOverflow": ({}, "DELETE", "/overflowroute", None, Routing()),
    "activateDnd": ({}, "POST", "/dnd", None, Routing(dnd=True)),
    "deactivateDnd": ({}, "DELETE", "/dnd", None, Routing()),
}
BEFORE = {  # what is set first, so that the cancelling actions change something
    "cancelForward": ("forward", IMMEDIATE_TO_A),
    "cancelOverflow": ("overflow", {"condition": "BUSY", "destination": "VOICEMAIL"}),
    "deactivateDnd": ("activateDnd", {}),
}


def routing_of(h, login):
    user = h.sink.model.users.get(login)
    return user.routing if user is not None else None


@pytest.mark.parametrize("user", ["admin", C])  # an administrator for C, and C for itself
@pytest.mark.parametrize("action", sorted(ROUTING_CASES))
def test_routing_action_reaches_its_request_and_the_model(action, user):
    args, method, path, body, after = ROUTING_CASES[action]

    async def scenario():
        monitor = [A, B, C] if user == "admin" else [C]
        async with Harness(user=user, monitor=monitor) as h:
            await wait_for(lambda: routing_of(h, C) is not None, what="the routing snapshot")
            if action in BEFORE:
                first, first_args = BEFORE[action]
                h.do(C, first, **first_args)
                await wait_for(lambda: routing_of(h, C) != Routing(), what="the first routing")
            sent = len(h.gateway.bodies)
            await h.source.command(C, action, args=args)
            request = [b for b in h.gateway.bodies[sent:] if b[1] == API + path]
            assert [(m, b) for m, _, b, _ in request] == [(method, body)]
            assert request[0][3] == ({"loginName": C} if user == "admin" else {})
            assert h.engine.routing_of(C) == after
            await wait_for(lambda: routing_of(h, C) == after, what="OnRoutingStateChanged")
            if user == "admin":
                await h.same_state()

    asyncio.run(scenario())


def test_routing_state_is_read_at_connect_and_refusals_carry_the_routing_part():
    async def scenario():
        async with Harness() as h:
            h.dispatch(h.engine.set_routing(C, Routing(forward=Route("BUSY", "VOICEMAIL"), dnd=True)))
            await h.connected()
            assert h.sink.model.users[C].routing == Routing(forward=Route("BUSY", "VOICEMAIL"), dnd=True)
            with pytest.raises(Refused) as own:
                await h.source.command(A, "forward", args={"condition": "IMMEDIATE", "destination": "70020"})
            assert own.value.code == BAD_REQUEST  # forward to oneself: the engine's refusal, through O2G
            with pytest.raises(Refused) as bad:
                await h.source.command(A, "forward", args={"condition": "SOMETIMES", "destination": "70021"})
            assert bad.value.code == BAD_REQUEST and "condition" in bad.value.message
            assert not any(b[1] == API + "/forwardroute" and "SOMETIMES" in str(b[2]) for b in h.gateway.bodies)

    asyncio.run(scenario())


def test_without_the_routing_service_routing_is_not_asked_nor_offered():
    from desktop.protocol.o2g import routes

    async def scenario():
        async with Harness(flags={"services": [s for s in routes.SERVICES if s.name != "Routing"]}) as h:
            await wait_for(lambda: h.source.connections == 1, what="a channel")
            assert "routing" not in h.source.services
            assert not h.source.offers("routing") and h.source.offers("telephony")
            assert "routing service" in h.source.routing_refused(A)  # the window's editor says why
            with pytest.raises(Refused) as refused:
                await h.source.command(A, "activateDnd")
            assert refused.value.code == NOT_SUPPORTED
            assert not any(route.startswith(API) for _, route in h.gateway.hits)

    asyncio.run(scenario())


def test_a_pbx_link_loss_and_return_over_o2g():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            await wait_for(lambda: {k: v.state for k, v in h.sink.model.links.items()} == {"pbx": "up", "cti": "up"}, what="the links")
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            h.dispatch(h.engine.link_down())
            await wait_for(lambda: h.sink.model.links["pbx"].state == "down", what="OnPbxLinkDown")
            await wait_for(lambda: h.sink.model.users[B].device_states.get("70021") == "OUT_OF_SERVICE", what="OnDeviceStateModified")
            with pytest.raises(Refused) as refused:
                await h.source.command(B, "answer", r)
            assert refused.value.code == LINK_DOWN
            h.dispatch(h.engine.link_up())
            h.reference_snapshot()
            await wait_for(lambda: h.sink.model.links["pbx"].state == "up", what="OnPbxLinkUp")
            assert h.sink.model.users[B].device_states.get("70021") == "IN_SERVICE"
            await h.same_state()
            await h.source.command(B, "answer", r)
            await h.same_state()

    asyncio.run(scenario())
