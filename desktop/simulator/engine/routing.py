"""Where a call to a user lands, given everyone's forward, overflow and do-not-disturb.

What the simulated OXE decides, in one place (`landing` for a new call, `on_no_answer` when the
ringing timer expires). The rules, as a PBX applies them:

- An IMMEDIATE forward sends the call on before the user's set rings; the destination's own
  routing then applies (a chain).
- A user who is busy, or has do-not-disturb on, counts as busy: a BUSY or BUSY_NO_ANSWER
  forward (or else such an overflow) sends the call on; otherwise the caller hears busy. So
  DND gives the caller busy, or voicemail when the user forwards there.
- A NO_ANSWER or BUSY_NO_ANSWER forward (or else overflow) acts when the ringing timer expires.
- Loops are cut: a forward to someone already in the chain, to the caller, or past MAX_HOPS
  is ignored, and the call stays with the last user reached.
- The caller sees the dialled user replaced by whoever rings: cause REDIRECTED for an
  immediate forward (seed flow 6), FORWARDED for a busy or no-answer one and for voicemail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from desktop.protocol.routing import IMMEDIATE, ON_BUSY, ON_NO_ANSWER, VOICEMAIL, Route, Routing

from . import state
from .directory import Subscriber

if TYPE_CHECKING:
    from .core import Engine

MAX_HOPS = 5  # users a call may pass through before the chain is cut

# What happens to the call (Landing.kind).
RING = "ring"  # `user` rings
TO_VOICEMAIL = "voicemail"  # `user`'s mailbox takes the call
BUSY = "busy"  # the caller hears `user` busy


class Landing(NamedTuple):
    kind: str
    user: Subscriber  # who rings, whose mailbox, or who is busy
    chain: tuple[str, ...]  # logins the call passed through, the dialled user first
    immediate: bool  # the last hop was an immediate forward (cause REDIRECTED, not FORWARDED)


def routing_of(engine: Engine, login: str) -> Routing:
    return engine._routing.get(login) or Routing()


def busy_for_calls(engine: Engine, user: Subscriber) -> bool:
    """Busy as far as a new call is concerned: on a call, or do-not-disturb."""
    return routing_of(engine, user.login).dnd or not state.is_free(engine, user)


def _next_hop(engine: Engine, route: Route | None, chain: list[str], caller: str | None) -> Subscriber | str | None:
    """VOICEMAIL, the next user, or None when the route does not apply (none, loop, unknown)."""
    if route is None:
        return None
    if route.destination in (VOICEMAIL, engine.directory.voicemail_number):
        return VOICEMAIL if engine.directory.voicemail_number else None
    user = engine.directory.user_by_number(route.destination)
    if user is None or user.login in chain or user.login == caller or len(chain) > MAX_HOPS:
        return None
    return user


def _conditional(routing: Routing, conditions: frozenset[str]) -> list[Route]:
    """The forward, then the overflow, that act on one of `conditions`."""
    return [r for r in (routing.forward, routing.overflow) if r is not None and r.condition in conditions]


def landing(engine: Engine, target: Subscriber, caller: str | None, chain: tuple[str, ...] = ()) -> Landing:
    """Where a new call to `target` from login `caller` lands now. Changes nothing."""
    path = list(chain) + [target.login]
    user, immediate = target, False
    while True:
        routing = routing_of(engine, user.login)
        forward = routing.forward if routing.forward and routing.forward.condition == IMMEDIATE else None
        hop = _next_hop(engine, forward, path, caller)
        if hop is None:
            break
        if hop == VOICEMAIL:
            return Landing(TO_VOICEMAIL, user, tuple(path), True)
        user, immediate = hop, True
        path.append(user.login)
    if not busy_for_calls(engine, user):
        return Landing(RING, user, tuple(path), immediate)
    for route in _conditional(routing_of(engine, user.login), ON_BUSY):
        hop = _next_hop(engine, route, path, caller)
        if hop == VOICEMAIL:
            return Landing(TO_VOICEMAIL, user, tuple(path), False)
        if hop is not None:
            return landing(engine, hop, caller, tuple(path))
    return Landing(BUSY, user, tuple(path), immediate)


def on_no_answer(engine: Engine, ringing: Subscriber, caller: str | None, chain: tuple[str, ...] = ()) -> Landing | None:
    """Where a call ringing unanswered at `ringing` goes when its timer expires; None when the
    user has no no-answer route that applies (the engine's default then: voicemail or release)."""
    path = list(chain) or [ringing.login]
    if ringing.login not in path:
        path.append(ringing.login)
    for route in _conditional(routing_of(engine, ringing.login), ON_NO_ANSWER):
        hop = _next_hop(engine, route, path, caller)
        if hop == VOICEMAIL:
            return Landing(TO_VOICEMAIL, ringing, tuple(path), False)
        if hop is not None:
            onward = landing(engine, hop, caller, tuple(path))
            # A busy destination: the call keeps to the engine's default.
            return None if onward.kind == BUSY else onward
    return None


def has_no_answer_route(engine: Engine, login: str) -> bool:
    return bool(_conditional(routing_of(engine, login), ON_NO_ANSWER))
