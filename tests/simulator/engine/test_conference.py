"""Conferences: intrusion, a host dropping a participant, terminate."""

from __future__ import annotations

import pytest

from desktop.protocol.wire import Refused

from .harness import A, B, C, Harness, talking


def test_intrusion_makes_a_conference_and_leaving_restores_the_call() -> None:
    h = Harness()
    r1 = talking(h, A, "70021", B)
    r2 = h(C, "makeCall", callee="70021")
    assert "intrusion" in h.caps(C, r2)[0]
    assert h(C, "intrusion", r2) == r1
    for login in (A, B, C):
        assert h.view.calls[login][r1]["callData"]["capaString"].startswith("dropMe")
    assert h.view.calls[C][r1]["participants"] == {"70020", "70021"}
    h(C, "dropMe", r1)
    assert h.last(A)["cause"] == "PARTICIPANT_LEFT"
    assert h.view.calls[A][r1]["callData"]["capaString"] == "blindTransfer, terminate, startRecord"
    h(A, "drop", r1)
    assert h.engine.is_idle()


def test_conference_host_drops_a_participant_then_terminates() -> None:
    h = Harness(generated=1)
    d = "oxe71000"
    r1 = talking(h, A, "70022", C)
    r2 = h(C, "makeCall", callee="70021")
    h(B, "answer", r2)
    h(C, "merge", r2)
    r3 = h(d, "makeCall", callee="70020")  # A is in the conference: busy
    h(d, "drop", r3)
    with pytest.raises(Refused) as refused:
        h(A, "dropParticipant", r1, participantId="70021")
    assert refused.value.code == "NOT_CAPABLE"
    h(C, "dropParticipant", r1, participantId="70021")
    assert h.engine.calls_of(B) == [] and h.view.state[B] == "FREE"
    h(C, "terminate", r1)
    assert h.engine.is_idle()
