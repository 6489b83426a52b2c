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

from collections.abc import Callable
from dataclasses import dataclass

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, UNKNOWN_USER, Refused

from . import notify, offers
from .calls import RINGING_INCOMING, SimCall, SimParty
from .commands import HANDLERS, release, transfer
from .directory import Directory, Subscriber
from .notify import FORWARDED, NOT_ANSWERED
from .offers import ALL_CALL_CAPS, ALL_DEVICE_CAPS


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
    """One simulated OXE. Its public face: command, no_answer, set_forward, and the read-only
    queries snapshot, offered, calls_of, is_idle, call_offers, leg_of, counters_of, device_caps;
    `directory` is the PBX's directory. `calls` (callRef -> SimCall) is for the engine's own tests.

    The attributes with a leading underscore are the package's: the modules beside this one
    (state, offers, notify, commands) read and change them; nothing outside the package may.
    """

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
        self.calls: dict[str, SimCall] = {}
        self._user_calls: dict[str, list[str]] = {login: [] for login in directory.users}
        self._event_ids: dict[str, int] = {login: 0 for login in directory.users}
        self._busy: dict[str, bool] = {login: False for login in directory.users}
        self._busy_since: dict[str, int] = {login: self.clock() for login in directory.users}  # BUSY/FREE since
        self._sent_dc: dict[tuple[str, str], tuple[str, ...]] = {}
        self._counters: dict[str, dict] = {login: notify.fresh_counters() for login in directory.users}
        self._forward: dict[str, str] = {
            login: user.forward_to for login, user in directory.users.items() if user.forward_to
        }
        # What each user was last told about each of its calls: (callData, leg). Situations can
        # change without a command on that call (the other call ended); notify.refresh tells them.
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
        """Run one command; raises Refused (and changes nothing) when it is refused."""
        user = self.directory.users.get(login) if isinstance(login, str) else None
        if user is None:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        if args is None:
            args = {}
        if not isinstance(args, dict):
            raise Refused(BAD_REQUEST, "args must be an object")
        handler = HANDLERS.get(action) if isinstance(action, str) else None
        if handler is None:
            raise Refused(BAD_REQUEST, f"unknown action {action!r}")
        call, party, device = self._offered_target(user, action, call_ref, device_id)
        self._out = []
        try:
            result = handler(self, user, call, party, device, args) or {}
        finally:
            events, self._out = self._out, []
        return CommandResult(result, events)

    def _offered_target(
        self, user: Subscriber, action: str, call_ref: str | None, device_id: str | None
    ) -> tuple[SimCall | None, SimParty | None, str]:
        """(call, party, device) the command acts on; refused unless `action` is offered there now."""
        login = user.login
        if device_id is not None and device_id not in user.devices:
            raise Refused(BAD_REQUEST, f"device {device_id!r} is not one of {login}'s devices")
        device = device_id or user.devices[0]
        if action in ALL_DEVICE_CAPS:
            if action not in offers.device_caps(self, login, device):
                raise Refused(NOT_CAPABLE, f"{action} is not offered on device {device} now")
            return None, None, device
        if action == "pickedUp":
            call, party = transfer.pickup_target(self, user, call_ref, device)
            return call, party, device
        if not isinstance(call_ref, str) or not call_ref:
            raise Refused(BAD_REQUEST, f"{action} needs a callRef")
        call = self.calls.get(call_ref)
        party = call.party(login) if call else None
        if party is None or call_ref not in self._user_calls[login]:
            raise Refused(UNKNOWN_CALL, f"{login} has no call {call_ref!r}")
        if device_id is not None and device_id != party.device:
            raise Refused(BAD_REQUEST, f"call {call_ref} is not on device {device_id}")
        call_caps, leg_caps = offers.caps(self, call, party)
        offered = call_caps if action in ALL_CALL_CAPS else leg_caps
        if action not in offered:
            raise Refused(NOT_CAPABLE, f"{action} is not offered to {login} on call {call_ref} now")
        return call, party, device

    def set_forward(self, login: str, number: str | None) -> None:
        """Immediate forwarding, as configured on the PBX (not a capability)."""
        if login not in self.directory.users:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
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
            raise Refused(UNKNOWN_CALL, f"no call {call_ref!r}")
        callee = next((p for p in call.parties if p.state == RINGING_INCOMING and not call.camped_offer), None)
        if callee is None:
            raise Refused(NOT_CAPABLE, f"call {call_ref} is not ringing")
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
        return dict(self._counters[login])

    def device_caps(self, login: str, device: str) -> tuple[str, ...]:
        """The capabilities of one of the user's devices now (makeCall... or none)."""
        return offers.device_caps(self, login, device)

    def _party_of(self, login: str, call_ref: str) -> SimParty | None:
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
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        return notify.snapshot(self, login)
