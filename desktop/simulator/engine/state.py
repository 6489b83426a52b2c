"""The engine's call state, read and changed without telling anyone: which calls each user is
in, who is talking, who is busy. The event side is notify.py's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .calls import ACTIVE, NOT_CONNECTED, RINGING_INCOMING, SimCall, SimParty
from .directory import Subscriber

if TYPE_CHECKING:
    from .core import Engine


def is_busy_now(engine: Engine, login: str) -> bool:
    # A ringing call alone does not make a user BUSY (the seed's callee turns BUSY on answer).
    return any(engine.calls[ref].party(login).state != RINGING_INCOMING for ref in engine._user_calls[login])


def holds(engine: Engine, login: str, kind: str) -> bool:
    return any(engine.calls[ref].party(login).hold == kind for ref in engine._user_calls[login])


def talking_call(engine: Engine, login: str, device: str | None = None) -> SimCall | None:
    """The user's connected, unheld two-party or conference call, if any."""
    for ref in engine._user_calls[login]:
        call = engine.calls[ref]
        p = call.party(login)
        if p.state == ACTIVE and p.hold is None and (device is None or p.device == device):
            return call
    return None


def reached(party: SimParty) -> bool:
    """A user who has this call on a device, hence hears about it (a busy callee does not)."""
    return party.login is not None and party.state != NOT_CONNECTED


def attach(engine: Engine, call: SimCall, party: SimParty) -> None:
    if party.state == RINGING_INCOMING:
        party.since = engine.clock()
    call.parties.append(party)
    if party.login is not None:
        engine._user_calls[party.login].append(call.ref)


def detach(engine: Engine, call: SimCall, party: SimParty) -> None:
    call.parties.remove(party)
    if party.login is not None and call.ref in engine._user_calls[party.login]:
        engine._user_calls[party.login].remove(call.ref)
        engine._told.pop((party.login, call.ref), None)


def move_into(engine: Engine, party: SimParty, old: SimCall, into: SimCall) -> None:
    """The party's leg of call `old` becomes a leg of `into` (merge, transfer); a joiner never
    learns `into`'s initial called party."""
    old.parties.remove(party)
    party.knows_initial_called = False
    into.parties.append(party)
    refs = engine._user_calls[party.login]
    refs[refs.index(old.ref)] = into.ref
    engine._told.pop((party.login, old.ref), None)


def forget(engine: Engine, call: SimCall) -> None:
    for party in list(call.parties):
        detach(engine, call, party)
    engine.calls.pop(call.ref, None)


def is_free(engine: Engine, user: Subscriber) -> bool:
    return not engine._user_calls[user.login]
