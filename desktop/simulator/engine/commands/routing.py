"""A user's own routing: forward, cancelForward, overflow, cancelOverflow, activateDnd,
deactivateDnd (the WebSocket protocol's names; O2G's routing service maps onto them).

User scope: no call, no device, no capability; any user may set its own routing. Each handler
is called as handler(engine, user, args) -> result, raises Refused before changing anything,
and tells the user its new routing state (RTSM_ROUTING_STATE_MODIFIED) when it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.protocol.routing import FORWARD_CONDITIONS, OVERFLOW_CONDITIONS, VOICEMAIL, Route, Routing, check_route
from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, Refused

from .. import notify, state
from ..calls import NOT_CONNECTED
from ..directory import Subscriber
from ..routing import routing_of

if TYPE_CHECKING:
    from ..core import Engine


def destination(engine: Engine, user: Subscriber, route: Route) -> Route:
    """The route with its destination checked: VOICEMAIL (the user must have a mailbox; the
    voicemail's own number means the same) or another user's number."""
    directory = engine.directory
    where = route.destination
    if where == VOICEMAIL or (directory.voicemail_number and where == directory.voicemail_number):
        if not (user.voicemail and directory.voicemail_number):
            raise Refused(NOT_CAPABLE, f"{user.login} has no voicemail")
        return route._replace(destination=VOICEMAIL)
    if where == user.number:
        raise Refused(BAD_REQUEST, f"{user.login} cannot forward to its own number")
    if directory.user_by_number(where) is None:
        raise Refused(BAD_REQUEST, f"unknown number {where!r}")
    return route


def _route(engine: Engine, user: Subscriber, args: dict, conditions: tuple[str, ...]) -> Route:
    try:
        return destination(engine, user, check_route(args, conditions))
    except ValueError as exc:
        raise Refused(BAD_REQUEST, str(exc)) from None


def apply(engine: Engine, login: str, routing: Routing) -> dict:
    """Set the user's routing; tell it when that changed. The reply's result."""
    if routing != routing_of(engine, login):
        engine._routing[login] = routing
        notify.routing_changed(engine, login)
        # Callers hearing this user busy are offered camp-on and intrusion only without DND.
        for call in list(engine.calls.values()):
            if call.busy and any(p.login == login and p.state == NOT_CONNECTED for p in call.parties):
                for q in call.parties:
                    if state.reached(q):
                        notify.refresh(engine, q.login)
    return {"routing": routing.public()}


def forward(engine: Engine, user: Subscriber, args: dict) -> dict:
    route = _route(engine, user, args, FORWARD_CONDITIONS)
    return apply(engine, user.login, routing_of(engine, user.login)._replace(forward=route))


def cancel_forward(engine: Engine, user: Subscriber, args: dict) -> dict:
    return apply(engine, user.login, routing_of(engine, user.login)._replace(forward=None))


def overflow(engine: Engine, user: Subscriber, args: dict) -> dict:
    route = _route(engine, user, args, OVERFLOW_CONDITIONS)
    return apply(engine, user.login, routing_of(engine, user.login)._replace(overflow=route))


def cancel_overflow(engine: Engine, user: Subscriber, args: dict) -> dict:
    return apply(engine, user.login, routing_of(engine, user.login)._replace(overflow=None))


def activate_dnd(engine: Engine, user: Subscriber, args: dict) -> dict:
    return apply(engine, user.login, routing_of(engine, user.login)._replace(dnd=True))


def deactivate_dnd(engine: Engine, user: Subscriber, args: dict) -> dict:
    return apply(engine, user.login, routing_of(engine, user.login)._replace(dnd=False))


# The protocol's six routing actions (docs/protocol.md), one row each.
ROUTING_HANDLERS: dict[str, Callable[..., dict]] = {
    "forward": forward,
    "cancelForward": cancel_forward,
    "overflow": overflow,
    "cancelOverflow": cancel_overflow,
    "activateDnd": activate_dnd,
    "deactivateDnd": deactivate_dnd,
}
