"""Routing (forward, overflow, do-not-disturb) and link states, in one normalized shape, and
O2G's routing-state JSON read and written once.

O2G's routing service carries a user's routing as a `RoutingState` (ALE's SDKs:
`routingManagement`, `OnRoutingStateChanged`):

    {"forwardRoutes": [{"forwardType": "BUSY", "destinations": [{"type": "NUMBER", "number": "70021"}]}],
     "overflowRoutes": [{"overflowType": "NO_ANSWER", "destinations": [{"type": "VOICEMAIL", "selected": true}]}],
     "dndState": {"activate": false}}

An immediate forward has no `forwardType` (as the SDKs write it; "IMMEDIATE" is read too). The
RTSM side (RTSM_ROUTING_STATE_MODIFIED, README "Wire formats") carries the same object under
`routingState`, so the engine, the model and the O2G gateway share these two functions.
Pure: no I/O.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.protocol.fields import ParseError

# Forward conditions as O2G's JSON names them (the SDK's BUSY_OR_NO_ANSWER is BUSY_NO_ANSWER there).
IMMEDIATE = "IMMEDIATE"
BUSY = "BUSY"
NO_ANSWER = "NO_ANSWER"
BUSY_NO_ANSWER = "BUSY_NO_ANSWER"
FORWARD_CONDITIONS = (IMMEDIATE, BUSY, NO_ANSWER, BUSY_NO_ANSWER)
OVERFLOW_CONDITIONS = (BUSY, NO_ANSWER, BUSY_NO_ANSWER)
ON_BUSY = frozenset({BUSY, BUSY_NO_ANSWER})
ON_NO_ANSWER = frozenset({NO_ANSWER, BUSY_NO_ANSWER})
# A destination is a phone number or this word.
VOICEMAIL = "VOICEMAIL"

# Links, as the snapshot JSON and the model name them.
PBX = "pbx"
CTI = "cti"
LINKS = (PBX, CTI)
UP = "up"
DOWN = "down"
UNKNOWN = "unknown"


class Route(NamedTuple):
    """One forward or overflow: when (condition) and where (a number or VOICEMAIL)."""

    condition: str
    destination: str

    def public(self) -> dict:
        return {"condition": self.condition, "destination": self.destination}


class Routing(NamedTuple):
    """A user's whole routing state. `forward`/`overflow` None: none set."""

    forward: Route | None = None
    overflow: Route | None = None
    dnd: bool = False

    def public(self) -> dict:
        """The `snapshot` JSON's (and the protocol's replies') shape."""
        return {
            "forward": self.forward.public() if self.forward else None,
            "overflow": self.overflow.public() if self.overflow else None,
            "dnd": self.dnd,
        }


NO_ROUTING = Routing()


def check_route(args: object, conditions: tuple[str, ...]) -> Route:
    """A Route from command args `{"condition", "destination"}`; ValueError saying what is wrong."""
    if not isinstance(args, dict):
        raise ValueError("args must be an object with condition and destination")
    condition, destination = args.get("condition"), args.get("destination")
    if condition not in conditions:
        raise ValueError(f"args.condition must be one of {', '.join(conditions)}")
    if not isinstance(destination, str) or not destination or len(destination) > 64:
        raise ValueError('args.destination must be a phone number or "VOICEMAIL"')
    return Route(condition, destination)


# --- O2G's RoutingState JSON ---------------------------------------------------------------


def _destination_json(destination: str, selected: bool) -> dict:
    out: dict = {"type": VOICEMAIL} if destination == VOICEMAIL else {"type": "NUMBER", "number": destination}
    if selected:
        out["selected"] = True
    return out


def forward_route_json(route: Route) -> dict:
    out: dict = {}
    if route.condition != IMMEDIATE:
        out["forwardType"] = route.condition
    out["destinations"] = [_destination_json(route.destination, False)]
    return out


def overflow_route_json(route: Route) -> dict:
    return {"overflowType": route.condition, "destinations": [_destination_json(route.destination, True)]}


def state_json(routing: Routing) -> dict:
    """O2G's RoutingState for `routing` (every part present, empty lists when none)."""
    return {
        "forwardRoutes": [forward_route_json(routing.forward)] if routing.forward else [],
        "overflowRoutes": [overflow_route_json(routing.overflow)] if routing.overflow else [],
        "dndState": {"activate": routing.dnd},
    }


def _read_route(obj: object, type_key: str, default: str | None, conditions: tuple[str, ...]) -> Route | None:
    if type(obj) is not dict:
        raise ParseError("a route is not an object")
    destinations = obj.get("destinations")
    if destinations is None:
        return None
    if type(destinations) is not list:
        raise ParseError("'destinations' is not a list")
    # As the SDKs read it: a route names exactly one destination, or none.
    if len(destinations) != 1:
        return None
    dest = destinations[0]
    if type(dest) is not dict:
        raise ParseError("a destination is not an object")
    kind = dest.get("type")
    if kind == VOICEMAIL:
        where = VOICEMAIL
    elif kind == "NUMBER":
        number = dest.get("number")
        if type(number) is not str or not number:
            raise ParseError("a NUMBER destination without 'number'")
        where = number
    elif kind in (None, "NONE"):
        return None
    else:
        raise ParseError(f"unknown destination type {kind!r}")
    condition = obj.get(type_key, default)
    if condition is None:
        condition = default
    if condition not in conditions:
        raise ParseError(f"unknown {type_key} {condition!r}")
    return Route(condition, where)


def _first(obj: dict, key: str) -> object | None:
    routes = obj.get(key)
    if routes is None:
        return None
    if type(routes) is not list:
        raise ParseError(f"{key!r} is not a list")
    return routes[0] if routes else None


def read_state_json(obj: object) -> Routing:
    """O2G's RoutingState (or its RTSM carrier's `routingState`) as a Routing; ParseError when
    malformed. Absent parts read as none (the SDKs' reading: a state lists what is set)."""
    if type(obj) is not dict:
        raise ParseError("'routingState' is not an object")
    forward = _first(obj, "forwardRoutes")
    overflow = _first(obj, "overflowRoutes")
    dnd = obj.get("dndState")
    if dnd is not None and type(dnd) is not dict:
        raise ParseError("'dndState' is not an object")
    active = (dnd or {}).get("activate", False)
    if type(active) is not bool:
        raise ParseError("'dndState.activate' is not a boolean")
    return Routing(
        _read_route(forward, "forwardType", IMMEDIATE, FORWARD_CONDITIONS) if forward is not None else None,
        _read_route(overflow, "overflowType", None, OVERFLOW_CONDITIONS) if overflow is not None else None,
        active,
    )
