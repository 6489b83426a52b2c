"""Moving a call elsewhere: transfer, blind transfer, redirect, voicemail, pick-up by another user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, Refused

from .. import notify, offers, routing, state
from ..calls import ACTIVE, RINGING_INCOMING, RINGING_OUTGOING, SimCall, SimParty
from ..directory import Subscriber
from ..notify import FORWARDED, OVERFLOWN, PICKED_UP, REDIRECTED, TRANSFERRED
from . import conference, release

if TYPE_CHECKING:
    from ..core import Engine


def number_target(engine: Engine, number: object, *, exclude: tuple[str, ...] = ()) -> routing.Landing | None:
    """Where a call sent to `number` lands (routing.landing: its immediate forward, DND, busy
    forward); None for a service number. BAD_REQUEST unless the number exists, is not one of
    `exclude` (the call's own users, who are also cut from any forward chain) and the call
    would not meet a busy line: the PBX refuses to send a call into busy."""
    if not isinstance(number, str) or not number:
        raise Refused(BAD_REQUEST, "a destination number is required")
    user = engine.directory.user_by_number(number)
    if user is None:
        if number in engine.directory.services:
            return None
        raise Refused(BAD_REQUEST, f"unknown number {number!r}")
    if user.login in exclude:
        raise Refused(BAD_REQUEST, f"{number} is already in the call")
    where = routing.landing(engine, user, exclude[-1] if exclude else None, exclude[:-1])
    if where.kind == routing.BUSY:
        if routing.routing_of(engine, where.user.login).dnd:
            raise Refused(BAD_REQUEST, f"{where.user.number} does not want to be disturbed (DND)")
        raise Refused(BAD_REQUEST, f"{where.user.number} is busy")
    return where


def transfer(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    held, held_party = conference.held_call_for(engine, user, call, args)
    login = user.login
    first = [q for q in held.others(held_party) if q.login]
    second = [q for q in call.others(party) if q.login]
    if len(first) != 1 or len(second) != 1 or held.conference or call.conference:
        raise Refused(BAD_REQUEST, "transfer joins two two-party calls")
    y1, y2 = first[0], second[0]
    if y1.login == y2.login:
        raise Refused(BAD_REQUEST, "cannot transfer a user to itself")
    old_ref = call.ref
    # The transferring user leaves both calls; y2 moves into the held call's ref.
    notify.removed(engine, login, call)
    notify.removed(engine, login, held)
    state.move_into(engine, y2, call, held)
    engine.calls.pop(old_ref, None)
    held.consultation = False
    y1.hold = None
    if y2.state == RINGING_INCOMING:
        y1.role, y1.state, y1.ringing_remote = "caller", RINGING_OUTGOING, True
        y2.role = "callee"
    notify.replaced(engine, y1.login, held, y2, party.number, TRANSFERRED)
    notify.replaced(engine, y2.login, held, y1, party.number, TRANSFERRED, previous=old_ref)
    release.after_leaving(engine, login)
    return {"callRef": held.ref}


def blind_transfer(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    peer = call.peer(party)
    if peer is None or peer.login is None:
        raise Refused(BAD_REQUEST, "blindTransfer needs a two-party call with a user")
    where = number_target(engine, args.get("transferTo"), exclude=(user.login, peer.login))
    if where is None or where.kind == routing.TO_VOICEMAIL:
        raise Refused(BAD_REQUEST, "blindTransfer to a service is not supported")
    target = where.user
    login = user.login
    notify.removed(engine, login, call)
    peer.role, peer.state, peer.ringing_remote, peer.hold = "caller", RINGING_OUTGOING, True, None
    call.consultation = call.camp_on = False
    call.initial_called = target.number
    new_party = SimParty(target.number, target.login, target.devices[0], "callee", RINGING_INCOMING)
    state.attach(engine, call, new_party)
    notify.replaced(engine, peer.login, call, new_party, party.number, TRANSFERRED)
    notify.created(engine, target.login, call, cause=TRANSFERRED)
    release.after_leaving(engine, login)
    return {}


def redirect(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    caller = call.peer(party)
    destination = args.get("redirectTo")
    where = number_target(engine, destination, exclude=(user.login, caller.login))
    if where is None:
        to_voicemail(engine, call, party, REDIRECTED, service_number=destination)
        return {}
    if where.kind == routing.TO_VOICEMAIL:  # the destination forwards to its voicemail
        to_voicemail(engine, call, party, FORWARDED, mailbox=where.user.login)
        return {}
    ring_elsewhere(engine, call, party, where.user, REDIRECTED)
    return {}


def ring_elsewhere(engine: Engine, call: SimCall, ringing: SimParty, target: Subscriber, cause: str) -> None:
    """A call ringing at `ringing` rings at `target` instead (redirect, no-answer forward)."""
    caller = call.peer(ringing)
    notify.removed(engine, ringing.login, call)
    new_party = SimParty(target.number, target.login, target.devices[0], "callee", RINGING_INCOMING)
    state.attach(engine, call, new_party)
    caller.ringing_remote = True
    notify.replaced(engine, caller.login, call, new_party, ringing.number, cause)
    notify.created(engine, target.login, call, cause=cause)


def redirect_to_voicemail(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    to_voicemail(engine, call, party, REDIRECTED)
    return {}


def overflow_to_voicemail(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    callee = call.peer(party)
    to_voicemail(engine, call, callee, OVERFLOWN)
    notify.bump(engine, callee.login, "missedCallsNb")
    return {}


def to_voicemail(
    engine: Engine, call: SimCall, callee: SimParty, cause: str, service_number: str | None = None, mailbox: str | None = None
) -> None:
    """The voicemail takes the call ringing at `callee`; the message is for `mailbox` (the
    callee's by default; a user whose no-answer forward led here otherwise)."""
    number = service_number or engine.directory.voicemail_number
    if number is None:
        raise Refused(BAD_REQUEST, "there is no voicemail service")
    caller = call.peer(callee)
    notify.removed(engine, callee.login, call)
    service_party = SimParty(number, None, None, "callee", ACTIVE)
    call.parties.append(service_party)
    call.mailbox = mailbox or callee.login
    caller.ringing_remote = False
    notify.replaced(engine, caller.login, call, service_party, callee.number, cause)
    caller.state = ACTIVE
    notify.modified(engine, caller.login, call)
    release.after_leaving(engine, callee.login)


def pickup_target(engine: Engine, user: Subscriber, call_ref, device: str) -> tuple[SimCall, SimParty]:
    if not isinstance(call_ref, str) or not call_ref:
        raise Refused(BAD_REQUEST, "pickedUp needs the callRef of the ringing call")
    call = engine.calls.get(call_ref)
    if call is None:
        raise Refused(UNKNOWN_CALL, f"no call {call_ref!r}")
    ringing = next((p for p in call.parties if p.state == RINGING_INCOMING), None)
    if ringing is None or ringing.login == user.login or call.party(user.login) is not None:
        raise Refused(NOT_CAPABLE, f"call {call_ref} is not ringing at another user")
    if "pickedUp" not in offers.caps(engine, call, ringing)[0]:
        raise Refused(NOT_CAPABLE, f"call {call_ref} cannot be picked up now")
    if engine._user_calls[user.login]:
        raise Refused(NOT_CAPABLE, f"{user.login} must be free to pick up a call")
    return call, ringing


def picked_up(engine: Engine, user: Subscriber, call: SimCall, ringing: SimParty, device: str, args) -> dict:
    caller = call.peer(ringing)
    notify.removed(engine, ringing.login, call)
    picker = SimParty(user.number, user.login, device, "callee", ACTIVE)
    state.attach(engine, call, picker)
    caller.state, caller.ringing_remote = ACTIVE, False
    notify.created(engine, user.login, call, cause=PICKED_UP)
    notify.sync_user_state(engine, user.login)
    notify.replaced(engine, caller.login, call, picker, ringing.number, PICKED_UP)
    release.after_leaving(engine, ringing.login)
    return {"callRef": call.ref}
