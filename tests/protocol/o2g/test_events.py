"""O2G's event readers: capability sets are shared between the events that repeat them."""

import orjson
import pytest

from desktop.protocol.parse import ParseError, parse_line


def _state(login: str, caps: dict) -> bytes:
    return orjson.dumps({"eventName": "OnTelephonyState", "loginName": login, "state": {
        "calls": [{"callRef": f"c-{login}", "callData": {"state": "RINGING_INCOMING", "capabilities": {"answer": True, "drop": True}},
                   "legs": [{"deviceId": login[3:], "state": "RINGING_INCOMING", "capabilities": {"answer": True, "hold": False}}]}],
        "deviceCapabilities": [{"deviceId": login[3:], **caps}], "userState": "FREE"}})


def test_equal_capability_sets_are_one_object():
    caps = {"makeCall": True, "makeBusinessCall": True, "unParkCall": False}
    a, b = parse_line(_state("oxe70020", caps)), parse_line(_state("oxe70021", dict(reversed(caps.items()))))
    assert a.device_capabilities["70020"] == {"makeCall", "makeBusinessCall"}  # false ones are not capabilities
    assert a.device_capabilities["70020"] == b.device_capabilities["70021"]  # (in another order: equal)
    again = parse_line(_state("oxe70022", caps))
    assert again.device_capabilities["70022"] is a.device_capabilities["70020"]
    assert a.calls[0].call_data.capabilities is again.calls[0].call_data.capabilities
    assert a.calls[0].legs[0].capabilities == {"answer"}
    assert a.calls[0].legs[0].capabilities is again.calls[0].legs[0].capabilities


def test_capabilities_that_are_not_an_object_are_refused():
    line = orjson.dumps({"eventName": "OnCallCreated", "loginName": "oxe70020", "callRef": "c1",
                         "callData": {"state": "ACTIVE", "capabilities": ["drop"]}})
    with pytest.raises(ParseError, match="capabilities"):
        parse_line(line)
