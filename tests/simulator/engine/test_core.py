"""The engine's front door: refusals carry a code and change nothing; the ringing timer;
the snapshot a new subscriber gets."""

from __future__ import annotations

import pytest

from desktop.protocol.wire import Refused

from .harness import A, B, C, Harness, talking


def test_no_answer_releases_or_forwards_to_voicemail() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70021")
    h.feed(h.engine.no_answer(r))
    assert h.engine.is_idle()
    assert any(e.get("cause") == "NOT_ANSWERED" for e in h.events if e["id"] == A)
    assert h.last(B, "RTSM_MESSAGE_COUNTERS")["missedCallsNb"] == 1
    r = h(A, "makeCall", callee="70022")
    h.feed(h.engine.no_answer(r))
    assert h.view.calls[A][r]["participants"] == {"887"}
    h(A, "drop", r)
    assert h.last(C, "RTSM_MESSAGE_COUNTERS")["voiceMessagesNb"] == 1


@pytest.mark.parametrize(
    ("login", "action", "ref", "args", "code"),
    [
        ("nobody", "makeCall", None, {"callee": "70021"}, "UNKNOWN_USER"),
        (A, "fly", None, {}, "BAD_REQUEST"),
        (C, "makeCall", None, {}, "BAD_REQUEST"),
        (C, "makeCall", None, {"callee": "99999"}, "BAD_REQUEST"),
        (C, "makeCall", None, {"callee": "70022"}, "BAD_REQUEST"),  # itself
        (C, "makeCall", None, {"callee": "70020"}, None),  # the same command is fine otherwise
        (A, "answer", None, {}, "BAD_REQUEST"),
        (A, "drop", "no-such-call", {}, "UNKNOWN_CALL"),
        (C, "drop", "CALL", {}, "UNKNOWN_CALL"),  # a call that is not C's
        (A, "answer", "CALL", {}, "NOT_CAPABLE"),  # the caller cannot answer
        (B, "drop", "CALL", {}, "NOT_CAPABLE"),  # a ringing callee answers or redirects
        (A, "makeCall", None, {"callee": "70022"}, "NOT_CAPABLE"),  # still ringing: no makeCall
        (B, "redirect", "CALL", {"redirectTo": "70020"}, "BAD_REQUEST"),  # back to the caller
    ],
)
def test_refusals_carry_a_code_and_change_nothing(login, action, ref, args, code) -> None:
    h = Harness()
    call = h(A, "makeCall", callee="70021")
    before = {user: h.engine.snapshot(user) for user in (A, B, C)}
    if code is None:
        h(login, action, call if ref == "CALL" else ref, **args)
        return
    with pytest.raises(Refused) as refused:
        h(login, action, call if ref == "CALL" else ref, **args)
    assert refused.value.code == code
    assert {user: h.engine.snapshot(user) for user in (A, B, C)} == before


def test_snapshot_of_an_ongoing_call_is_numbered_from_one() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    snap = h.engine.snapshot(A)
    assert [e["eventId"] for e in snap] == [1, 2, 3, 4]
    assert [e["name"] for e in snap] == [
        "RTSM_USER_STATE_MODIFIED",
        "RTSM_MESSAGE_COUNTERS",
        "RTSM_ROUTING_STATE_MODIFIED",
        "RTSM_CALL_CREATED",
    ]
    assert snap[2]["routingState"] == {"forwardRoutes": [], "overflowRoutes": [], "dndState": {"activate": False}}
    created = snap[3]
    assert created["callRef"] == r and created["totalCallNbr"] == 1
    assert created["participants"][0]["identity"]["id"]["login"] == B
    assert created["devicesCapabilities"][0]["capaString"].startswith("makeCall")
