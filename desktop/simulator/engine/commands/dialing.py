"""Starting calls: makeCall (to a user, through forwarding, to a busy user or a service) and unParkCall."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, Refused

from .. import notify, routing, state
from ..calls import (
    ACTIVE,
    CONSULT,
    DIALING,
    NOT_CONNECTED,
    RELEASING,
    RINGING_INCOMING,
    RINGING_OUTGOING,
    SimCall,
    SimParty,
)
from ..directory import Service, Subscriber
from ..notify import BUSY_CAUSE, FORWARDED, REDIRECTED

if TYPE_CHECKING:
    from ..core import Engine


def make_call(engine: Engine, user: Subscriber, call, party, device: str, args: dict) -> dict:
    callee, target, service = _destination(engine, user, args)
    login = user.login
    active = state.talking_call(engine, login, device)
    if active is not None and active.conference:
        raise Refused(NOT_CAPABLE, "cannot consult from a conference")
    ref = engine._new_ref()
    if ref in engine.calls:
        raise Refused(BAD_REQUEST, f"callRef generator repeated {ref}")
    new, caller = _dial(engine, user, device, ref, active)
    new.initial_called = callee
    if service is not None:
        ring_service(engine, new, caller, service.number, mailbox=login)
    else:
        _ring_user(engine, new, caller, target)
    return {"callRef": ref}


def _destination(engine: Engine, user: Subscriber, args: dict) -> tuple[str, Subscriber | None, Service | None]:
    """(number, user, service) the call is for; refused unless it is someone else's number."""
    callee = args.get("callee")
    if not isinstance(callee, str) or not callee:
        raise Refused(BAD_REQUEST, "makeCall needs args.callee (a number)")
    if callee == user.number:
        raise Refused(BAD_REQUEST, "a user cannot call itself")
    target = engine.directory.user_by_number(callee)
    service = engine.directory.services.get(callee)
    if target is None and service is None:
        raise Refused(BAD_REQUEST, f"unknown number {callee!r}")
    login = user.login
    if target is not None and set(engine._user_calls[login]) & set(engine._user_calls[target.login]):
        raise Refused(BAD_REQUEST, f"{login} is already in a call with {callee}")
    return callee, target, service


def _dial(engine: Engine, user: Subscriber, device: str, ref: str, active: SimCall | None) -> tuple[SimCall, SimParty]:
    """The new call, DIALING; a call the user was talking on is held for consultation."""
    login = user.login
    if active is not None:
        active.party(login).hold = CONSULT
        notify.modified(engine, login, active)
    new = SimCall(ref, started=engine.clock())
    new.consultation = any(engine.calls[r].party(login).hold for r in engine._user_calls[login])
    caller = SimParty(user.number, login, device, "caller", DIALING)
    engine.calls[ref] = new
    state.attach(engine, new, caller)
    notify.created(engine, login, new)
    notify.sync_user_state(engine, login)
    if active is not None:
        notify.modified_for_others(engine, active, active.party(login))
    return new, caller


def _ring_user(engine: Engine, new: SimCall, caller: SimParty, target: Subscriber) -> None:
    """Ring the called user, or where its routing sends the call (routing.landing); a busy
    one leaves the caller the choice."""
    where = routing.landing(engine, target, caller.login)
    new.chain = where.chain
    final = where.user
    if where.kind == routing.TO_VOICEMAIL:
        ring_service(engine, new, caller, engine.directory.voicemail_number, mailbox=final.login, shown_first=target.number)
        return
    if where.kind == routing.BUSY:
        _busy(engine, new, caller, final)
        return
    login = caller.login
    callee_party = SimParty(final.number, final.login, final.devices[0], "callee", RINGING_INCOMING)
    caller.state = RINGING_OUTGOING
    state.attach(engine, new, callee_party)
    if final is not target:
        # Flow 6: the caller first sees the dialled user, then its replacement.
        cause = REDIRECTED if where.immediate else FORWARDED
        shown = SimParty(target.number, target.login, None, "callee", NOT_CONNECTED)
        notify.modified(engine, login, new, added=[notify.participant(engine, shown)])
        caller.ringing_remote = True
        notify.replaced(engine, login, new, callee_party, target.number, cause)
        notify.created(engine, final.login, new, cause=cause)
    elif final.traits.callee_notified_first:
        notify.created(engine, final.login, new)
        ringback(engine, login, new, callee_party)
    else:
        ringback(engine, login, new, callee_party)
        notify.created(engine, final.login, new)


def _busy(engine: Engine, new: SimCall, caller: SimParty, callee: Subscriber) -> None:
    """The callee is busy: the caller sees it, then RELEASING with the busy choices."""
    busy_party = SimParty(callee.number, callee.login, callee.devices[0], "callee", NOT_CONNECTED)
    new.parties.append(busy_party)  # shown to the caller, not a call of the callee
    new.busy = True
    caller.state = RINGING_OUTGOING
    notify.modified(engine, caller.login, new, added=[notify.participant(engine, busy_party)])
    caller.state = RELEASING
    notify.modified(engine, caller.login, new, cause=BUSY_CAUSE, device_caps=False)


def ringback(engine: Engine, login: str, call: SimCall, callee: SimParty) -> None:
    caller = call.party(login)
    notify.modified(engine, login, call, added=[notify.participant(engine, callee)])
    caller.ringing_remote = True
    notify.modified(engine, login, call)


def ring_service(
    engine: Engine, call: SimCall, caller: SimParty, number: str, *, mailbox: str, shown_first: str | None = None
) -> None:
    """A service (voicemail) answers at once: ringback without remote ringing, then ACTIVE."""
    login = caller.login
    service_party = SimParty(number, None, None, "callee", ACTIVE)
    call.mailbox = mailbox
    caller.state = RINGING_OUTGOING
    call.parties.append(service_party)
    if shown_first is not None:
        shown = SimParty(shown_first, None, None, "callee", NOT_CONNECTED)
        notify.modified(engine, login, call, added=[notify.participant(engine, shown)])
        notify.replaced(engine, login, call, service_party, shown_first, FORWARDED)
    else:
        notify.modified(engine, login, call, added=[notify.participant(engine, service_party)])
    caller.state = ACTIVE
    notify.modified(engine, login, call)
    if mailbox == login:
        # Consulting one's own mailbox: the counters are refreshed (flow 7) and new messages are heard.
        engine._counters[login]["voiceMessagesNb"] = 0
        notify.bump(engine, login, "voiceMessagesNb", 0)


def unpark_call(engine: Engine, user, call, party, device, args) -> dict:
    raise Refused(BAD_REQUEST, "no parked call to unpark")
