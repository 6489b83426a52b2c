"""Who an O2G session may set the routing of: a user session its own login, an administrator anyone."""

from desktop.protocol.o2g.rest import SessionInfo
from desktop.sources.o2g.source import O2GSource
from desktop.sources.websocket import WebSocketSource


def session(admin: bool) -> O2GSource:
    source = O2GSource("http://127.0.0.1:1", "oxe70021", "pw", ["*"])
    source._client.info = SessionInfo(admin=admin, login="oxe70021", timeToLive=60, publicBaseUrl="http://127.0.0.1:1/api")
    source._client.services = {"routing": "http://127.0.0.1:1/api/routing"}  # the session offers routing
    return source


def test_a_user_session_sets_its_own_routing_only():
    source = session(admin=False)
    assert source.routing_refused("oxe70021") == ""
    assert "administrator" in source.routing_refused("oxe70022")


def test_an_administrator_sets_anyones_and_websocket_any_login():
    assert session(admin=True).routing_refused("oxe70022") == ""
    assert WebSocketSource("ws://127.0.0.1:1").routing_refused("oxe70022") == ""


def test_without_the_routing_service_nobody_sets_routing():
    source = session(admin=True)
    source._client.services = {}
    assert "routing service" in source.routing_refused("oxe70021")
