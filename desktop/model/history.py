"""Call history derived from the model's events: one row per call per monitored user.

Pure (no I/O): `CallHistory.observe(event, delta, model)` is called after each event is applied;
`take()` hands over the rows finished (or amended) since the last take, which the writer
(desktop/history/) commits in one transaction per frame.

What each row's outcome means, from the user's own point of view:

| outcome | when |
|---|---|
| answered | the user's leg went ACTIVE (incoming), or the far end answered (outgoing); a ringing call picked up by a colleague is answered, `answeredBy` the colleague |
| missed | incoming, never answered, and nobody took it elsewhere (the caller gave up, no answer) |
| abandoned | outgoing, never answered: the user hung up while it rang |
| busy | outgoing, never answered, the PBX said BUSY |
| redirected | incoming, the call left the user for another (cause REDIRECTED); the target is the last party |
| forwarded | incoming, the PBX sent it on before it rang (cause FORWARDED) |
| transferred | the user transferred the call; the party it went to is the last party |
| voicemail | outgoing answered by a voicemail service, or incoming that ended in the user's voicemail |

The OXE tells the user who *left* a call nothing about why (a bare CALL_REMOVED, or no event at
all when the PBX forwards before ringing): the reason comes in another user's event on the same
call (`cause` with a participant replaced). So rows stay amendable for a while after they end,
and an amended row is handed over again (the writer upserts on (login, callRef, started)).
"""

from __future__ import annotations

import time as _time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from desktop.model.state import INCOMING, OUTGOING
from desktop.protocol.events import (
    CallCreated,
    CallModified,
    CallRemoved,
    Identity,
    ParticipantRemoved,
    TelephonyState,
)

ANSWERED, MISSED, ABANDONED, BUSY = "answered", "missed", "abandoned", "busy"
REDIRECTED, FORWARDED, TRANSFERRED, VOICEMAIL = "redirected", "forwarded", "transferred", "voicemail"
OUTCOMES = (ANSWERED, MISSED, ABANDONED, BUSY, REDIRECTED, FORWARDED, TRANSFERRED, VOICEMAIL)
# What the missed-calls filter and the lamps' badge count: incoming calls the user did not take.
MISSED_OUTCOMES = (MISSED, VOICEMAIL)

# Another user's cause, naming the participant that left: what it makes of that participant's row.
_LEFT_BECAUSE = {
    "REDIRECTED": REDIRECTED,
    "FORWARDED": FORWARDED,
    "OVERFLOWN": VOICEMAIL,
    "TRANSFERRED": TRANSFERRED,
    "PICKED_UP": ANSWERED,
}
# Finished rows kept amendable: the reason a user left a call comes in the same burst of
# events as its removal, so a few seconds of a busy PBX is plenty.
RECENT_KEPT = 2_000


class Party(tuple):
    """(number, login, name) of someone on the call; a plain tuple, cheap to keep."""

    __slots__ = ()

    def __new__(cls, number: str | None, login: str | None, name: str | None):
        return tuple.__new__(cls, (number, login, name))

    number = property(lambda self: self[0])
    login = property(lambda self: self[1])
    name = property(lambda self: self[2])

    @classmethod
    def of(cls, identity: Identity, fallback_number: str | None = None) -> Party:
        name = identity.display_name or " ".join(n for n in (identity.first_name, identity.last_name) if n) or None
        return cls(identity.phone_number or fallback_number, identity.login, name)

    def as_dict(self) -> dict:
        return {"number": self[0], "login": self[1], "name": self[2]}


@dataclass(slots=True)
class CallRecord:
    call_ref: str
    login: str
    started: int | None  # ms since epoch
    direction: str | None = None
    parties: list[Party] = field(default_factory=list)
    answered: int | None = None
    answered_by: str | None = None
    ended: int | None = None
    outcome: str | None = None
    cause: str | None = None
    acknowledged: bool = False
    record_id: str | None = None  # the gateway's comlog recordId, when the row came from there
    row_id: int | None = None  # the store's id, once stored
    # Derivation state, not stored:
    by_id: dict[str, Party] = field(default_factory=dict)  # participantId -> party, every one seen
    service_answered: bool = False
    left_as: str | None = None  # outcome given by another user's event (_LEFT_BECAUSE)

    @property
    def key(self) -> tuple:
        return (self.login, self.call_ref, self.started)

    @property
    def duration_s(self) -> float | None:
        if self.ended is None:
            return None
        if self.answered is None:
            return 0.0
        return max(0, self.ended - self.answered) / 1000

    @property
    def missed(self) -> bool:
        return self.direction == INCOMING and self.outcome in MISSED_OUTCOMES

    def other_party(self) -> Party | None:
        """Whom "call back" calls: the caller of an incoming call, the first called party otherwise."""
        return self.parties[0] if self.parties else None

    def as_json(self) -> dict:
        """`cti-monitor history --json`'s object (README): times ISO 8601 UTC, None where unknown."""
        return {
            "callRef": self.call_ref,
            "login": self.login,
            "direction": self.direction,
            "parties": [p.as_dict() for p in self.parties],
            "started": iso(self.started),
            "answered": iso(self.answered),
            "answeredBy": self.answered_by,
            "ended": iso(self.ended),
            "durationS": self.duration_s,
            "outcome": self.outcome,
            "cause": self.cause,
            "acknowledged": self.acknowledged,
        }

    def _add_party(self, pid: str, party: Party) -> None:
        self.by_id[pid] = party
        if party not in self.parties:
            self.parties.append(party)

    def _last(self, party: Party) -> None:
        """`party` is where the call went: last in the list."""
        if party in self.parties:
            self.parties.remove(party)
        self.parties.append(party)


def iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def from_iso(text: str | None) -> int | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1000)


def outcome_of(record: CallRecord) -> str:
    if record.left_as is not None:
        return record.left_as
    if record.answered is not None:
        return VOICEMAIL if record.service_answered else ANSWERED
    if record.direction == INCOMING:
        return MISSED
    return BUSY if record.cause == "BUSY" else ABANDONED


def _is_service(party: Identity) -> bool:
    return party.login is None and "VOICEMAIL" in (party.type or "")


class CallHistory:
    """Follows every user's calls and hands over the finished ones (see the module's doc)."""

    def __init__(self, clock: Callable[[], int] | None = None) -> None:
        # O2G's events carry no time: when a call was answered or ended is when we heard it.
        self.clock = clock or (lambda: int(_time.time() * 1000))
        self._open: dict[tuple[str, str], CallRecord] = {}  # (login, callRef) -> record
        self._recent: OrderedDict[tuple[str, str], CallRecord] = OrderedDict()
        self._ready: dict[tuple, CallRecord] = {}  # key -> record, to hand over at take()
        # After a reconnection, the users whose calls in progress the snapshot has to confirm,
        # and those heard from since (their snapshot came): checked at take().
        self._unconfirmed: set[str] = set()
        self._check: set[str] = set()
        self._last_time: int | None = None
        self._handlers = {
            CallCreated: self._created,
            CallModified: self._modified,
            CallRemoved: self._removed,
            ParticipantRemoved: self._participant_removed,
            TelephonyState: self._telephony,
        }

    # --- the session's side ------------------------------------------------------------

    def observe(self, event, delta, model) -> None:
        if not delta.changed:
            return
        if self._unconfirmed and event.login in self._unconfirmed:
            self._check.add(event.login)
        handler = self._handlers.get(type(event))
        if handler is None:
            if event.time is not None:
                self._last_time = event.time
            return
        t = event.time if event.time is not None else self.clock()
        self._last_time = t
        handler(event, model, t)

    def take(self, model) -> list[CallRecord]:
        """The rows finished or amended since the last take. Calls that vanished from the
        model (a resynchronization without them) end here."""
        if self._check:
            check, self._check = self._check, set()
            self._unconfirmed -= check
            for (login, ref), record in list(self._open.items()):
                user = model.users.get(login)
                if login in check and user is not None and ref not in user.calls:
                    self._finish(record, self._last_time)
        ready, self._ready = list(self._ready.values()), {}
        return ready

    def reset(self, rewind: bool) -> None:
        """A new model. A rewind replays the same events: everything starts over; a
        reconnection keeps the calls in progress (the snapshot brings them back)."""
        self._check.clear()
        if rewind:
            self._unconfirmed.clear()
            self._open.clear()
            self._recent.clear()
            self._ready.clear()
        else:
            self._unconfirmed = {login for login, _ in self._open}

    def open_calls(self) -> list[CallRecord]:
        return list(self._open.values())

    # --- events ------------------------------------------------------------------------

    def _record(self, login: str, ref: str, time: int | None) -> CallRecord:
        record = self._open.get((login, ref))
        if record is None:
            record = self._open[(login, ref)] = CallRecord(ref, login, time)
        return record

    def _follow(self, record: CallRecord, model, time: int | None) -> None:
        """Bring the record up to date with the model's call."""
        call = model.users[record.login].calls.get(record.call_ref)
        if call is None:
            return
        if record.direction is None:
            record.direction = call.direction
        for pid, p in call.participants.items():
            if pid not in record.by_id or record.by_id[pid].login is None:
                record._add_party(pid, Party.of(p.party, pid))
        if call.last_cause is not None:
            record.cause = call.last_cause
        if record.answered is None:
            states = [leg.state for leg in call.legs.values()] or [call.state]
            if "ACTIVE" in states:
                record.answered = time
                if record.direction == INCOMING:
                    record.answered_by = record.login
                else:
                    far = next(iter(call.participants.values()), None)
                    if far is not None:
                        record.answered_by = far.party.login or far.party.phone_number or far.participant_id
                        record.service_answered = _is_service(far.party)

    def _created(self, event: CallCreated, model, t: int) -> None:
        record = self._record(event.login, event.call_ref, t)
        self._follow(record, model, t)

    def _modified(self, event: CallModified, model, t: int) -> None:
        login, ref, previous = event.login, event.call_ref, event.previous_call_ref
        if previous is not None and previous != ref:
            old = self._open.pop((login, previous), None)
            if old is not None:
                if (login, ref) in self._open:
                    # Both existed: the old call is folded into this one (a conference) and ends here.
                    old.cause = event.cause or old.cause
                    self._finish(old, t)
                else:
                    old.call_ref = ref
                    self._open[(login, ref)] = old
        record = self._record(login, ref, t)
        if event.removed_participant_ids and event.cause in _LEFT_BECAUSE:
            self._someone_left(event, record, model, t)
        self._follow(record, model, t)

    def _participant_removed(self, event: ParticipantRemoved, model, t: int) -> None:
        record = self._open.get((event.login, event.call_ref))
        if record is not None:
            self._follow(record, model, t)
            if event.cause is not None:
                record.cause = event.cause

    def _removed(self, event: CallRemoved, model, t: int) -> None:
        record = self._open.pop((event.login, event.call_ref), None)
        if record is None:
            return
        if event.cause is not None:
            record.cause = event.cause
        self._open[(event.login, event.call_ref)] = record  # _finish pops it
        self._finish(record, t)

    def _telephony(self, event: TelephonyState, model, t: int) -> None:
        self._check.add(event.login)  # the user's whole state: a call it lacks has ended
        for snap in event.calls:
            record = self._record(event.login, snap.call_ref, t)
            self._follow(record, model, t)

    # --- rows --------------------------------------------------------------------------

    def _finish(self, record: CallRecord, time: int | None) -> None:
        self._open.pop((record.login, record.call_ref), None)
        record.by_id = {}  # derivation state no longer needed: fewer objects for the GC to walk
        record.ended = time if time is not None else record.started
        record.outcome = outcome_of(record)
        self._hand_over(record)

    def _hand_over(self, record: CallRecord) -> None:
        self._ready[record.key] = record
        recent = self._recent
        recent[(record.login, record.call_ref)] = record
        recent.move_to_end((record.login, record.call_ref))
        while len(recent) > RECENT_KEPT:
            recent.popitem(last=False)

    def _someone_left(self, event: CallModified, here: CallRecord, model, t: int) -> None:
        """`event.login` sees a participant replaced, and says why: that participant's row
        (if it is a monitored user) gets the reason; one it never had is made (forwarded)."""
        outcome = _LEFT_BECAUSE[event.cause]
        added = (event.added_participants or ()) + (event.modified_participants or ())
        target = Party.of(added[0].party, added[0].participant_id) if added else None
        target_is_service = bool(added) and _is_service(added[0].party)
        for pid in event.removed_participant_ids:
            left = here.by_id.get(pid)
            login = left.login if left is not None else None
            if login is None:
                login = next((u.login for u in model.users.values() if u.number == pid), None)
            if login is None or login == event.login or login not in model.users:
                continue
            refs = [r for r in (event.previous_call_ref, event.call_ref) if r]
            record = next(
                (rec for r in refs for rec in (self._open.get((login, r)), self._recent.get((login, r))) if rec is not None),
                None,
            )
            caller = _user_party(model, event.login)
            if record is None:
                if outcome not in (REDIRECTED, FORWARDED):
                    continue
                # Never rang (forwarded by the PBX): a row all the same, the user had a call.
                record = CallRecord(event.call_ref, login, t, direction=INCOMING, cause=event.cause)
                record.parties.append(caller)
                record.left_as = outcome
                if target is not None:
                    record._last(target)
                self._finish(record, t)
                continue
            if outcome == ANSWERED:  # picked up by a colleague: not missed
                record.left_as = ANSWERED
                record.answered_by = target.login if target is not None else None
                record.answered = record.answered or t
            elif outcome == TRANSFERRED:
                record.left_as = TRANSFERRED
            elif record.answered is None:
                record.left_as = VOICEMAIL if outcome == FORWARDED and target_is_service else outcome
            else:
                continue
            record.cause = event.cause
            if target is not None and outcome != ANSWERED:
                record._last(target)
            if record.ended is not None:
                record.outcome = outcome_of(record)
                self._hand_over(record)


def _user_party(model, login: str) -> Party:
    user = model.users.get(login)
    if user is None:
        return Party(None, login, None)
    name = user.display_name or " ".join(n for n in (user.first_name, user.last_name) if n) or None
    return Party(user.number, login, name)
