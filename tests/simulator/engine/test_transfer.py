"""Transfers, blind transfers, redirections, voicemail and pick-up."""

from __future__ import annotations

import pytest

from desktop.protocol.wire import Refused

from .harness import A, B, C, Harness, talking


def test_transfer_joins_the_held_party_and_the_consulted_one() -> None:
    h = Harness()
    r1 = talking(h, A, "70022", C)
    r2 = h(C, "makeCall", callee="70021")
    h(B, "answer", r2)
    assert h(C, "transfer", r2, heldCallRef=r1) == r1
    assert h.engine.calls_of(C) == [] and h.view.state[C] == "FREE"
    to_b = h.last(B)
    assert (to_b["previousCallRef"], to_b["callRef"], to_b["cause"]) == (r2, r1, "TRANSFERRED")
    assert h.last(A)["cause"] == "TRANSFERRED" and h.last(A)["removedParticipantIds"] == ["70022"]
    assert h.view.calls[A][r1]["participants"] == {"70021"} == h.view.calls[A][r1]["participants"]
    assert h.view.calls[B][r1]["participants"] == {"70020"}
    assert h.caps(A, r1)[0] >= {"blindTransfer", "terminate"}
    h(B, "drop", r1)
    assert h.engine.is_idle()


def test_transfer_while_the_consulted_party_rings() -> None:
    h = Harness()
    r1 = talking(h, A, "70022", C)
    r2 = h(C, "makeCall", callee="70021")
    assert "transfer" in h.caps(C, r2)[0]
    h(C, "transfer", r2)
    assert h.view.calls[A][r1]["callData"]["state"] == "RINGING_OUTGOING"
    assert h.view.calls[B][r1]["leg"]["state"] == "RINGING_INCOMING"
    h(B, "answer", r1)
    assert h.view.calls[A][r1]["callData"]["state"] == "ACTIVE"
    assert h.view.state[B] == "BUSY"
    h(A, "terminate", r1)
    assert h.engine.is_idle()


def test_blind_transfer_rings_the_new_destination_for_the_remaining_party() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    h(B, "blindTransfer", r, transferTo="70022")
    assert h.engine.calls_of(B) == [] and h.view.state[B] == "FREE"
    created = h.last(C, "RTSM_CALL_CREATED")
    assert created["cause"] == "TRANSFERRED" and created["participants"][0]["participantId"] == "70020"
    assert h.last(A)["addedParticipants"][0]["participantId"] == "70022"
    h(C, "answer", r)
    h(C, "drop", r)
    assert h.engine.is_idle()


def test_blind_transfer_to_a_busy_user_is_refused_and_changes_nothing() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    h(C, "makeCall", callee="887")
    before = {login: h.engine.snapshot(login) for login in (A, B, C)}
    with pytest.raises(Refused) as refused:
        h(B, "blindTransfer", r, transferTo="70022")
    assert refused.value.code == "BAD_REQUEST"
    assert {login: h.engine.snapshot(login) for login in (A, B, C)} == before


def test_redirect_while_ringing() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70022")
    h(C, "redirect", r, redirectTo="70021")
    assert r not in h.view.calls[C]
    to_a = h.last(A)
    assert to_a["cause"] == "REDIRECTED" and to_a["removedParticipantIds"] == ["70022"]
    assert h.last(B, "RTSM_CALL_CREATED")["cause"] == "REDIRECTED"
    h(B, "answer", r)
    h(A, "drop", r)
    assert h.engine.is_idle()


def test_redirect_to_voicemail_leaves_a_message() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70022")
    h(C, "redirectToVoiceMail", r)
    assert h.view.calls[A][r]["participants"] == {"887"}
    assert h.view.calls[A][r]["leg"]["capaString"] == "drop, sendDtmf"
    h(A, "sendDtmf", r, digits="1#")
    h(A, "drop", r)
    assert h.last(C, "RTSM_MESSAGE_COUNTERS")["voiceMessagesNb"] == 1
    assert h.engine.is_idle()


def test_overflow_to_voicemail_is_offered_only_when_the_callee_has_one() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70021")
    assert "overflowToVoiceMail" not in h.caps(A, r)[0]
    h(A, "drop", r)
    r = h(A, "makeCall", callee="70022")
    h(A, "overflowToVoiceMail", r)
    assert h.last(A)["callData"]["state"] == "ACTIVE"
    assert h.last(C, "RTSM_MESSAGE_COUNTERS")["missedCallsNb"] == 1
    h(A, "drop", r)
    assert h.engine.is_idle()


def test_pick_up_by_another_user() -> None:
    h = Harness()
    r = h(A, "makeCall", callee="70022")
    h(B, "pickedUp", r)
    assert r not in h.view.calls[C]
    created = h.last(B, "RTSM_CALL_CREATED")
    assert created["cause"] == "PICKED_UP" and created["callData"]["state"] == "ACTIVE"
    assert h.last(A)["cause"] == "PICKED_UP" and h.view.calls[A][r]["participants"] == {"70021"}
    with pytest.raises(Refused) as refused:
        h(C, "pickedUp", r)  # nothing rings any more
    assert refused.value.code == "NOT_CAPABLE"
    h(B, "drop", r)
    assert h.engine.is_idle()
