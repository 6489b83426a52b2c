"""O2G's routes: each (method, path) named once, its parts filled and quoted whole."""

from __future__ import annotations

from desktop.protocol.o2g import routes


def test_each_route_is_one_method_and_path():
    every = routes.ALL_ROUTES
    assert len({(r.method, r.path) for r in every}) == len(every)
    named = {value for value in vars(routes).values() if isinstance(value, routes.Route)}
    assert named == set(every)  # no route left out of both lists


def test_parts_are_named_and_filled_quoted():
    assert routes.DROP_PARTICIPANT.parameters == ("callRef", "participantId")
    assert routes.DROP_PARTICIPANT.fill({"callRef": "ref/1", "participantId": "70 21"}) == "/telephony/calls/ref%2F1/participants/70%2021"
    assert routes.CALLS.parameters == () and routes.CALLS.fill({}) == "/telephony/calls"


def test_every_route_belongs_to_one_advertised_service():
    names = [s.name.lower() for s in routes.SERVICES]
    assert len(set(names)) == len(names)
    for route in routes.ALL_ROUTES:
        assert routes.service_of(route) in routes.SERVICES
    assert routes.service_of(routes.LOGINS) is routes.USERS  # the SDKs' /users made /logins
    assert routes.service_of(routes.FORWARD) is routes.ROUTING
    assert routes.service_of(routes.SYSTEM_STATUS) is routes.MAINTENANCE
    assert routes.service_of(routes.PICKUP) is routes.TELEPHONY
