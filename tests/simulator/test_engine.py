"""Beyond the seed: what the capabilities imply, checked for consistency rather than against a
recording. After every command, what a subscriber learnt from the events equals the engine's
own snapshot; refused commands change nothing."""

from __future__ import annotations

import random

import pytest

from desktop.simulator.engine import CommandError, Engine, seed_directory

from .reducer import ClientView

A, B, C = "oxe70020", "oxe70021", "oxe70022"  # B has no voicemail and no recording right


class Harness:
    def __init__(self, generated: int = 0) -> None:
        self.engine = Engine(seed_directory(generated))
        self.view = ClientView()
        self.events: list[dict] = []

    def __call__(self, login: str, action: str, ref: str | None = None, **args) -> str | None:
        result = self.engine.command(login, action, ref, args=args)
        self.feed(result.events)
        return result.result.get("callRef")

    def feed(self, events: list[dict]) -> None:
        self.events.extend(events)
        for event in events:
            self.view.apply(event)
        self.check()

    def check(self) -> None:
        for login in self.engine.directory.users:
            self.view.matches(self.engine, login)

    def last(self, login: str, name: str = "RTSM_CALL_MODIFIED") -> dict:
        return [e for e in self.events if e["id"] == login and e["name"] == name][-1]

    def caps(self, login: str, ref: str) -> tuple[set[str], set[str]]:
        call_caps, leg_caps = self.engine.call_offers(login, ref)
        return set(call_caps), set(leg_caps)


def talking(h: Harness, caller: str, callee_number: str, callee: str) -> str:
    ref = h(caller, "makeCall", callee=callee_number)
    h(callee, "answer", ref)
    return ref


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
    with pytest.raises(CommandError) as refused:
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
    with pytest.raises(CommandError) as refused:
        h(C, "pickedUp", r)  # nothing rings any more
    assert refused.value.code == "NOT_CAPABLE"
    h(B, "drop", r)
    assert h.engine.is_idle()


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
    with pytest.raises(CommandError) as refused:
        h(A, "dropParticipant", r1, participantId="70021")
    assert refused.value.code == "NOT_CAPABLE"
    h(C, "dropParticipant", r1, participantId="70021")
    assert h.engine.calls_of(B) == [] and h.view.state[B] == "FREE"
    h(C, "terminate", r1)
    assert h.engine.is_idle()


def test_recording_toggles_the_capability() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    assert "startRecord" not in h.caps(B, r)[0]  # 70021 has no recording right
    with pytest.raises(CommandError) as refused:
        h(B, "startRecord", r)
    assert refused.value.code == "NOT_CAPABLE"
    h(A, "startRecord", r)
    data = h.last(A)["callData"]
    assert data["recordState"] == "RECORDING" and "stopRecord" in data["capaString"]
    h(A, "stopRecord", r)
    data = h.last(A)["callData"]
    assert "recordState" not in data and "startRecord" in data["capaString"]
    h(A, "drop", r)


def test_reconnect_ends_the_consultation_and_retrieves() -> None:
    h = Harness()
    r1 = talking(h, A, "70022", C)
    r2 = h(C, "makeCall", callee="70021")
    h(B, "answer", r2)
    h(C, "reconnect", r1)
    assert h.engine.calls_of(C) == [r1] and h.engine.calls_of(B) == []
    assert h.view.calls[A][r1]["callData"]["state"] == "ACTIVE"
    h(A, "drop", r1)
    assert h.engine.is_idle()


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
    with pytest.raises(CommandError) as refused:
        h(login, action, call if ref == "CALL" else ref, **args)
    assert refused.value.code == code
    assert {user: h.engine.snapshot(user) for user in (A, B, C)} == before


def test_snapshot_of_an_ongoing_call_is_numbered_from_one() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    snap = h.engine.snapshot(A)
    assert [e["eventId"] for e in snap] == [1, 2, 3]
    assert [e["name"] for e in snap] == ["RTSM_USER_STATE_MODIFIED", "RTSM_MESSAGE_COUNTERS", "RTSM_CALL_CREATED"]
    created = snap[2]
    assert created["callRef"] == r and created["totalCallNbr"] == 1
    assert created["participants"][0]["identity"]["id"]["login"] == B
    assert created["devicesCapabilities"][0]["capaString"].startswith("makeCall")


def _random_args(rng: random.Random, numbers: list[str]) -> dict:
    return {
        "callee": rng.choice(numbers),
        "transferTo": rng.choice(numbers),
        "redirectTo": rng.choice(numbers),
        "digits": "12#",
    }


def drain(h: Harness) -> None:
    """Hang everything up through offered commands only."""
    for _ in range(200):
        if h.engine.is_idle():
            return
        for login in h.engine.directory.users:
            offered = h.engine.offered(login)
            for wanted in ("drop", "terminate", "answer"):
                choice = next(((a, r) for a, r in offered if a == wanted and r), None)
                if choice:
                    h(login, choice[0], choice[1])
                    break
    raise AssertionError(f"calls left: {sorted(h.engine.calls)}")


@pytest.mark.parametrize("seed", range(20))
def test_random_offered_commands_keep_every_view_consistent(seed: int) -> None:
    rng = random.Random(seed)
    h = Harness(generated=2)
    logins = list(h.engine.directory.users)
    numbers = [u.number for u in h.engine.directory.users.values()] + ["887"]
    for _ in range(250):
        login = rng.choice(logins)
        offered = h.engine.offered(login)
        ringing = [ref for ref in h.engine.calls if ref not in h.engine.calls_of(login)]
        if ringing and rng.random() < 0.05:
            offered.append(("pickedUp", rng.choice(ringing)))
        if not offered:
            continue
        action, ref = rng.choice(offered)
        before = {user: h.engine.snapshot(user) for user in logins}
        try:
            h(login, action, ref, **_random_args(rng, numbers))
        except CommandError:
            assert {user: h.engine.snapshot(user) for user in logins} == before
    drain(h)
    assert all(h.view.state.get(login, "FREE") == "FREE" for login in logins)
