"""Forward, overflow, do-not-disturb and link loss on the simulated OXE, event for event.

Every scenario goes through the Harness, so after each command what a subscriber learnt from
the events (routing state included) also equals the engine's snapshot."""

from __future__ import annotations

import pytest

from desktop.protocol.routing import Route, Routing
from desktop.protocol.wire import Refused

from .harness import A, B, C, Harness, talking

NOTHING = {"forwardRoutes": [], "overflowRoutes": [], "dndState": {"activate": False}}


def brief(event: dict) -> tuple:
    """(who, what, cause, +added, -removed, call state): enough to tell the flows apart."""
    out: list = [event.get("id"), event["name"].removeprefix("RTSM_")]
    if "cause" in event:
        out.append(event["cause"])
    if "addedParticipants" in event:
        out.append("+" + ",".join(p["participantId"] for p in event["addedParticipants"]))
    if "removedParticipantIds" in event:
        out.append("-" + ",".join(event["removedParticipantIds"]))
    if "callData" in event:
        out.append(event["callData"]["state"])
    return tuple(out)


def dials(caller: str, number: str) -> list[tuple]:
    """What the caller sees first of every call: its call created, BUSY, the dialled number added."""
    return [
        (caller, "CALL_CREATED", "DIALING"),
        (caller, "USER_STATE_MODIFIED"),
        (caller, "CALL_MODIFIED", "+" + number, "RINGING_OUTGOING"),
    ]


def since(h: Harness, mark: int) -> list[tuple]:
    return [brief(e) for e in h.events[mark:]]


def test_setting_a_forward_tells_the_user_its_whole_routing_state_in_o2g_shape() -> None:
    h = Harness()
    h(B, "forward", condition="BUSY", destination="70022")
    event = h.events[-1]
    assert event["name"] == "RTSM_ROUTING_STATE_MODIFIED" and event["id"] == B and event["eventId"] == 1
    assert event["routingState"] == {
        "forwardRoutes": [{"forwardType": "BUSY", "destinations": [{"type": "NUMBER", "number": "70022"}]}],
        "overflowRoutes": [],
        "dndState": {"activate": False},
    }
    h(C, "overflow", condition="NO_ANSWER", destination="VOICEMAIL")
    h(C, "activateDnd")
    assert h.events[-1]["routingState"] == {
        "forwardRoutes": [],
        "overflowRoutes": [{"overflowType": "NO_ANSWER", "destinations": [{"type": "VOICEMAIL", "selected": True}]}],
        "dndState": {"activate": True},
    }
    assert h.engine.routing_of(C) == Routing(None, Route("NO_ANSWER", "VOICEMAIL"), True)
    mark = len(h.events)
    h(C, "activateDnd")  # no change, no event
    assert h.events[mark:] == []
    h(C, "deactivateDnd")
    h(C, "cancelOverflow")
    h(B, "cancelForward")
    assert h.events[-1]["routingState"] == NOTHING
    assert h.engine.routing_state(C) == NOTHING


@pytest.mark.parametrize(
    ("login", "action", "args", "code"),
    [
        (B, "forward", {"condition": "SOMETIMES", "destination": "70022"}, "BAD_REQUEST"),
        (B, "forward", {"condition": "IMMEDIATE"}, "BAD_REQUEST"),
        (B, "forward", {"condition": "IMMEDIATE", "destination": "70021"}, "BAD_REQUEST"),  # itself
        (B, "forward", {"condition": "IMMEDIATE", "destination": "99999"}, "BAD_REQUEST"),
        (B, "forward", {"condition": "IMMEDIATE", "destination": "VOICEMAIL"}, "NOT_CAPABLE"),  # no voicemail
        (C, "overflow", {"condition": "IMMEDIATE", "destination": "VOICEMAIL"}, "BAD_REQUEST"),  # O2G has none
        ("nobody", "activateDnd", {}, "UNKNOWN_USER"),
    ],
)
def test_routing_refusals_carry_the_protocols_codes_and_change_nothing(login, action, args, code) -> None:
    h = Harness()
    with pytest.raises(Refused) as refused:
        h(login, action, **args)
    assert refused.value.code == code
    assert h.events == [] and h.engine.routing_state(B) == NOTHING and h.engine.routing_state(C) == NOTHING


def test_a_routing_action_takes_no_call_ref() -> None:
    h = Harness()
    with pytest.raises(Refused) as refused:
        h.engine.command(C, "activateDnd", "0000000000010100")
    assert refused.value.code == "BAD_REQUEST"


def test_voicemails_own_number_means_voicemail() -> None:
    h = Harness()
    h(C, "forward", condition="IMMEDIATE", destination="887")
    assert h.engine.routing_of(C).forward == Route("IMMEDIATE", "VOICEMAIL")


def test_immediate_forward_rings_the_destination_as_flow_6_shows() -> None:
    h = Harness()
    h(C, "forward", condition="IMMEDIATE", destination="70021")
    mark = len(h.events)
    r = h(A, "makeCall", callee="70022")
    assert since(h, mark) == [
        *dials(A, "70022"),
        (A, "CALL_MODIFIED", "REDIRECTED", "+70021", "-70022", "RINGING_OUTGOING"),
        (B, "CALL_CREATED", "REDIRECTED", "RINGING_INCOMING"),
    ]
    assert h.events[-1]["callData"]["initialCalled"] == "70022"
    h(B, "answer", r)
    assert h.engine.leg_of(B, r)[1] == "ACTIVE"


def test_immediate_forward_to_voicemail_sends_the_caller_there() -> None:
    h = Harness()
    h(C, "forward", condition="IMMEDIATE", destination="VOICEMAIL")
    mark = len(h.events)
    r = h(A, "makeCall", callee="70022")
    assert since(h, mark) == [
        *dials(A, "70022"),
        (A, "CALL_MODIFIED", "FORWARDED", "+887", "-70022", "RINGING_OUTGOING"),
        (A, "CALL_MODIFIED", "ACTIVE"),
    ]
    h(A, "drop", r)
    assert h.last(C, "RTSM_MESSAGE_COUNTERS")["voiceMessagesNb"] == 1  # the message is C's


def test_busy_forward_acts_only_when_busy() -> None:
    h = Harness()
    h(C, "forward", condition="BUSY", destination="70021")
    r = h(A, "makeCall", callee="70022")  # C is free: C rings
    assert h.engine.leg_of(C, r)[1] == "RINGING_INCOMING" and h.engine.leg_of(B, r) is None
    h(C, "answer", r)
    mark = len(h.events)
    r2 = h(B, "makeCall", callee="70022")  # forward to the caller itself: cut, B hears C busy
    assert since(h, mark)[-1] == (B, "CALL_MODIFIED", "BUSY", "RELEASING")
    h(B, "drop", r2)
    h(C, "forward", condition="BUSY_NO_ANSWER", destination="VOICEMAIL")
    mark = len(h.events)
    h(B, "makeCall", callee="70022")
    assert since(h, mark) == [
        *dials(B, "70022"),
        (B, "CALL_MODIFIED", "FORWARDED", "+887", "-70022", "RINGING_OUTGOING"),
        (B, "CALL_MODIFIED", "ACTIVE"),
    ]


def test_busy_forward_to_a_user_rings_it_with_cause_forwarded() -> None:
    h = Harness(generated=1)
    D = "oxe71000"
    talking(h, A, "70022", C)
    h(C, "forward", condition="BUSY", destination="71000")
    mark = len(h.events)
    r = h(B, "makeCall", callee="70022")
    assert since(h, mark) == [
        *dials(B, "70022"),
        (B, "CALL_MODIFIED", "FORWARDED", "+71000", "-70022", "RINGING_OUTGOING"),
        (D, "CALL_CREATED", "FORWARDED", "RINGING_INCOMING"),
    ]
    assert h.engine.leg_of(D, r)[1] == "RINGING_INCOMING"


def test_no_answer_forward_moves_the_ringing_call_when_the_timer_expires() -> None:
    clock = {"now": 0}
    h = Harness()
    h.engine.clock = lambda: clock["now"]
    h(B, "forward", condition="NO_ANSWER", destination="70022")
    mark = len(h.events)
    r = h(A, "makeCall", callee="70021")
    clock["now"] = h.engine.no_answer_ms - 1
    assert h.engine.expire_ringing() == []  # not yet
    clock["now"] = h.engine.no_answer_ms
    h.feed(h.engine.expire_ringing())
    assert since(h, mark) == [
        *dials(A, "70021"),
        (A, "CALL_MODIFIED", "RINGING_OUTGOING"),
        (B, "CALL_CREATED", "RINGING_INCOMING"),
        (B, "CALL_REMOVED"),
        (A, "CALL_MODIFIED", "FORWARDED", "+70022", "-70021", "RINGING_OUTGOING"),
        (C, "CALL_CREATED", "FORWARDED", "RINGING_INCOMING"),
        (B, "MESSAGE_COUNTERS"),
    ]
    assert h.last(B, "RTSM_MESSAGE_COUNTERS")["missedCallsNb"] == 1
    # C rings from now on: a user without a no-answer route is never timed out.
    clock["now"] += 10 * h.engine.no_answer_ms
    assert h.engine.expire_ringing() == []
    h(C, "answer", r)


def test_no_answer_forward_back_to_the_first_user_is_a_loop_and_is_cut() -> None:
    h = Harness()
    h(B, "forward", condition="NO_ANSWER", destination="70022")
    h(C, "forward", condition="NO_ANSWER", destination="70021")
    r = h(A, "makeCall", callee="70021")
    h.feed(h.engine.no_answer(r))  # B -> C
    assert h.engine.leg_of(C, r)[1] == "RINGING_INCOMING"
    mark = len(h.events)
    h.feed(h.engine.no_answer(r))  # C -> B would loop: C's own voicemail takes it instead
    assert since(h, mark) == [
        (C, "CALL_REMOVED"),
        (A, "CALL_MODIFIED", "FORWARDED", "+887", "-70022", "RINGING_OUTGOING"),
        (A, "CALL_MODIFIED", "ACTIVE"),
        (C, "MESSAGE_COUNTERS"),
    ]


def test_dnd_gives_the_caller_busy() -> None:
    h = Harness()
    h(B, "activateDnd")
    mark = len(h.events)
    r = h(A, "makeCall", callee="70021")
    assert since(h, mark) == [
        *dials(A, "70021"),
        (A, "CALL_MODIFIED", "BUSY", "RELEASING"),
    ]
    assert h.engine.calls_of(B) == []
    assert h.engine.landing(B, A) == ("busy", B)
    h(A, "drop", r)


def test_dnd_with_a_forward_to_voicemail_sends_the_caller_to_voicemail() -> None:
    h = Harness()
    h(C, "activateDnd")
    h(C, "forward", condition="BUSY", destination="VOICEMAIL")
    assert h.engine.landing(C, A) == ("voicemail", C)
    mark = len(h.events)
    h(A, "makeCall", callee="70022")
    assert since(h, mark)[-2:] == [
        (A, "CALL_MODIFIED", "FORWARDED", "+887", "-70022", "RINGING_OUTGOING"),
        (A, "CALL_MODIFIED", "ACTIVE"),
    ]
    assert h.engine.calls_of(C) == []


def test_redirect_to_a_dnd_user_is_refused() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70022")
    h(B, "activateDnd")
    with pytest.raises(Refused) as refused:
        h(C, "redirect", r, redirectTo="70021")
    assert refused.value.code == "BAD_REQUEST" and "DND" in refused.value.message


def test_immediate_forward_loop_a_b_a_is_cut_at_the_last_user_reached() -> None:
    h = Harness()
    h(B, "forward", condition="IMMEDIATE", destination="70022")
    h(C, "forward", condition="IMMEDIATE", destination="70021")
    mark = len(h.events)
    r = h(A, "makeCall", callee="70021")
    assert since(h, mark) == [
        *dials(A, "70021"),
        (A, "CALL_MODIFIED", "REDIRECTED", "+70022", "-70021", "RINGING_OUTGOING"),
        (C, "CALL_CREATED", "REDIRECTED", "RINGING_INCOMING"),
    ]
    assert h.engine.leg_of(C, r)[1] == "RINGING_INCOMING" and h.engine.calls_of(B) == []


def test_a_forward_to_the_caller_is_ignored() -> None:
    h = Harness()
    h(B, "forward", condition="IMMEDIATE", destination="70020")
    r = h(A, "makeCall", callee="70021")
    assert h.engine.leg_of(B, r)[1] == "RINGING_INCOMING"


def test_a_chain_of_immediate_forwards_is_followed() -> None:
    h = Harness(generated=2)
    h(B, "forward", condition="IMMEDIATE", destination="71000")
    h("oxe71000", "forward", condition="IMMEDIATE", destination="71001")
    r = h(A, "makeCall", callee="70021")
    assert h.engine.leg_of("oxe71001", r)[1] == "RINGING_INCOMING"
    assert h.engine.calls_of("oxe71000") == [] and h.engine.calls_of(B) == []


def test_snapshot_carries_the_routing_state() -> None:
    h = Harness()
    h(C, "activateDnd")
    snap = h.engine.snapshot(C)
    routing = [e for e in snap if e["name"] == "RTSM_ROUTING_STATE_MODIFIED"]
    assert routing[0]["routingState"]["dndState"] == {"activate": True}
    assert [e["eventId"] for e in snap] == list(range(1, len(snap) + 1))


def test_set_routing_is_the_administrators_way_and_emits_the_event() -> None:
    h = Harness()
    h.feed(h.engine.set_routing(A, Routing(Route("IMMEDIATE", "70022"), None, True)))
    assert h.events[-1]["routingState"]["dndState"] == {"activate": True}
    assert h.engine.set_routing(A, h.engine.routing_of(A)) == []


# --- link loss and return ------------------------------------------------------------------


def test_link_loss_refuses_commands_withholds_events_and_return_announces_itself() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70022")
    down = h.engine.link_down()
    assert down == [
        {
            "name": "RTSM_LINK_STATE_MODIFIED",
            "link": "PBX",
            "state": "DOWN",
            "nodeId": "1",
            "time": 0,
            "family": "OXE",
            "originator": "RTSM.simulator",
        }
    ]
    assert h.engine.links() == {"pbx": "down", "cti": "up"} and not h.engine.link_is_up
    assert h.engine.link_down() == []  # already down
    for login, action, ref, args in [(C, "answer", r, {}), (B, "activateDnd", None, {}), (B, "makeCall", None, {"callee": "70020"})]:
        with pytest.raises(Refused) as refused:
            h.engine.command(login, action, ref, args=args)
        assert refused.value.code == "LINK_DOWN" and "PBX" in refused.value.message
    # The PBX goes on without the CTI side hearing: the ringing call goes to C's voicemail.
    assert h.engine.no_answer(r) == []
    assert h.engine.calls_of(C) == []
    up = h.engine.link_up()
    assert [(e["name"], e["link"], e["state"]) for e in up] == [("RTSM_LINK_STATE_MODIFIED", "PBX", "UP")]
    assert h.engine.link_is_up
    # What the snapshot says now is what happened meanwhile (the client resyncs from it).
    assert [e["name"] for e in h.engine.snapshot(C)] == [
        "RTSM_USER_STATE_MODIFIED",
        "RTSM_MESSAGE_COUNTERS",
        "RTSM_ROUTING_STATE_MODIFIED",
    ]
    assert h.engine.snapshot(C)[1]["missedCallsNb"] == 1
    h.engine.command(A, "drop", r)  # commands work again


def test_cti_link_and_link_snapshot() -> None:
    h = Harness()
    h.engine.link_down("cti")
    assert [(e["link"], e["state"]) for e in h.engine.link_snapshot()] == [("PBX", "UP"), ("CTI", "DOWN")]
    with pytest.raises(Refused) as refused:
        h.engine.command(A, "makeCall", args={"callee": "70021"})
    assert refused.value.code == "LINK_DOWN" and "CTI" in refused.value.message
    with pytest.raises(Refused):
        h.engine.link_down("sip")


def test_a_redirect_follows_the_destinations_immediate_forward() -> None:
    h = Harness(generated=1)
    h(B, "forward", condition="IMMEDIATE", destination="71000")
    r = h(A, "makeCall", callee="70022")
    mark = len(h.events)
    h(C, "redirect", r, redirectTo="70021")
    assert since(h, mark) == [
        (C, "CALL_REMOVED"),
        (A, "CALL_MODIFIED", "REDIRECTED", "+71000", "-70022", "RINGING_OUTGOING"),
        ("oxe71000", "CALL_CREATED", "REDIRECTED", "RINGING_INCOMING"),
    ]
    assert h.engine.calls_of(B) == []


def test_a_blind_transfer_to_a_dnd_user_forwarding_elsewhere_when_busy_follows_it() -> None:
    h = Harness(generated=1)
    r = talking(h, A, "70022", C)
    h(B, "activateDnd")
    h(B, "forward", condition="BUSY", destination="71000")
    h(C, "blindTransfer", r, transferTo="70021")
    assert h.engine.leg_of("oxe71000", r)[1] == "RINGING_INCOMING" and h.engine.calls_of(B) == []


def test_a_caller_who_hears_dnd_busy_may_not_camp_on_nor_intrude() -> None:
    h = Harness()
    h(B, "activateDnd")
    r = h(A, "makeCall", callee="70021")
    call_caps, _ = h.caps(A, r)
    assert call_caps == {"terminate", "callBack"}
    with pytest.raises(Refused) as refused:
        h(A, "waitOnBusy", r)
    assert refused.value.code == "NOT_CAPABLE"
    # An ordinary busy line still offers both.
    h(A, "drop", r)
    h(B, "deactivateDnd")
    talking(h, C, "70021", B)
    r2 = h(A, "makeCall", callee="70021")
    assert {"waitOnBusy", "intrusion"} <= h.caps(A, r2)[0]


def test_dnd_switched_off_while_a_caller_hears_busy_offers_camp_on_again() -> None:
    h = Harness()
    talking(h, C, "70021", B)
    h(B, "activateDnd")
    r = h(A, "makeCall", callee="70021")
    assert "waitOnBusy" not in h.caps(A, r)[0]
    mark = len(h.events)
    h(B, "deactivateDnd")  # the harness checks A was told: its callData matches the snapshot
    assert "waitOnBusy" in h.last(A)["callData"]["capaString"] and len(h.events) == mark + 2
