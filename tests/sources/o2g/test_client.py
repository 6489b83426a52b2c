"""The O2G client's URL choices: the API root it adds, the gateway's URLs it picks."""

from __future__ import annotations

import pytest

from desktop.sources.o2g.client import api_root, pick


def test_api_root_and_url_choice():
    assert api_root("https://gw.example") == "https://gw.example/api/rest"
    assert api_root("https://gw.example:8443/api/rest/") == "https://gw.example:8443/api/rest"
    with pytest.raises(ValueError):
        api_root("gw.example")
    root = "https://gw.example/api/rest"
    # the private URL when it is where we reached the gateway, else the public one
    assert pick("https://pub.example/x", "https://gw.example/x", root) == "https://gw.example/x"
    assert pick("https://pub.example/x", "https://lan.local/x", root) == "https://pub.example/x"
    # never from https down to http: the password and the cookie stay inside TLS
    assert pick("http://gw.example/x", "", root) == "https://gw.example/x"
    assert pick("http://127.0.0.1:9/x", "", "http://127.0.0.1:9/api/rest") == "http://127.0.0.1:9/x"
    # except the event channel, taken as given (some gateways serve it on a plain-http port)
    assert pick("http://gw.example:8014/OTEvents", "", root, upgrade=False) == "http://gw.example:8014/OTEvents"


def test_service_urls_come_from_the_sessions_services_list():
    from desktop.protocol.o2g import rest, routes
    from desktop.sources.o2g.client import O2GClient, ServiceAbsent

    client = O2GClient("https://gw.example")
    client.base = "https://gw.example/api/rest/1.0"
    info = rest.SessionInfo(timeToLive=60, publicBaseUrl=client.base, services=[
        rest.Service(serviceName="Telephony", relativeUrl="/telephony/basicCall"),  # any /telephony...: the one service
        rest.Service(serviceName="telephony", relativeUrl="/telephony/calls"),
        rest.Service(serviceName="USERS", relativeUrl="/users"),
        rest.Service(serviceName="Routing", relativeUrl="/elsewhere/routing"),
    ])
    client.services = client._services_of(info)
    assert client.route_url(routes.PICKUP, "/telephony/devices/1/pickup") == f"{client.base}/telephony/devices/1/pickup"
    assert client.route_url(routes.FORWARD, "/routing/forwardroute") == f"{client.base}/elsewhere/routing/forwardroute"
    assert client.route_url(routes.LOGINS, "/logins") == f"{client.base}/logins"  # the Users URL, /users made /logins
    with pytest.raises(ServiceAbsent):
        client.route_url(routes.EVENT_SUMMARY, "/eventsummary")
    # a gateway that lists nothing is taken to offer everything at the usual places
    client.services = client._services_of(rest.SessionInfo(timeToLive=60, publicBaseUrl=client.base))
    assert client.route_url(routes.EVENT_SUMMARY, "/eventsummary") == f"{client.base}/eventsummary"


def test_users_events_are_told_apart_cheaply_and_read():
    import orjson

    from desktop.sources.o2g import directory

    created = orjson.dumps({"eventName": "OnUserCreated", "user": {"loginName": "u9", "companyPhone": "79", "lastName": "New"}})
    assert directory.concerns(created)
    assert directory.change(created) == ("OnUserCreated", "u9", {"login": "u9", "number": "79", "lastName": "New"})
    assert directory.change(b'{"eventName":"OnUserDeleted","loginName":"u9"}') == ("OnUserDeleted", "u9", None)
    assert not directory.concerns(b'{"eventName":"OnUserStateModified","loginName":"u9","state":"FREE"}')
    assert directory.change(b'{"eventName":"OnUserInfoChanged","user":{}}') is None  # whose? skipped
    assert directory.change(b"not json") is None
