"""docs/protocol.md's messages as the builders write them and the readers take them."""

from __future__ import annotations

import json

import pytest

from desktop.protocol import wire
from desktop.protocol.wire import BAD_REQUEST, Refused


def test_builders_write_the_documented_shapes():
    assert wire.hello([{"login": "oxe70020"}]) == {"type": "hello", "protocol": 1, "users": [{"login": "oxe70020"}]}
    assert wire.reply(7, {"callRef": "X"}) == {"type": "reply", "requestId": 7, "ok": True, "result": {"callRef": "X"}}
    assert wire.error_reply(None, "NOT_CAPABLE", "no") == {
        "type": "reply", "requestId": None, "ok": False, "error": {"code": "NOT_CAPABLE", "message": "no"}}
    assert wire.subscribe(1, ("a", "b")) == {"type": "subscribe", "requestId": 1, "logins": ["a", "b"]}
    assert wire.command(2, "oxe70020", "makeCall", args={"callee": "70021"}) == {
        "type": "command", "requestId": 2, "login": "oxe70020", "action": "makeCall", "args": {"callee": "70021"}}
    assert wire.command(3, "u", "hold", call_ref="R", device_id="D") == {
        "type": "command", "requestId": 3, "login": "u", "action": "hold", "callRef": "R", "deviceId": "D"}


def test_what_a_client_builds_the_server_reads():
    request = wire.read_request(json.dumps(wire.command(5, "u", "drop", call_ref="R", args={"x": 1})))
    assert isinstance(request, wire.Command)
    assert (request.request_id, request.login, request.action, request.call_ref, request.device_id, request.args) == (
        5, "u", "drop", "R", None, {"x": 1})
    everyone = wire.read_request(json.dumps(wire.subscribe("s", ["*"])))
    assert isinstance(everyone, wire.Subscribe) and everyone.everyone and everyone.request_id == "s"
    assert not wire.read_request(json.dumps(wire.subscribe(1, ["a"]))).everyone
    # null stands for absent (docs/protocol.md's example sends callRef and deviceId as null)
    nulls = {"type": "command", "requestId": 1, "login": "u", "action": "a", "callRef": None, "deviceId": None, "args": None}
    assert wire.read_request(json.dumps(nulls)).args is None


@pytest.mark.parametrize("frame,request_id,words", [
    (b"{}", None, "binary"),
    ("{not json", None, "not JSON"),
    ("[1, 2]", None, "JSON object"),
    (json.dumps({"type": "subscribe", "requestId": 1, "logins": ["a"], "pad": "x" * (1 << 20)}), None, "1 MiB"),
    (json.dumps({"type": "subscribe", "logins": ["a"]}), None, "requestId"),
    (json.dumps({"type": "subscribe", "requestId": True, "logins": ["a"]}), True, "requestId"),
    (json.dumps({"type": "dance", "requestId": 4}), 4, "'dance'"),
    (json.dumps({"type": "subscribe", "requestId": 4, "logins": []}), 4, "non-empty list"),
    (json.dumps({"type": "subscribe", "requestId": 4, "logins": [1]}), 4, "non-empty list"),
    (json.dumps({"type": "command", "requestId": 4, "action": "drop"}), 4, "field(s): login"),
    (json.dumps({"type": "command", "requestId": 4, "login": 1, "action": "a", "callRef": 2, "args": []}), 4,
     "field(s): login, callRef, args"),
])
def test_a_bad_request_is_refused_with_what_could_be_read_of_it(frame, request_id, words):
    with pytest.raises(Refused) as refused:
        wire.read_request(frame)
    assert refused.value.code == BAD_REQUEST and refused.value.request_id == request_id
    assert words in refused.value.message


def test_the_client_reads_replies_and_hello():
    assert wire.read_reply(wire.reply(1, {"callRef": "X"})) == {"callRef": "X"}
    assert wire.read_reply({"type": "reply", "requestId": 1, "ok": True}) == {}
    with pytest.raises(Refused) as refused:
        wire.read_reply(wire.error_reply(1, "UNKNOWN_CALL", "no such call"))
    assert (refused.value.code, refused.value.message, refused.value.request_id) == ("UNKNOWN_CALL", "no such call", 1)
    with pytest.raises(Refused) as vague:
        wire.read_reply({"type": "reply", "requestId": 1, "ok": False, "error": "oops"})
    assert vague.value.code == "ERROR"
    hello = wire.hello([{"login": "a"}, {"number": "1"}, "x", {"login": 2}])
    assert wire.read_hello(hello) == [{"login": "a"}]
    assert wire.read_hello({"type": "hello"}) is None
    assert wire.is_control(hello) and not wire.is_control({"type": "x", "name": "RTSM_CALL_CREATED"})
    assert not wire.is_control([hello])


def test_a_hello_carries_a_department_where_there_is_one():
    hello = wire.hello([{"login": "a", "department": "Sales"}, {"login": "b", "department": ["x"]}, {"login": "c"}])
    assert wire.read_directory(hello) == ([{"login": "a", "department": "Sales"}, {"login": "b"}, {"login": "c"}], 1)
