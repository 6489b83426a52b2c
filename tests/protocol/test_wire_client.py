"""What the client reads of docs/protocol.md (a hello's users, replies) by hand, as strictly as
the pydantic models it replaced did; and the server's request models reached through wire."""

from __future__ import annotations

import pytest

from desktop.protocol import wire, wire_requests


def test_a_hello_user_keeps_the_fields_of_the_right_type_and_counts_the_others():
    good = {"login": "a", "number": "1", "firstName": "F", "lastName": "L", "displayName": "D",
            "devices": ["1", "2"], "department": "Sales"}
    users = [
        dict(reversed(good.items())),  # kept in USER_FIELDS' order whatever the server's
        {"login": "b", "number": 71002, "firstName": {"x": 1}, "devices": "1", "department": True},  # 4 dropped
        {"login": "c", "devices": ["1", 2, None], "lastName": None},  # devices dropped once; null: absent
        {"login": "d", "displayName": None, "secret": "x", "number": "3"},  # unknown: left out, not counted
        {"login": ""}, {"login": None}, {"number": "4"}, "e", None, ["f"],  # 6 users dropped
    ]
    message = wire.hello(users)
    kept, dropped = wire.read_directory(message)
    assert kept == [good, {"login": "b"}, {"login": "c"}, {"login": "d", "number": "3"}]
    assert list(kept[0]) == list(wire.USER_FIELDS)
    assert dropped == 4 + 1 + 6
    assert message["users"] == []  # consumed as read


def test_a_hello_without_a_list_of_users_has_no_directory():
    assert wire.read_directory({"type": "hello", "users": {"login": "a"}}) == (None, 0)
    assert wire.read_directory(wire.hello([])) == ([], 0)


def test_a_reply_is_read_into_its_fields():
    reply = wire.parse_reply({"type": "reply", "requestId": "r", "ok": True, "result": {"x": 1}, "extra": [1]})
    assert (reply.request_id, reply.ok, reply.result, reply.error, reply.unsolicited) == ("r", True, {"x": 1}, None, False)
    refusal = wire.parse_reply(wire.error_reply(None, "UNAUTHORIZED", "bad token"))
    assert refusal.unsolicited and refusal.error == wire.ReplyError("UNAUTHORIZED", "bad token")
    vague = wire.parse_reply({"type": "reply", "requestId": 2, "ok": False, "error": {"other": 1}, "result": None})
    assert vague.error == wire.ReplyError() == ("ERROR", "refused") and vague.result is None
    with pytest.raises(wire.Refused) as refused:
        wire.read_reply(vague)
    assert (refused.value.code, refused.value.message, refused.value.request_id) == ("ERROR", "refused", 2)
    assert wire.read_reply(wire.parse_reply({"requestId": 10**30, "ok": True})) == {}


@pytest.mark.parametrize("message,fields", [
    ({"type": "reply", "requestId": 1}, "ok"),
    ({"requestId": True, "ok": True}, "requestId"),
    ({"requestId": 1.0, "ok": 1, "result": [], "error": "no"}, "requestId, ok, result, error"),
    ({"requestId": [1], "ok": False, "error": {"code": 1}}, "requestId, error"),
    ({"ok": False, "error": {"code": "X", "message": None}}, "error"),
    ({"ok": None}, "ok"),
    (["reply"], "?"),
])
def test_a_malformed_reply_says_which_fields_are_bad(message, fields):
    with pytest.raises(ValueError) as bad:
        wire.parse_reply(message)
    assert str(bad.value) == f"malformed reply (bad field(s): {fields})"


def test_the_server_side_is_reached_through_wire_and_loaded_apart():
    assert wire.read_request is wire_requests.read_request
    assert wire.Subscribe is wire_requests.Subscribe and wire.Command is wire_requests.Command
    assert wire.SimulateLink is wire_requests.SimulateLink
    request = wire.read_request('{"type": "simulateLink", "requestId": 3, "state": "down"}')
    assert (request.request_id, request.link, request.state) == (3, "pbx", "down")
    with pytest.raises(AttributeError):
        wire.no_such_name  # noqa: B018 (the lazy re-export answers for its four names only)
