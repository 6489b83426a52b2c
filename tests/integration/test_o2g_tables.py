"""The client's command table and the gateway's plans are two readings of one list of routes
(`desktop.protocol.o2g.routes`): what one sends, the other serves, with the same body."""

from __future__ import annotations

from desktop.protocol.o2g import routes
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.o2g.gateway import API, O2GGateway
from desktop.simulator.o2g.plans import PLANS, ROUTING_PLANS
from desktop.sources.o2g.commands import COMMANDS, Context

EVERY_ARG = {
    **dict.fromkeys(("callee", "heldCallRef", "transferTo", "redirectTo", "enquiryCallRef", "digits", "parkTo", "otherPhoneNumber"), "x"),
    "condition": "BUSY", "destination": "VOICEMAIL",
}


def test_the_client_and_the_gateway_cover_the_same_call_control_routes():
    sent = {command.route for command in COMMANDS.values()}
    served = set(PLANS) | set(ROUTING_PLANS)
    assert set(PLANS) == set(routes.CALL_CONTROL)
    assert set(ROUTING_PLANS) == {route for route in routes.ROUTING_ROUTES if route.capabilities}
    assert sent == {route for route in routes.CALL_CONTROL + routes.ROUTING_ROUTES if route.capabilities}
    assert served - sent == {routes.UNPARK}  # the one request no button sends


def test_every_capability_goes_to_the_route_that_names_it_with_that_routes_body():
    assert set(COMMANDS) == {capability for route in routes.CALL_CONTROL + routes.ROUTING_ROUTES for capability in route.capabilities}
    for capability, command in COMMANDS.items():
        assert capability in command.route.capabilities, capability
        if command.route.body is None:
            assert command.body is None, capability
        else:
            body = command.body(Context(capability, "u", "ref", "device", EVERY_ARG))
            assert type(body) is command.route.body, capability
    assert set(routes.RECORDING_ACTIONS) == set(routes.RECORDING.capabilities)


def test_the_gateway_serves_every_route_at_the_path_the_client_builds():
    app = O2GGateway(Engine(seed_directory()), password="unused").app()
    served = {(r.method, r.resource.canonical) for r in app.router.routes()}
    for route in routes.ALL_ROUTES:
        assert (route.method, API + route.path) in served, route
