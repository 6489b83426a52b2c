"""The eight recorded OXE flows, checked at the points where something happens."""

import pytest

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING
from tests.model.helpers import model_after, participants

FLOWS = range(1, 9)


@pytest.mark.parametrize("flow", FLOWS)
def test_every_call_is_gone_at_the_end(flow):
    model = model_after(flow)
    assert model.users, "the flow names users"
    for user in model.users.values():
        assert user.calls == {}, user.login


def test_flow1_basic_call():
    m = model_after(1, 5)  # oxe70021 is told of the incoming call
    caller, callee = m.users["oxe70020"], m.users["oxe70021"]
    call = callee.calls["e155fe5632030100"]
    assert call.direction == "incoming"
    assert call.legs["70021"].capabilities == {"answer"}
    assert call.capabilities == {"redirect", "pickedUp", "redirectToVoiceMail"}
    assert set(call.participants) == {"70020"}
    assert callee.line_state == RINGING
    assert caller.line_state == DIALING
    assert caller.calls["e155fe5632030100"].legs["70020"].ringing_remote is True
    assert caller.calls["e155fe5632030100"].direction == "outgoing"

    m = model_after(1, 8)  # both ACTIVE
    assert m.users["oxe70020"].line_state == TALKING
    assert m.users["oxe70021"].line_state == TALKING
    assert m.users["oxe70020"].device_capabilities["70020"] >= {"makeCall"}
    assert m.users["oxe70021"].presence == "BUSY"

    m = model_after(1)
    assert m.users["oxe70020"].presence == "FREE"
    assert m.users["oxe70021"].line_state == IDLE


def test_flow2_call_waiting_then_recall():
    m = model_after(2, 18)  # oxe70021 answered the waiting call; the first one is held
    calls = m.users["oxe70021"].calls
    assert set(calls) == {"e4a82857df000100", "eea82857e0000100"}
    assert calls["e4a82857df000100"].legs["70021"].state == "HELD"
    assert calls["eea82857e0000100"].legs["70021"].state == "ACTIVE"
    assert m.users["oxe70021"].line_state == TALKING
    assert m.users["oxe70020"].line_state == HELD
    # the camp-on caller was refused with BUSY first, then rang
    assert m.users["oxe70022"].calls["eea82857e0000100"].last_cause == "BUSY"

    m = model_after(2, 22)  # the waiting call ended: the held one is recalled
    held = m.users["oxe70021"].calls
    assert set(held) == {"e4a82857df000100"}
    assert held["e4a82857df000100"].last_cause == "RECALL"
    assert held["e4a82857df000100"].legs["70021"].capabilities == {"retrieve"}


def test_flow3_consultation_then_retrieve():
    m = model_after(3, 10)  # oxe70022 holds the first call and dials a consultation
    calls = m.users["oxe70022"].calls
    assert set(calls) == {"cce729570a010100", "d4e729570b010100"}
    assert calls["cce729570a010100"].legs["70022"].capabilities == {"reconnect"}
    assert m.users["oxe70022"].line_state == DIALING

    m = model_after(3, 17)  # consultation answered: transfer and merge offered
    assert m.users["oxe70022"].calls["d4e729570b010100"].capabilities >= {"transfer", "merge"}

    m = model_after(3, 23)  # consultation over; the held call recalls
    (call,) = m.users["oxe70022"].calls.values()
    assert call.call_ref == "cce729570a010100" and call.last_cause == "RECALL"
    assert m.users["oxe70022"].line_state == HELD


def test_flow4_merge_into_conference_and_a_party_leaves():
    m = model_after(4, 17)  # before the merge: oxe70022 has the held call and the consultation
    assert set(m.users["oxe70022"].calls) == {"f0fe295717010100", "f8fe295718010100"}
    assert set(m.users["oxe70021"].calls) == {"f8fe295718010100"}

    m = model_after(4, 20)  # merged
    calls22 = m.users["oxe70022"].calls
    assert set(calls22) == {"f0fe295717010100"}  # the consultation is gone, no CALL_REMOVED came
    conf = calls22["f0fe295717010100"]
    assert participants(m, "oxe70022", "f0fe295717010100") == {"70020", "70021"}
    assert conf.conference is True and conf.last_cause == "CONFERENCED"
    assert m.users["oxe70022"].line_state == CONFERENCE
    # oxe70021's consultation call was renamed to the conference's ref
    assert set(m.users["oxe70021"].calls) == {"f0fe295717010100"}
    assert participants(m, "oxe70021", "f0fe295717010100") == {"70020", "70022"}
    assert participants(m, "oxe70020", "f0fe295717010100") == {"70021", "70022"}

    m = model_after(4, 24)  # oxe70021 left
    assert m.users["oxe70021"].calls == {}
    conf = m.users["oxe70022"].calls["f0fe295717010100"]
    assert set(conf.participants) == {"70020"} and conf.conference is False
    assert conf.last_cause == "PARTICIPANT_LEFT"
    assert m.users["oxe70022"].line_state == TALKING


def test_flow5_hold_and_retrieve():
    m = model_after(5, 9)
    assert m.users["oxe70022"].line_state == HELD
    m = model_after(5, 10)
    assert m.users["oxe70022"].calls["32002a5722010100"].legs["70022"].capabilities == {"retrieve"}
    m = model_after(5, 12)
    assert m.users["oxe70022"].line_state == TALKING
    assert m.users["oxe70020"].line_state == HELD  # its own leg is told a moment later
    m = model_after(5, 13)
    assert m.users["oxe70020"].line_state == TALKING


def test_flow6_redirected_to_another_user():
    m = model_after(6, 3)
    assert participants(m, "oxe70020", "94ac2857fa000100") == {"70022"}
    m = model_after(6, 4)
    call = m.users["oxe70020"].calls["94ac2857fa000100"]
    assert set(call.participants) == {"70021"}
    assert call.participants["70021"].party.login == "oxe70021"
    assert call.last_cause == "REDIRECTED"
    assert call.initial_called.login == "oxe70022"
    m = model_after(6, 5)
    assert m.users["oxe70021"].calls["94ac2857fa000100"].last_cause == "REDIRECTED"


def test_flow7_voicemail_service():
    m = model_after(7, 3)
    (voicemail,) = m.users["oxe70020"].calls["80012a572d010100"].participants.values()
    assert voicemail.party.type == "SERVICE_VOICEMAIL" and voicemail.party.phone_number == "887"
    m = model_after(7, 4)
    assert "sendDtmf" in m.users["oxe70020"].calls["80012a572d010100"].legs["70020"].capabilities


def test_flow8_caller_abandons_while_callee_rings():
    m = model_after(8, 4)
    assert m.users["oxe70022"].line_state == RINGING
    m = model_after(8, 8)  # caller hung up: the callee's ringing call is gone
    assert m.users["oxe70022"].calls == {}
    assert m.users["oxe70022"].presence is None  # it never got a state: it was only ringing
    m = model_after(8, 10)  # RTSM_PARTICIPANT_REMOVED
    call = m.users["oxe70020"].calls["a4032a5739010100"]
    assert call.participants == {} and call.last_cause == "CLEARED"
