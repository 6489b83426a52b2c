"""The model as a reducer: ``Model.apply(event)`` updates users and calls, returns a Delta.

Semantics, as the recorded OXE flows show them:
- an absent list or callData means "unchanged";
- ``previousCallRef`` says this call replaces that one, and no CALL_REMOVED comes for the
  old ref: rename it when only the old one exists, drop the old one when both do;
- CALL_MODIFIED for an unknown callRef creates the call (we joined mid-call);
- per user, an eventId not above the last applied one is a stale duplicate, except eventId 1,
  which restarts the sequence; a jump forward is a gap (applied, and counted so that live
  sources resynchronize).
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.model.state import INCOMING, OUTGOING, Call, LinkState, User, unknown_links
from desktop.protocol.events import (
    CallCreated,
    CallData,
    CallModified,
    CallRemoved,
    CountersUpdated,
    DeviceStateModified,
    Participant,
    ParticipantRemoved,
    Identity,
    LinkStateModified,
    RoutingStateModified,
    TelephonyState,
    UnknownEvent,
    UserStateModified,
)

APPLIED, DUPLICATE, IGNORED = "applied", "duplicate", "ignored"


class Delta(NamedTuple):
    """What one apply changed: which user and which of its calls (removed ones included)."""

    status: str  # applied, duplicate or ignored
    login: str | None = None
    calls: tuple[str, ...] = ()
    gap: bool = False

    @property
    def changed(self) -> bool:
        return self.status == APPLIED and self.login is not None


_NOTHING = Delta(IGNORED)
_LINK_CHANGED = Delta(APPLIED)
_new = tuple.__new__  # NamedTuple's constructor is Python code; this is the same tuple, built in C


class Model:
    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        # Who is who, from every identity seen: a user that first appears as someone else's
        # participant gets its number and names when it appears itself.
        self._parties: dict[str, Identity] = {}
        self.duplicates = 0
        self.gaps = 0
        self.ignored = 0
        # The links of the chain to the PBX (pbx, cti), from link events; unknown until one comes.
        self.links: dict[str, LinkState] = unknown_links()
        # Moves on whenever a user is added or a number or name may have changed: views built
        # from everyone's names (a list of colleagues) know when to build theirs again.
        self.directory_version = 0

    # --- directory ---------------------------------------------------------------------

    def add_user(self, login: str, number=None, first_name=None, last_name=None, display_name=None, department=None) -> User:
        """Declare a user known from a directory (a server's hello, an O2G login list)."""
        self.directory_version += 1
        user = self.users.get(login)
        if user is None:
            user = self.users[login] = User(login)
        user.number = number or user.number
        user.first_name = first_name or user.first_name
        user.last_name = last_name or user.last_name
        user.display_name = display_name or user.display_name
        user.department = department or user.department
        return user

    # --- reducer -----------------------------------------------------------------------

    def apply(self, event) -> Delta:
        handler = _HANDLERS.get(type(event))
        if handler is None:
            if type(event) is LinkStateModified:
                return self._link(event)
            if type(event) is UnknownEvent:
                self.ignored += 1
            return _NOTHING
        login = event.login
        user = self.users.get(login)
        if user is None:
            user = self.users[login] = self._new_user(login)
        gap = False
        event_id = event.event_id
        if event_id is not None:
            last = user.last_event_id
            if event_id == 1:
                # A restart, unless it is the very event that began the current sequence again.
                key = (type(event), event.time, getattr(event, "call_ref", None))
                if last is not None and key == user.sequence_start:
                    self.duplicates += 1
                    return Delta(DUPLICATE, login)
                user.sequence_start = key
            elif last is not None:
                if event_id <= last:
                    self.duplicates += 1
                    return Delta(DUPLICATE, login)
                if event_id != last + 1:
                    gap = True
                    self.gaps += 1
            user.last_event_id = event_id
        calls = handler(self, user, event)
        return _new(Delta, (APPLIED, login, calls, gap))

    def _user_state(self, user: User, event: UserStateModified) -> tuple[str, ...]:
        began = event.began
        user.from_snapshot = began is not None
        if began is not None:
            user.presence_began = began.state
        if user.presence != event.state:
            user.presence = event.state
            user.presence_since = began.state if began is not None and began.state is not None else event.time
        if event.device_capabilities:
            user.device_capabilities.update(event.device_capabilities)
        return ()

    def _call_created(self, user: User, event: CallCreated) -> tuple[str, ...]:
        began = event.began
        user.from_snapshot = began is not None
        if began is None:
            call = Call(event.call_ref, started_at=event.time, last_cause=event.cause)
        else:  # a snapshot: the call began earlier, then, or we do not know when
            call = Call(event.call_ref, started_at=began.call, state_since=began.state, last_cause=event.cause)
        _set_call_data(call, event.call_data)
        call.legs = {leg.device_id: leg for leg in event.legs}
        call.participants = {p.participant_id: p for p in event.participants}
        call.direction = (began.direction if began is not None else None) or _direction(call)
        user.calls[event.call_ref] = call
        if event.device_capabilities:
            user.device_capabilities.update(event.device_capabilities)
        self._learn(event.participants)
        return (event.call_ref,)

    def _call_modified(self, user: User, event: CallModified) -> tuple[str, ...]:
        user.from_snapshot = False
        ref = event.call_ref
        calls = user.calls
        changed: tuple[str, ...] = (ref,)
        previous = event.previous_call_ref
        if previous is not None and previous != ref:
            old = calls.pop(previous, None)
            if old is not None:
                changed = (ref, previous)
                if ref not in calls:
                    old.call_ref = ref
                    calls[ref] = old
        call = calls.get(ref)
        if call is None:
            call = calls[ref] = Call(ref, started_at=event.time)
        if event.call_data is not None:
            _set_call_data(call, event.call_data)
        legs = call.legs
        for group in (event.modified_legs, event.added_legs):
            if group:
                for leg in group:
                    legs[leg.device_id] = leg
        if event.removed_legs:
            for device_id in event.removed_legs:
                legs.pop(device_id, None)
        parts = call.participants
        for group in (event.added_participants, event.modified_participants):
            if group:
                for p in group:
                    parts[p.participant_id] = p
                self._learn(group)
        if event.removed_participant_ids:
            for pid in event.removed_participant_ids:
                parts.pop(pid, None)
        if event.cause is not None:
            call.last_cause = event.cause
        if event.replaced_by_call_ref is not None:
            call.replaced_by = event.replaced_by_call_ref
        if call.direction is None:
            call.direction = _direction(call)
        if event.device_capabilities:
            user.device_capabilities.update(event.device_capabilities)
        return changed

    def _call_removed(self, user: User, event: CallRemoved) -> tuple[str, ...]:
        user.from_snapshot = False
        user.calls.pop(event.call_ref, None)
        if event.device_capabilities:
            user.device_capabilities.update(event.device_capabilities)
        return (event.call_ref,)

    def _participant_removed(self, user: User, event: ParticipantRemoved) -> tuple[str, ...]:
        user.from_snapshot = False
        call = user.calls.get(event.call_ref)
        if call is None:
            return ()
        for pid in event.participant_ids:
            call.participants.pop(pid, None)
        if event.cause is not None:
            call.last_cause = event.cause
        return (event.call_ref,)

    def _routing(self, user: User, event: RoutingStateModified) -> tuple[str, ...]:
        user.routing = event.routing  # the whole state: it replaces, never patches
        return ()

    def _link(self, event: LinkStateModified) -> Delta:
        """About no user: Delta(APPLIED) with no login; readers look at `links`."""
        if self.links.get(event.link, LinkState()).state != event.state:
            self.links[event.link] = LinkState(event.state, event.time)
        return _LINK_CHANGED

    def _counters(self, user: User, event: CountersUpdated) -> tuple[str, ...]:
        user.counters.update(event.counters)
        return ()

    def _device_state(self, user: User, event: DeviceStateModified) -> tuple[str, ...]:
        user.device_states.update(event.device_states)
        return ()

    def _telephony_state(self, user: User, event: TelephonyState) -> tuple[str, ...]:
        before = set(user.calls)
        kept = user.calls
        user.calls = {}
        # O2G's whole state of a user says nothing of when its calls or states began.
        user.from_snapshot = True
        user.presence_began = None
        for snap in event.calls:
            call = kept.get(snap.call_ref) or Call(snap.call_ref)
            _set_call_data(call, snap.call_data)
            call.legs = {leg.device_id: leg for leg in snap.legs}
            call.participants = {p.participant_id: p for p in snap.participants}
            if call.direction is None:
                call.direction = _direction(call)
            user.calls[snap.call_ref] = call
            self._learn(snap.participants)
        if event.device_capabilities is not None:
            user.device_capabilities = dict(event.device_capabilities)
        if event.user_state is not None and event.user_state != user.presence:
            user.presence = event.user_state
            user.presence_since = event.time
        return tuple(sorted(before | set(user.calls)))

    def _learn(self, participants: tuple[Participant, ...]) -> None:
        """Fill in numbers and names of users from the identities we see."""
        users, parties = self.users, self._parties
        for p in participants:
            login = p.party.login
            if login is not None:
                parties[login] = p.party
                user = users.get(login)
                if user is not None and user.number is None:
                    _fill(user, p.party)
                    self.directory_version += 1

    def _new_user(self, login: str) -> User:
        self.directory_version += 1
        user = User(login)
        party = self._parties.get(login)
        if party is not None:
            _fill(user, party)
        return user


def _fill(user: User, party: Identity) -> None:
    user.number = user.number or party.phone_number
    user.first_name = user.first_name or party.first_name
    user.last_name = user.last_name or party.last_name
    user.display_name = user.display_name or party.display_name


def _set_call_data(call: Call, data: CallData | None) -> None:
    if data is None:
        return
    call.state = data.state
    call.capabilities = data.capabilities
    if data.initial_called is not None:
        call.initial_called = data.initial_called
    if data.last_redirecting is not None:
        call.last_redirecting = data.last_redirecting
    call.anonymous = data.anonymous
    call.device_call = data.device_call
    # callData comes whole: no recordState in it means not recording (O2G knows only
    # RECORDING and PAUSED), not "unchanged".
    call.record_state = data.record_state


def _direction(call: Call) -> str | None:
    for leg in call.legs.values():
        if leg.state == "RINGING_INCOMING":
            return INCOMING
        if leg.state in ("DIALING", "RINGING_OUTGOING"):
            return OUTGOING
    if call.state == "RINGING_INCOMING":
        return INCOMING
    if call.state in ("DIALING", "RINGING_OUTGOING"):
        return OUTGOING
    return None


# The handler of each event type: the class's functions, not the model's bound methods (a dict of
# those would tie the model to itself in a cycle, so that a dropped model of 10,000 users waited
# for a full garbage collection, and stayed beside its successor while that one filled).
_HANDLERS = {
    CallModified: Model._call_modified,
    UserStateModified: Model._user_state,
    CallCreated: Model._call_created,
    CallRemoved: Model._call_removed,
    ParticipantRemoved: Model._participant_removed,
    CountersUpdated: Model._counters,
    DeviceStateModified: Model._device_state,
    TelephonyState: Model._telephony_state,
    RoutingStateModified: Model._routing,
}
