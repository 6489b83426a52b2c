"""What a user does with its own leg of a call: answer, drop, hold, retrieve, reconnect, sendDtmf."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, Refused

from .. import notify, offers, state
from ..calls import ACTIVE, HOLD, RINGING_INCOMING, RINGING_OUTGOING, WAITING, SimCall, SimParty
from ..directory import Subscriber
from . import conference, release

if TYPE_CHECKING:
    from ..core import Engine

_DTMF = re.compile(r"^[0-9*#A-D]{1,64}$")


def answer(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    login = user.login
    talking = state.talking_call(engine, login)
    if talking is not None:
        # Answering a waiting (camped-on) call puts the current one on hold first (flow 2).
        talking.party(login).hold = WAITING
        notify.modified_for_others(engine, talking, talking.party(login))
        notify.modified(engine, login, talking)
        if call.camped_offer:
            call.camped_offer = False
            notify.modified(engine, login, call)
    call.camped_offer = False
    party.state = ACTIVE
    for q in call.others(party):
        if q.state == RINGING_OUTGOING:
            q.state = ACTIVE
            q.ringing_remote = False
    notify.modified(engine, login, call)
    notify.sync_user_state(engine, login)
    notify.modified_for_others(engine, call, party)
    return {}


def drop(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    if call.conference:
        conference.leave_conference(engine, call, party)
    else:
        release.hang_up(engine, call, party)
    return {}


def hold(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    login = user.login
    party.hold = HOLD
    # The seed shows HELD with no leg capability first, then retrieve (flow 5).
    notify.modified(engine, login, call, leg_caps=())
    notify.modified(engine, login, call, call_data=False)
    notify.modified_for_others(engine, call, party)
    return {}


def retrieve(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    login = user.login
    talking = state.talking_call(engine, login)
    if talking is not None and talking is not call:
        if talking.conference or "hold" not in offers.caps(engine, talking, talking.party(login))[1]:
            raise Refused(NOT_CAPABLE, f"the active call {talking.ref} cannot be put on hold")
        hold(engine, user, talking, talking.party(login), device, {})
    party.hold = None
    notify.modified(engine, login, call)
    notify.modified_for_others(engine, call, party)
    return {}


def reconnect(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    login = user.login
    # Reconnect ends the consultation: every other call of the user that is neither held
    # nor merely ringing at it.
    consultations = [
        engine.calls[ref] for ref in engine._user_calls[login]
        if ref != call.ref
        and engine.calls[ref].party(login).hold is None
        and engine.calls[ref].party(login).state != RINGING_INCOMING
    ]
    party.hold = HOLD  # so that ending the consultation does not make it ring back
    for other in consultations:
        other_party = other.party(login)
        if other.conference:
            conference.leave_conference(engine, other, other_party)
        else:
            release.hang_up(engine, other, other_party)
    return retrieve(engine, user, call, party, device, args)


def send_dtmf(engine: Engine, user, call, party, device, args) -> dict:
    digits = args.get("digits")
    if not isinstance(digits, str) or not _DTMF.match(digits):
        raise Refused(BAD_REQUEST, "sendDtmf needs args.digits (0-9, *, #, A-D)")
    return {"digits": digits}
