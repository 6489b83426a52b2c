"""Releasing calls: hanging up, a caller giving up, terminate; and what a user's other calls do
once one of them is gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.protocol.wire import NOT_CAPABLE, Refused

from .. import notify, state
from ..calls import CONSULT, DIALING, NOT_CONNECTED, RECALL, RELEASING, RINGING_INCOMING, RINGING_OUTGOING, WAITING, SimCall, SimParty
from ..directory import Subscriber
from ..notify import RECALL_CAUSE

if TYPE_CHECKING:
    from ..core import Engine


def after_leaving(engine: Engine, login: str) -> None:
    """What a user's other calls do once one of its calls is gone: a held call whose
    consultation or waiting call ended rings back (RECALL); a camped-on call that was
    waiting for the line is offered; a consultation whose held call vanished is a plain call."""
    if state.talking_call(engine, login) is None:
        for ref in list(engine._user_calls[login]):
            call = engine.calls[ref]
            p = call.party(login)
            if p.hold in (CONSULT, WAITING):
                if p.hold == CONSULT:
                    # The seed first withdraws reconnect, then offers retrieve with RECALL.
                    notify.modified(engine, login, call, call_data=False, leg_caps=())
                p.hold = RECALL
                notify.modified(engine, login, call, call_data=False, cause=RECALL_CAUSE)
        for ref in list(engine._user_calls[login]):
            call = engine.calls[ref]
            if call.camped_offer and call.party(login).state == RINGING_INCOMING:
                call.camped_offer = False
                notify.modified(engine, login, call)
    if not any(engine.calls[ref].party(login).hold for ref in engine._user_calls[login]):
        for ref in list(engine._user_calls[login]):
            call = engine.calls[ref]
            p = call.party(login)
            if call.consultation and p.role == "caller":
                call.consultation = False
                for q in call.parties:
                    if state.reached(q):
                        notify.refresh(engine, q.login)
    notify.refresh(engine, login)


def hang_up(engine: Engine, call: SimCall, party: SimParty) -> None:
    """A party leaves a call that is not a conference."""
    login = party.login
    peer = call.peer(party)
    if party.state == DIALING or call.busy or peer is None or peer.state == NOT_CONNECTED:
        notify.removed(engine, login, call)
        state.forget(engine, call)
        after_leaving(engine, login)
        return
    if party.state == RINGING_OUTGOING and peer.state == RINGING_INCOMING:
        abandon(engine, call, party, peer, "missedCallsNb")
        return
    if peer.is_service:
        notify.removed(engine, login, call)
        state.forget(engine, call)
        if call.mailbox and call.mailbox != login:
            notify.bump(engine, call.mailbox, "voiceMessagesNb")
        after_leaving(engine, login)
        return
    if party.state == RINGING_INCOMING:
        # A callee cannot hang up a ringing call (no drop is offered); defensive only.
        raise Refused(NOT_CAPABLE, "a ringing call is answered or redirected, not dropped")
    if len(engine._user_calls[login]) > 1:
        # The leaving user keeps another call (flow 2): the peer hears first, and is
        # removed only after the leaving user's held call has rung back.
        notify.releasing(engine, peer.login, call, [party.number])
        notify.removed(engine, login, call)
        after_leaving(engine, login)
        notify.removed(engine, peer.login, call)
    else:
        notify.removed(engine, login, call)
        notify.releasing(engine, peer.login, call, [party.number])
        notify.removed(engine, peer.login, call)
    state.forget(engine, call)
    after_leaving(engine, peer.login)


def abandon(engine: Engine, call: SimCall, caller: SimParty, callee: SimParty, counter: str, cause: str | None = None) -> None:
    """The caller gives up while the callee rings (flow 8), or the network does."""
    caller.state = RELEASING
    notify.modified(engine, caller.login, call, cause=cause, device_caps=False)
    notify.releasing(engine, callee.login, call, [caller.number])
    notify.removed(engine, callee.login, call)
    notify.bump(engine, callee.login, counter)
    notify.participant_removed(engine, caller.login, call, callee.number)
    notify.removed(engine, caller.login, call)
    state.forget(engine, call)
    after_leaving(engine, callee.login)
    after_leaving(engine, caller.login)


def terminate(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    if not call.conference:
        hang_up(engine, call, party)
        return {}
    others = [q for q in call.others(party) if state.reached(q)]
    notify.removed(engine, user.login, call)
    numbers = [party.number] + [q.number for q in others]
    for q in others:
        notify.releasing(engine, q.login, call, [n for n in numbers if n != q.number])
        notify.removed(engine, q.login, call)
    state.forget(engine, call)
    for login in [user.login] + [q.login for q in others]:
        after_leaving(engine, login)
    return {}
