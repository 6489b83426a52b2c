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
