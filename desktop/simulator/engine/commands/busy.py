"""The caller's choices when the callee is busy: wait (camp on), or ask for a call back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import notify, state
from ..calls import RINGING_INCOMING, RINGING_OUTGOING, SimCall, SimParty
from ..directory import Subscriber
from ..notify import BUSY_CAUSE
from . import release

if TYPE_CHECKING:
    from ..core import Engine


def wait_on_busy(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    target = next(q for q in call.others(party) if q.login)
    call.busy, call.camp_on, call.camped_offer = False, True, True
    party.state, party.ringing_remote = RINGING_OUTGOING, False
    target.state = RINGING_INCOMING
    engine._user_calls[target.login].append(call.ref)
    notify.modified(engine, user.login, call, cause=BUSY_CAUSE)
    notify.created(engine, target.login, call)
    return {}


def call_back(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    target = next(q for q in call.others(party) if q.login)
    if target.state == RINGING_INCOMING:
        release.abandon(engine, call, party, target, "callBackRequestsNb")
    else:
        notify.removed(engine, user.login, call)
        state.forget(engine, call)
        notify.bump(engine, target.login, "callBackRequestsNb")
        release.after_leaving(engine, user.login)
    return {}
