"""The simulated OXE's call engine: commands in, RTSM events out. No I/O, no clock of its own.

Every command is named after the capability that allows it (makeCall, answer, drop, hold,
transfer...) and is refused unless the engine offers that capability, right now, to that user
on that device, call or leg. The events it returns are what the OXE sends to each user
concerned, from that user's point of view, in the order the seed shows.

The behaviour is the seed's (`../shared/seed/`, eight recorded flows, reproduced event for
event by tests/simulator/test_fidelity.py); what the seed does not show (transfer, pick-up,
intrusion, recording...) follows the same patterns and is documented where it is decided.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import notify, offers, state
from .commands import busy, conference, recording, release, transfer
from .calls import (
    ACTIVE,
    CONSULT,
    DIALING,
    HOLD,
    NOT_CONNECTED,
    RELEASING,
    RINGING_INCOMING,
    RINGING_OUTGOING,
    WAITING,
    Call,
    Party,
)
from .offers import ALL_CALL_CAPS, ALL_DEVICE_CAPS, ALL_LEG_CAPS
from .directory import Directory, User

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, UNKNOWN_USER, Refused

from .notify import BUSY_CAUSE, FORWARDED, NOT_ANSWERED, REDIRECTED

_DTMF = re.compile(r"^[0-9*#A-D]{1,64}$")


# The engine's refusal is the protocol's (kept under its old name until the layout moves settle).
CommandError = Refused


@dataclass
class CommandResult:
    result: dict
    events: list[dict]


def counter_refs(start: int = 1) -> Callable[[], str]:
    """Deterministic callRefs shaped like the OXE's (16 hex digits)."""
    counter = {"next": start}

    def make() -> str:
        value = counter["next"]
        counter["next"] = value + 1
        return f"{value:012x}0100"

    return make


class Engine:
    def __init__(
        self,
        directory: Directory,
        clock: Callable[[], int] | None = None,
        new_ref: Callable[[], str] | None = None,
        originator: str = "RTSM.simulator",
    ):
        self.directory = directory
        self.clock = clock or (lambda: 0)
        self._new_ref = new_ref or counter_refs()
        self.originator = originator
        self.calls: dict[str, Call] = {}
        self._user_calls: dict[str, list[str]] = {login: [] for login in directory.users}
        self._event_ids: dict[str, int] = {login: 0 for login in directory.users}
        self._busy: dict[str, bool] = {login: False for login in directory.users}
        self._sent_dc: dict[tuple[str, str], tuple[str, ...]] = {}
        self.counters: dict[str, dict] = {login: notify.fresh_counters() for login in directory.users}
        self._forward: dict[str, str] = {
            login: user.forward_to for login, user in directory.users.items() if user.forward_to
        }
        # What each user was last told about each of its calls: (callData, leg). Situations can
        # change without a command on that call (the other call ended); `_refresh` tells them.
        self._told: dict[tuple[str, str], tuple[dict | None, dict | None]] = {}
        self._out: list[dict] = []

    # ------------------------------------------------------------------ public API

    def command(
        self,
        login: str,
        action: str,
        call_ref: str | None = None,
        device_id: str | None = None,
        args: dict | None = None,
    ) -> CommandResult:
        """Run one command; raises CommandError (and changes nothing) when it is refused."""
        user = self.directory.users.get(login) if isinstance(login, str) else None
        if user is None:
            raise CommandError(UNKNOWN_USER, f"unknown user {login!r}")
        if args is None:
            args = {}
        if not isinstance(args, dict):
            raise CommandError(BAD_REQUEST, "args must be an object")
        handler = _ACTIONS.get(action) if isinstance(action, str) else None
        if handler is None:
            raise CommandError(BAD_REQUEST, f"unknown action {action!r}")
        if device_id is not None and device_id not in user.devices:
            raise CommandError(BAD_REQUEST, f"device {device_id!r} is not one of {login}'s devices")
        call = party = None
        device = device_id or user.devices[0]
        if action in ALL_DEVICE_CAPS:
            if action not in offers.device_caps(self, login, device):
                raise CommandError(NOT_CAPABLE, f"{action} is not offered on device {device} now")
        elif action == "pickedUp":
            call, party = transfer.pickup_target(self, user, call_ref, device)
        else:
            if not isinstance(call_ref, str) or not call_ref:
                raise CommandError(BAD_REQUEST, f"{action} needs a callRef")
            call = self.calls.get(call_ref)
            party = call.party(login) if call else None
            if party is None or call_ref not in self._user_calls[login]:
                raise CommandError(UNKNOWN_CALL, f"{login} has no call {call_ref!r}")
            if device_id is not None and device_id != party.device:
                raise CommandError(BAD_REQUEST, f"call {call_ref} is not on device {device_id}")
            call_caps, leg_caps = offers.caps(self, call, party)
            offered = call_caps if action in ALL_CALL_CAPS else leg_caps
            if action not in offered:
                raise CommandError(NOT_CAPABLE, f"{action} is not offered to {login} on call {call_ref} now")
        self._out = []
        try:
            result = handler(self, user, call, party, device, args) or {}
        finally:
            events, self._out = self._out, []
        return CommandResult(result, events)

    def set_forward(self, login: str, number: str | None) -> None:
        """Immediate forwarding, as configured on the PBX (not a capability)."""
        if login not in self.directory.users:
            raise CommandError(UNKNOWN_USER, f"unknown user {login!r}")
        if number is None:
            self._forward.pop(login, None)
        else:
            self._forward[login] = number

    def no_answer(self, call_ref: str) -> list[dict]:
        """The ringing timer of a call expired (network side).

        The callee's voicemail takes the call if it has one (cause FORWARDED), otherwise the
        call is released with NOT_ANSWERED; either way the callee has a missed call.
        """
        call = self.calls.get(call_ref)
        if call is None:
            raise CommandError(UNKNOWN_CALL, f"no call {call_ref!r}")
        callee = next((p for p in call.parties if p.state == RINGING_INCOMING and not call.camped_offer), None)
        if callee is None:
            raise CommandError(NOT_CAPABLE, f"call {call_ref} is not ringing")
        self._out = []
        try:
            user = self.directory.users[callee.login]
            if user.voicemail and self.directory.voicemail_number:
                transfer.to_voicemail(self, call, callee, FORWARDED)
                notify.bump(self, callee.login, "missedCallsNb")
            else:
                caller = call.peer(callee)
                release.abandon(self, call, caller, callee, "missedCallsNb", cause=NOT_ANSWERED)
        finally:
            events, self._out = self._out, []
        return events

    def offered(self, login: str) -> list[tuple[str, str | None]]:
        """Every (action, callRef) the user may issue now; callRef None for device actions.
        pickedUp is offered to other users, so it is not listed here."""
        user = self.directory.users[login]
        out: list[tuple[str, str | None]] = []
        for device in user.devices:
            out.extend((name, None) for name in offers.device_caps(self, login, device))
        for ref in self._user_calls[login]:
            call_caps, leg_caps = offers.caps(self, self.calls[ref], self.calls[ref].party(login))
            out.extend((name, ref) for name in call_caps + leg_caps if name != "pickedUp")
        return out

    def calls_of(self, login: str) -> list[str]:
        return list(self._user_calls.get(login, ()))

    def is_idle(self) -> bool:
        return not self.calls

    # Read-only queries for front ends and traffic makers, which must not reach into `calls`.

    def call_offers(self, login: str, call_ref: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """(call capabilities, leg capabilities) offered to `login` on its call `call_ref` now,
        or None when that is not one of the user's calls."""
        party = self._party_of(login, call_ref)
        return None if party is None else offers.caps(self, self.calls[call_ref], party)

    def leg_of(self, login: str, call_ref: str) -> tuple[str, str] | None:
        """(device, leg state) of `login` in call `call_ref` (state as in the RTSM legs:
        RINGING_INCOMING, ACTIVE...), or None when that is not one of the user's calls."""
        party = self._party_of(login, call_ref)
        return None if party is None else (party.device, party.state)

    def counters_of(self, login: str) -> dict:
        """The user's message counters as RTSM_MESSAGE_COUNTERS carries them (a copy)."""
        return dict(self.counters[login])

    def device_caps(self, login: str, device: str) -> tuple[str, ...]:
        """The capabilities of one of the user's devices now (makeCall... or none)."""
        return offers.device_caps(self, login, device)

    def _party_of(self, login: str, call_ref: str) -> Party | None:
        if call_ref not in self._user_calls.get(login, ()):
            return None
        call = self.calls.get(call_ref)
        return call.party(login) if call is not None else None

    def snapshot(self, login: str) -> list[dict]:
        """The user's current state as a fresh subscriber sees it, numbered from eventId 1:
        USER_STATE_MODIFIED, MESSAGE_COUNTERS, then CALL_CREATED with the full state of each call.
        The USER_STATE_MODIFIED also carries the devices' capabilities: an idle user has no call
        event to bring them, and without them a client could not offer makeCall.
        Changes nothing in the engine."""
        if login not in self.directory.users:
            raise CommandError(UNKNOWN_USER, f"unknown user {login!r}")
        return notify.snapshot(self, login)

    # ------------------------------------------------------------------ state helpers

    # ------------------------------------------------------------------ device capabilities

    def _make_call(self, user: User, call, party, device: str, args: dict) -> dict:
        callee = args.get("callee")
        if not isinstance(callee, str) or not callee:
            raise CommandError(BAD_REQUEST, "makeCall needs args.callee (a number)")
        if callee == user.number:
            raise CommandError(BAD_REQUEST, "a user cannot call itself")
        target = self.directory.user_by_number(callee)
        service = self.directory.services.get(callee)
        if target is None and service is None:
            raise CommandError(BAD_REQUEST, f"unknown number {callee!r}")
        login = user.login
        if target is not None and set(self._user_calls[login]) & set(self._user_calls[target.login]):
            raise CommandError(BAD_REQUEST, f"{login} is already in a call with {callee}")
        active = state.talking_call(self, login, device)
        if active is not None and active.conference:
            raise CommandError(NOT_CAPABLE, "cannot consult from a conference")
        ref = self._new_ref()
        if ref in self.calls:
            raise CommandError(BAD_REQUEST, f"callRef generator repeated {ref}")
        if active is not None:
            active.party(login).hold = CONSULT
            notify.modified(self, login, active)
        new = Call(ref, started=self.clock())
        new.consultation = any(self.calls[r].party(login).hold for r in self._user_calls[login])
        caller = Party(user.number, login, device, "caller", DIALING)
        self.calls[ref] = new
        state.attach(self, new, caller)
        notify.created(self, login, new)
        notify.sync_user_state(self, login)
        if active is not None:
            for q in active.others(active.party(login)):
                if state.reached(q):
                    notify.modified(self, q.login, active)
        new.initial_called = callee
        if service is not None:
            self._ring_service(new, caller, service.number, mailbox=login)
            return {"callRef": ref}
        final, forwarded_from = target, None
        forward = self._forward.get(target.login)
        if forward:
            forward_user = self.directory.user_by_number(forward)
            if forward in self.directory.services:
                self._ring_service(new, caller, forward, mailbox=target.login, shown_first=target.number)
                return {"callRef": ref}
            if forward_user is not None and forward_user.login != login and state.is_free(self, forward_user):
                final, forwarded_from = forward_user, target
        if not state.is_free(self, final):
            busy_party = Party(final.number, final.login, final.devices[0], "callee", NOT_CONNECTED)
            new.parties.append(busy_party)  # shown to the caller, not a call of the callee
            new.busy = True
            caller.state = RINGING_OUTGOING
            notify.modified(self, login, new, added=[notify.participant(self, busy_party)])
            caller.state = RELEASING
            notify.modified(self, login, new, cause=BUSY_CAUSE, device_caps=False)
            return {"callRef": ref}
        callee_party = Party(final.number, final.login, final.devices[0], "callee", RINGING_INCOMING)
        caller.state = RINGING_OUTGOING
        state.attach(self, new, callee_party)
        if forwarded_from is not None:
            # Flow 6: the caller first sees the dialled user, then its replacement.
            shown = Party(forwarded_from.number, forwarded_from.login, None, "callee", NOT_CONNECTED)
            notify.modified(self, login, new, added=[notify.participant(self, shown)])
            caller.ringing_remote = True
            notify.modified(self, 
                login,
                new,
                added=[notify.participant(self, callee_party)],
                removed=[forwarded_from.number],
                cause=REDIRECTED,
            )
            notify.created(self, final.login, new, cause=REDIRECTED)
        elif final.traits.callee_notified_first:
            notify.created(self, final.login, new)
            self._ringback(login, new, callee_party)
        else:
            self._ringback(login, new, callee_party)
            notify.created(self, final.login, new)
        return {"callRef": ref}

    def _ringback(self, login: str, call: Call, callee: Party) -> None:
        caller = call.party(login)
        notify.modified(self, login, call, added=[notify.participant(self, callee)])
        caller.ringing_remote = True
        notify.modified(self, login, call)

    def _ring_service(self, call: Call, caller: Party, number: str, *, mailbox: str, shown_first: str | None = None) -> None:
        """A service (voicemail) answers at once: ringback without remote ringing, then ACTIVE."""
        login = caller.login
        service_party = Party(number, None, None, "callee", ACTIVE)
        call.mailbox = mailbox
        caller.state = RINGING_OUTGOING
        call.parties.append(service_party)
        if shown_first is not None:
            shown = Party(shown_first, None, None, "callee", NOT_CONNECTED)
            notify.modified(self, login, call, added=[notify.participant(self, shown)])
            notify.modified(self, login, call, added=[notify.participant(self, service_party)], removed=[shown_first], cause=FORWARDED)
        else:
            notify.modified(self, login, call, added=[notify.participant(self, service_party)])
        caller.state = ACTIVE
        notify.modified(self, login, call)
        if mailbox == login:
            # Consulting one's own mailbox: the counters are refreshed (flow 7) and new messages are heard.
            self.counters[login]["voiceMessagesNb"] = 0
            notify.bump(self, login, "voiceMessagesNb", 0)

    def _unpark_call(self, user, call, party, device, args) -> dict:
        raise CommandError(BAD_REQUEST, "no parked call to unpark")

    # ------------------------------------------------------------------ leg capabilities

    def _answer(self, user: User, call: Call, party: Party, device, args) -> dict:
        login = user.login
        talking = state.talking_call(self, login)
        if talking is not None:
            # Answering a waiting (camped-on) call puts the current one on hold first (flow 2).
            talking.party(login).hold = WAITING
            for q in talking.others(talking.party(login)):
                if state.reached(q):
                    notify.modified(self, q.login, talking)
            notify.modified(self, login, talking)
            if call.camped_offer:
                call.camped_offer = False
                notify.modified(self, login, call)
        call.camped_offer = False
        party.state = ACTIVE
        for q in call.others(party):
            if q.state == RINGING_OUTGOING:
                q.state = ACTIVE
                q.ringing_remote = False
        notify.modified(self, login, call)
        notify.sync_user_state(self, login)
        for q in call.others(party):
            if state.reached(q):
                notify.modified(self, q.login, call)
        return {}

    def _drop(self, user: User, call: Call, party: Party, device, args) -> dict:
        if call.conference:
            conference.leave_conference(self, call, party)
        else:
            release.hang_up(self, call, party)
        return {}

    def _hold(self, user: User, call: Call, party: Party, device, args) -> dict:
        login = user.login
        party.hold = HOLD
        # The seed shows HELD with no leg capability first, then retrieve (flow 5).
        notify.modified(self, login, call, leg_caps=())
        notify.modified(self, login, call, call_data=False)
        for q in call.others(party):
            if state.reached(q):
                notify.modified(self, q.login, call)
        return {}

    def _retrieve(self, user: User, call: Call, party: Party, device, args) -> dict:
        login = user.login
        talking = state.talking_call(self, login)
        if talking is not None and talking is not call:
            if talking.conference or "hold" not in offers.caps(self, talking, talking.party(login))[1]:
                raise CommandError(NOT_CAPABLE, f"the active call {talking.ref} cannot be put on hold")
            self._hold(user, talking, talking.party(login), device, {})
        party.hold = None
        notify.modified(self, login, call)
        for q in call.others(party):
            if state.reached(q):
                notify.modified(self, q.login, call)
        return {}

    def _reconnect(self, user: User, call: Call, party: Party, device, args) -> dict:
        login = user.login
        # Reconnect ends the consultation: every other call of the user that is neither held
        # nor merely ringing at it.
        consultations = [
            self.calls[ref] for ref in self._user_calls[login]
            if ref != call.ref
            and self.calls[ref].party(login).hold is None
            and self.calls[ref].party(login).state != RINGING_INCOMING
        ]
        party.hold = HOLD  # so that ending the consultation does not make it ring back
        for other in consultations:
            other_party = other.party(login)
            if other.conference:
                conference.leave_conference(self, other, other_party)
            else:
                release.hang_up(self, other, other_party)
        return self._retrieve(user, call, party, device, args)

    def _send_dtmf(self, user, call, party, device, args) -> dict:
        digits = args.get("digits")
        if not isinstance(digits, str) or not _DTMF.match(digits):
            raise CommandError(BAD_REQUEST, "sendDtmf needs args.digits (0-9, *, #, A-D)")
        return {"digits": digits}

    # ------------------------------------------------------------------ releasing

    # ------------------------------------------------------------------ conferences

    # ------------------------------------------------------------------ transfers and redirections

    # ------------------------------------------------------------------ caller's choices on busy

    # ------------------------------------------------------------------ recording

# One row per command: the capability's name and what it does.
_ACTIONS: dict[str, Callable] = {
    "makeCall": Engine._make_call,
    "makeBusinessCall": Engine._make_call,
    "makePrivateCall": Engine._make_call,
    "unParkCall": Engine._unpark_call,
    "answer": Engine._answer,
    "drop": Engine._drop,
    "hold": Engine._hold,
    "retrieve": Engine._retrieve,
    "reconnect": Engine._reconnect,
    "sendDtmf": Engine._send_dtmf,
    "terminate": release.terminate,
    "transfer": transfer.transfer,
    "blindTransfer": transfer.blind_transfer,
    "merge": conference.merge,
    "redirect": transfer.redirect,
    "redirectToVoiceMail": transfer.redirect_to_voicemail,
    "overflowToVoiceMail": transfer.overflow_to_voicemail,
    "pickedUp": transfer.picked_up,
    "callBack": busy.call_back,
    "waitOnBusy": busy.wait_on_busy,
    "intrusion": conference.intrusion,
    "dropMe": conference.drop_me,
    "dropParticipant": conference.drop_participant,
    "startRecord": recording.start_record,
    "stopRecord": recording.stop_record,
}
ACTIONS = frozenset(_ACTIONS)
assert ACTIONS <= ALL_CALL_CAPS | ALL_LEG_CAPS | ALL_DEVICE_CAPS
