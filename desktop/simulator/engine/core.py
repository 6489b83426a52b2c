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

from desktop.protocol.routing import DOWN, IMMEDIATE, LINKS, PBX, UP, Route, Routing
from desktop.protocol.wire import BAD_REQUEST, LINK_DOWN, NOT_CAPABLE, UNKNOWN_CALL, UNKNOWN_USER, Refused

from . import notify, offers, routing
from .calls import RINGING_INCOMING, SimCall, SimParty
from .commands import HANDLERS, ROUTING_HANDLERS, release, transfer
from .commands import routing as routing_commands
from .directory import Directory, Subscriber
from .notify import FORWARDED, NOT_ANSWERED, REDIRECTED
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


NO_ANSWER_MS = 15_000  # how long a call rings before a no-answer forward or overflow acts


class Engine:
    """One simulated OXE. Its public face: command, no_answer, expire_ringing, set_routing,
    set_forward, link_down, link_up, and the read-only queries snapshot, offered, calls_of,
    is_idle, call_offers, leg_of, counters_of, device_caps, routing_of, routing_state, links,
    link_is_up; `directory` is the PBX's directory. `calls` (callRef -> SimCall) is for the
    engine's own tests. docs: /work/notes/routing-api.md and docs/protocol.md.

    The attributes with a leading underscore are the package's: the modules beside this one
    (state, offers, notify, commands) read and change them; nothing outside the package may.
    """

    def __init__(
        self,
        directory: Directory,
        clock: Callable[[], int] | None = None,
        new_ref: Callable[[], str] | None = None,
        originator: str = "RTSM.simulator",
        no_answer_ms: int = NO_ANSWER_MS,
        node_id: str = "1",
    ):
        self.directory = directory
        self.clock = clock or (lambda: 0)
        self._new_ref = new_ref or counter_refs()
        self.originator = originator
        self.no_answer_ms = no_answer_ms
        self.node_id = node_id
        self.calls: dict[str, SimCall] = {}
        self._user_calls: dict[str, list[str]] = {login: [] for login in directory.users}
        self._event_ids: dict[str, int] = {login: 0 for login in directory.users}
        self._busy: dict[str, bool] = {login: False for login in directory.users}
        self._busy_since: dict[str, int] = {login: self.clock() for login in directory.users}  # BUSY/FREE since
        self._sent_dc: dict[tuple[str, str], tuple[str, ...]] = {}
        self._counters: dict[str, dict] = {login: notify.fresh_counters() for login in directory.users}
        # Each user's forward, overflow and DND (routing.py decides where calls land).
        self._routing: dict[str, Routing] = {
            login: Routing(forward=Route(IMMEDIATE, user.forward_to))
            for login, user in directory.users.items()
            if user.forward_to
        }
        self._links: dict[str, str] = {link: UP for link in LINKS}
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
        """Run one command; raises Refused (and changes nothing) when it is refused.
        The six routing actions (forward... deactivateDnd) are user scope: no callRef."""
        if not self.link_is_up:
            down = ", ".join(link.upper() for link, value in self._links.items() if value == DOWN)
            raise Refused(LINK_DOWN, f"the {down} link is down: the PBX cannot take commands now")
        user = self.directory.users.get(login) if isinstance(login, str) else None
        if user is None:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        if args is None:
            args = {}
        if not isinstance(args, dict):
            raise Refused(BAD_REQUEST, "args must be an object")
        routing_handler = ROUTING_HANDLERS.get(action) if isinstance(action, str) else None
        if routing_handler is not None:
            if call_ref is not None:
                raise Refused(BAD_REQUEST, f"{action} is about the user, not a call: no callRef")
            return self._run(lambda: routing_handler(self, user, args))
        handler = HANDLERS.get(action) if isinstance(action, str) else None
        if handler is None:
            raise Refused(BAD_REQUEST, f"unknown action {action!r}")
        call, party, device = self._offered_target(user, action, call_ref, device_id)
        return self._run(lambda: handler(self, user, call, party, device, args))

    def _run(self, step: Callable[[], dict | None]) -> CommandResult:
        self._out = []
        try:
            result = step() or {}
        finally:
            events, self._out = self._out, []
        return CommandResult(result, self._delivered(events))

    def _delivered(self, events: list[dict]) -> list[dict]:
        """What the CTI side hears: nothing while a link is down (the PBX goes on; a fresh
        snapshot after link_up tells what happened meanwhile)."""
        return events if self.link_is_up else []

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

    def set_forward(self, login: str, number: str | None) -> list[dict]:
        """Immediate forwarding as configured on the PBX (not a command): `number` None cancels.
        Returns the routing event when the state changed."""
        if login not in self.directory.users:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        current = self.routing_of(login)
        return self.set_routing(login, current._replace(forward=Route(IMMEDIATE, number) if number else None))

    def set_routing(self, login: str, new: Routing) -> list[dict]:
        """Set a user's whole routing as the PBX's administration would (no checks of who asks,
        no capability, works while a link is down); returns RTSM_ROUTING_STATE_MODIFIED when it
        changed (nothing while a link is down)."""
        if login not in self.directory.users:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        if not isinstance(new, Routing):
            raise Refused(BAD_REQUEST, "a Routing is required")
        return self._run(lambda: routing_commands.apply(self, login, new)).events

    def routing_of(self, login: str) -> Routing:
        """The user's routing now (desktop.protocol.routing.Routing, immutable)."""
        if login not in self.directory.users:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
        return routing.routing_of(self, login)

    def routing_state(self, login: str) -> dict:
        """The user's routing in O2G's RoutingState JSON (what RTSM_ROUTING_STATE_MODIFIED carries)."""
        self.routing_of(login)  # UNKNOWN_USER for a stranger
        return notify.routing_fields(self, login)["routingState"]

    def landing(self, login: str, caller: str | None = None) -> tuple[str, str]:
        """Where a call to `login` from `caller` would land now: ("ring" | "voicemail" |
        "busy", login of who rings / whose mailbox / who is busy). Changes nothing."""
        where = routing.landing(self, self.directory.users[login], caller)
        return where.kind, where.user.login

    # ------------------------------------------------------------------ links

    @property
    def link_is_up(self) -> bool:
        return all(value == UP for value in self._links.values())

    def links(self) -> dict[str, str]:
        """{"pbx": "up" | "down", "cti": ...} (a copy)."""
        return dict(self._links)

    def link_down(self, link: str = PBX) -> list[dict]:
        """The PBX (or CTI) link is lost: commands are refused (LINK_DOWN) and no telephony
        event is delivered until link_up. Returns the RTSM_LINK_STATE_MODIFIED event (none
        when it was already down)."""
        return self._set_link(link, DOWN)

    def link_up(self, link: str = PBX) -> list[dict]:
        """The link is back. Returns RTSM_LINK_STATE_MODIFIED; front ends then give every
        subscriber a fresh snapshot (Engine.snapshot), since events were withheld meanwhile."""
        return self._set_link(link, UP)

    def link_snapshot(self) -> list[dict]:
        """One RTSM_LINK_STATE_MODIFIED per link, its state now: what a fresh subscriber is told
        before the users' snapshots."""
        return [notify.link_event(self, link, value == UP) for link, value in self._links.items()]

    def _set_link(self, link: str, value: str) -> list[dict]:
        if link not in self._links:
            raise Refused(BAD_REQUEST, f"unknown link {link!r} (pbx or cti)")
        if self._links[link] == value:
            return []
        self._links[link] = value
        return [notify.link_event(self, link, value == UP)]

    # ------------------------------------------------------------------ the ringing timer

    def no_answer(self, call_ref: str) -> list[dict]:
        """The ringing timer of a call expired (network side).

        A NO_ANSWER (or BUSY_NO_ANSWER) forward, or else such an overflow, of the callee sends
        the call on (cause FORWARDED; to voicemail or another user, as routing.on_no_answer
        decides). Otherwise the callee's voicemail takes the call if it has one (cause
        FORWARDED), or the call is released with NOT_ANSWERED. The callee has a missed call.
        """
        call = self.calls.get(call_ref)
        if call is None:
            raise Refused(UNKNOWN_CALL, f"no call {call_ref!r}")
        callee = next((p for p in call.parties if p.state == RINGING_INCOMING and not call.camped_offer), None)
        if callee is None:
            raise Refused(NOT_CAPABLE, f"call {call_ref} is not ringing")
        return self._run(lambda: self._no_answer(call, callee)).events

    def _no_answer(self, call: SimCall, callee: SimParty) -> None:
        user = self.directory.users[callee.login]
        caller = call.peer(callee)
        where = routing.on_no_answer(self, user, caller.login if caller else None, call.chain)
        if where is not None and where.kind == routing.RING:
            call.chain = where.chain
            transfer.ring_elsewhere(self, call, callee, where.user, REDIRECTED if where.immediate else FORWARDED)
            notify.bump(self, callee.login, "missedCallsNb")
        elif where is not None or (user.voicemail and self.directory.voicemail_number):
            mailbox = where.user.login if where is not None else callee.login
            transfer.to_voicemail(self, call, callee, FORWARDED, mailbox=mailbox)
            notify.bump(self, callee.login, "missedCallsNb")
        else:
            release.abandon(self, call, caller, callee, "missedCallsNb", cause=NOT_ANSWERED)

    def expire_ringing(self) -> list[dict]:
        """Apply the no-answer timer (no_answer_ms on the engine's clock) to calls ringing at
        users whose routing acts on no answer. Front ends call it periodically."""
        now = self.clock()
        events: list[dict] = []
        for ref in list(self.calls):
            call = self.calls.get(ref)
            if call is None or call.camped_offer:
                continue
            ringing = next((p for p in call.parties if p.state == RINGING_INCOMING and p.login), None)
            if ringing is not None and now - ringing.since >= self.no_answer_ms and routing.has_no_answer_route(self, ringing.login):
                events.extend(self.no_answer(ref))
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
