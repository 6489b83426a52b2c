"""Conferences: merging a consultation into the held call, leaving, dropping a participant, intruding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, Refused

from .. import notify, state
from ..calls import ACTIVE, SimCall, SimParty
from ..directory import Subscriber
from ..notify import CONFERENCED, PARTICIPANT_LEFT
from . import release

if TYPE_CHECKING:
    from ..core import Engine


def held_call_for(engine: Engine, user: Subscriber, current: SimCall, args: dict) -> tuple[SimCall, SimParty]:
    ref = args.get("heldCallRef")
    if ref is None:
        candidates = [
            engine.calls[r] for r in engine._user_calls[user.login]
            if r != current.ref and engine.calls[r].party(user.login).hold
        ]
        if len(candidates) != 1:
            raise Refused(BAD_REQUEST, "args.heldCallRef is required (no single held call)")
        held = candidates[0]
    else:
        if not isinstance(ref, str):
            raise Refused(BAD_REQUEST, "args.heldCallRef must be a callRef")
        held = engine.calls.get(ref)
        if held is None or ref not in engine._user_calls[user.login] or ref == current.ref:
            raise Refused(UNKNOWN_CALL, f"{user.login} has no other call {ref!r}")
    held_party = held.party(user.login)
    if not held_party.hold:
        raise Refused(BAD_REQUEST, f"call {held.ref} is not on hold")
    if any(q.is_service or q.state != ACTIVE for q in held.others(held_party)):
        raise Refused(BAD_REQUEST, f"call {held.ref} is not an established call")
    return held, held_party


def merge(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    held, host = held_call_for(engine, user, call, args)
    login = user.login
    joining = [q for q in call.others(party) if q.login]
    existing = [q for q in held.others(host) if q.login]
    if {q.login for q in joining} & {q.login for q in existing}:
        raise Refused(BAD_REQUEST, "a user cannot be twice in one conference")
    old_ref = call.ref
    host.hold = None
    held.conference, held.host, held.consultation = True, login, False
    engine._user_calls[login].remove(old_ref)
    for q in joining:
        state.move_into(engine, q, call, held)
    engine._told.pop((login, old_ref), None)
    engine.calls.pop(old_ref, None)
    for q in existing:
        notify.modified(
            engine,
            q.login,
            held,
            added=[notify.participant(engine, j, state=ACTIVE, undroppable=True) for j in joining],
            modified=[notify.participant(engine, host, state=ACTIVE, undroppable=True)],
            cause=CONFERENCED,
        )
    notify.modified(
        engine,
        login,
        held,
        previous=old_ref,
        added=[notify.participant(engine, j, state=ACTIVE) for j in joining],
        cause=CONFERENCED,
    )
    for q in joining:
        notify.modified(
            engine,
            q.login,
            held,
            previous=old_ref,
            added=[notify.participant(engine, o, undroppable=True) for o in [host] + existing],
            cause=CONFERENCED,
        )
    return {"callRef": held.ref}


def leave_conference(engine: Engine, call: SimCall, party: SimParty) -> None:
    """A party leaves a conference (dropMe, drop, or dropped by the host)."""
    login = party.login
    notify.removed(engine, login, call)
    remaining = [q for q in call.parties if q.login]
    # The host hears first (flow 4), then the others in call order.
    remaining.sort(key=lambda q: q.login != call.host)
    if len(call.parties) <= 2:
        call.conference, call.host = False, None
    elif call.host == login:
        call.host = None
    for q in remaining:
        notify.modified(engine, q.login, call, removed=[party.number], cause=PARTICIPANT_LEFT, device_caps=False)
    if len(call.parties) == 1:
        last = call.parties[0]
        if last.login:
            notify.removed(engine, last.login, call)
        state.forget(engine, call)
        if last.login:
            release.after_leaving(engine, last.login)
    release.after_leaving(engine, login)


def drop_me(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    leave_conference(engine, call, party)
    return {}


def drop_participant(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    target_id = args.get("participantId")
    victim = next((q for q in call.others(party) if q.number == target_id), None)
    if victim is None or victim.login is None:
        raise Refused(BAD_REQUEST, f"no participant {target_id!r} in call {call.ref}")
    leave_conference(engine, call, victim)
    return {}


def intrusion_target(engine: Engine, call: SimCall, p: SimParty) -> SimCall | None:
    target = next((q for q in call.others(p) if q.login), None)
    if target is None:
        return None
    talking = state.talking_call(engine, target.login)
    if talking is None or talking.conference or len(talking.parties) != 2:
        return None
    if any(q.is_service or q.hold for q in talking.parties):
        return None
    return talking


def intrusion(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    login = user.login
    target_call = intrusion_target(engine, call, party)
    if target_call is None:
        raise Refused(NOT_CAPABLE, "the busy user has no call to intrude into")
    old_ref = call.ref
    others = list(target_call.parties)
    state.forget(engine, call)
    intruder = SimParty(user.number, login, party.device, "caller", ACTIVE, knows_initial_called=False)
    target_call.conference, target_call.host = True, None
    state.attach(engine, target_call, intruder)
    notify.modified(
        engine,
        login,
        target_call,
        previous=old_ref,
        added=[notify.participant(engine, o, undroppable=True) for o in others],
        cause=CONFERENCED,
    )
    for q in others:
        joined = notify.participant(engine, intruder, state=ACTIVE, undroppable=True)
        notify.modified(engine, q.login, target_call, added=[joined], cause=CONFERENCED)
    return {"callRef": target_call.ref}
