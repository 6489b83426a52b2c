"""The calls waiting for someone (issue 14's queue): ringing at a monitored user and not
answered yet, or on hold. Pure: read off the model, no Qt.

One entry per call (its callRef): a call held by A with B, both monitored, shows HELD on both
lines but is one forgotten caller, held by whoever can take it back (retrieve or reconnect
offered); a call forwarded from one monitored user to another keeps its callRef, so it keeps
its place in the queue and its waiting time (the caller's wait goes on), only "for" changes.

When a wait began: the model knows when a call began ringing (the CallCreated's time, or what
a snapshot says), not when a live event put a call on hold, so `WaitingCalls` remembers when it
first saw each wait; `exact` says whether that is when it began (a live change, seen within a
frame) or only a lower bound (a rebuilt state that did not say: O2G's telephony state).
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.model.reducer import Model
from desktop.model.state import HELD, RINGING, Call, User
from desktop.protocol.events import Identity
from desktop.protocol.routing import ON_NO_ANSWER, Route

RINGING_CALLS, HELD_CALLS = "ringing", "held"
KINDS = (RINGING_CALLS, HELD_CALLS)
_LINE_STATE = {RINGING: RINGING_CALLS, HELD: HELD_CALLS}
# The holder's own leg offers one of these; the held party's does not.
_TAKES_BACK = frozenset({"retrieve", "reconnect"})


class Waiting(NamedTuple):
    kind: str  # RINGING_CALLS or HELD_CALLS
    call_ref: str
    login: str  # the monitored user it rings at, or who holds it
    party: Identity | None  # who waits: the caller, the held party (None: nobody known yet)
    since: int  # ms (the source's clock): when the wait began, or was first seen (see exact)
    exact: bool  # since is when it began; False: at least since then
    next_route: Route | None = None  # ringing: where the PBX sends it if nobody answers
    holder: bool = False  # held: `login` put it on hold (can take it back); False: not known to

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.call_ref)


def next_route(user: User) -> Route | None:
    """Where a call ringing at `user` goes if nobody answers: a no-answer forward, else a
    no-answer overflow (the simulated OXE's rule, docs/protocol.md); None: it rings on."""
    routing = user.routing
    if routing is None:
        return None
    for route in (routing.forward, routing.overflow):
        if route is not None and route.condition in ON_NO_ANSWER:
            return route
    return None


def _waits_of(user: User) -> dict[tuple[str, str], Call]:
    """(kind, callRef) -> call, for the calls ringing at or held on `user`'s line."""
    found = {}
    for call in user.calls.values():
        kind = _LINE_STATE.get(call.line_state())
        if kind is not None:
            found[(kind, call.call_ref)] = call
    return found


def _holds(call: Call) -> bool:
    return any(_TAKES_BACK & leg.capabilities for leg in call.legs.values())


def _party(user: User, call: Call) -> Identity | None:
    for p in call.participants.values():
        if p.party.login != user.login:
            return p.party
    return None


def _known_since(user: User, call: Call, kind: str) -> int | None:
    """When the wait began, when the model knows it."""
    # A snapshot's time in state holds while the state is the snapshot's (a later live event
    # changes the state, not state_since).
    if user.from_snapshot and call.state_since is not None:
        return call.state_since
    if kind == RINGING_CALLS:
        return call.started_at  # rings from the moment it was made at this user
    return None


def _order(wait: Waiting) -> tuple[int, str]:
    return (wait.since, wait.call_ref)


class WaitingCalls:
    """The waits now, each with the moment it began (remembered across refreshes).

    `update` rescans only the users said to have changed (all of them when not told): a frame
    with a few changed users among 10,000 costs a few users' worth of work, and the waits of
    the users that did not change are the same `Waiting` objects as last time (hundreds of
    calls ringing: made afresh five times a second, they were most of the queue's update)."""

    def __init__(self) -> None:
        self._since: dict[tuple[str, str], tuple[int, bool]] = {}
        # login -> its waits: (key, user, call, holds it), remade when the user changed
        self._at: dict[str, list[tuple[tuple[str, str], User, Call, bool]]] = {}
        self._made: dict[tuple[str, str], tuple[tuple, Waiting]] = {}  # key -> (its entry, its row)

    def update(self, model: Model, now: int, changed=None) -> list[Waiting]:
        """Every wait now, longest first (then by callRef, for a stable order); `changed`: the
        logins whose state changed since the last update (None: rescan everyone)."""
        users = model.users
        if changed is None:
            self._at = {}
            changed = users
        for login in changed:
            user = users.get(login)
            waits = _waits_of(user) if user is not None else None
            if waits:
                self._at[login] = [(key, user, call, key[0] == HELD_CALLS and _holds(call)) for key, call in waits.items()]
            else:
                self._at.pop(login, None)
        found: dict[tuple[str, str], tuple] = {}
        for entries in self._at.values():
            for entry in entries:
                key = entry[0]
                # One row per call: held on two monitored lines, it is the holder's.
                if key not in found or (entry[3] and not found[key][3]):
                    found[key] = entry
        since = {}
        made = {}
        rows = []
        before = self._made
        for key, entry in found.items():
            _, user, call, holder = entry
            kind = key[0]
            began = self._since.get(key)
            if began is None:
                known = _known_since(user, call, kind)
                if known is not None:
                    began = (known, True)
                else:  # a live change is seen as it happens; a rebuilt state's start is unknown
                    began = (now, not user.from_snapshot)
            since[key] = began
            last = before.get(key)
            if last is not None and last[0] is entry and last[1].since == began[0] and last[1].exact == began[1]:
                wait = last[1]  # its user did not change: the same row
            else:
                route = next_route(user) if kind == RINGING_CALLS else None
                wait = Waiting(kind, call.call_ref, user.login, _party(user, call), began[0], began[1], route, holder)
            made[key] = (entry, wait)
            rows.append(wait)
        self._since = since  # the waits that ended are forgotten: held again later, timed afresh
        self._made = made
        rows.sort(key=_order)
        return rows

    def clear(self) -> None:
        self._since.clear()
        self._at.clear()
        self._made.clear()
