"""RTSM, the OXE's internal event format (the seed's): JSON objects with a ``name``.

Capabilities travel as ``capaString`` ("drop, hold"), with ``capabilities: {"empty": true}``
beside it when there are none; the string is authoritative. Identities are
``{"id": {"phoneNumber", "login"}, "type": "USER", ...}``.
"""

from __future__ import annotations

from desktop.protocol import routing
from desktop.protocol.events import (
    NO_CAPABILITIES,
    Began,
    CallCreated,
    CallData,
    CallModified,
    CallRemoved,
    CallSnapshot,
    CountersUpdated,
    DeviceStateModified,
    Event,
    Leg,
    LinkStateModified,
    Participant,
    ParticipantRemoved,
    Identity,
    RoutingStateModified,
    TelephonyState,
    UnknownEvent,
    UserStateModified,
)
from desktop.protocol.fields import (
    ParseError,
    as_dict,
    opt_dict,
    opt_int,
    opt_list,
    opt_str,
    req_str,
    str_list,
)

# The names the seed shows, plus the ones we name after O2G's events (documented in README).
CALL_CREATED = "RTSM_CALL_CREATED"
CALL_MODIFIED = "RTSM_CALL_MODIFIED"
CALL_REMOVED = "RTSM_CALL_REMOVED"
USER_STATE_MODIFIED = "RTSM_USER_STATE_MODIFIED"
PARTICIPANT_REMOVED = "RTSM_PARTICIPANT_REMOVED"
DEVICE_STATE_MODIFIED = "RTSM_DEVICE_STATE_MODIFIED"
MESSAGE_COUNTERS = "RTSM_MESSAGE_COUNTERS"
TELEPHONY_STATE = "RTSM_TELEPHONY_STATE"
# Named by us after O2G's routing and maintenance events (README "Wire formats"): a user's whole
# routing state in O2G's RoutingState shape, and a link of the chain going down or up (no user).
ROUTING_STATE_MODIFIED = "RTSM_ROUTING_STATE_MODIFIED"
LINK_STATE_MODIFIED = "RTSM_LINK_STATE_MODIFIED"
# RTSM_LINK_STATE_MODIFIED's "link" and "state" values, and what the model calls them.
LINK_NAMES = {"PBX": routing.PBX, "CTI": routing.CTI}
LINK_STATES = {"UP": routing.UP, "DOWN": routing.DOWN}

COUNTER_FIELDS = (
    "missedCallsNb",
    "voiceMessagesNb",
    "callBackRequestsNb",
    "faxNb",
    "newTextNb",
    "oldTextNb",
    "eventWaiting",
)

# NamedTuple's own constructor is a Python function; tuple.__new__ builds the same thing in C.
_new = tuple.__new__
_NO_PARTY = Identity()

# capaString values repeat endlessly; splitting each once keeps the hot path cheap.
_capa_cache: dict[str, frozenset[str]] = {"": NO_CAPABILITIES}


def capabilities(obj: dict) -> frozenset[str]:
    text = obj.get("capaString")
    if text is None:
        return NO_CAPABILITIES
    caps = _capa_cache.get(text)
    if caps is None:
        if type(text) is not str:
            raise ParseError("'capaString' is not a string")
        caps = frozenset(part.strip() for part in text.split(",") if part.strip())
        if len(_capa_cache) < 4096:
            _capa_cache[text] = caps
    return caps


_STR_OR_NONE = frozenset({str, type(None)})


def _not_strings(values) -> ParseError:
    kinds = ", ".join(sorted({type(v).__name__ for v in values if v is not None and type(v) is not str}))
    return ParseError(f"expected text, got {kinds}")


def party(identity, fallback_number: str | None = None) -> Identity | None:
    if identity is None:
        return _new(Identity, (None, fallback_number, None, None, None, None)) if fallback_number else None
    if type(identity) is not dict:
        raise ParseError("identity is not an object")
    ids = identity.get("id")
    if ids is None:
        login = number = None
    elif type(ids) is dict:
        login, number = ids.get("login"), ids.get("phoneNumber")
    else:
        raise ParseError("'id' is not an object")
    kind = identity.get("type")
    if type(kind) is dict:  # tolerate the O2G shape here too
        kind = kind.get("main")
    first, last, display = identity.get("firstName"), identity.get("lastName"), identity.get("displayName")
    if not {type(login), type(number), type(first), type(last), type(display), type(kind)} <= _STR_OR_NONE:
        raise _not_strings((login, number, first, last, display, kind))
    return _new(Identity, (login, number or fallback_number, first, last, display, kind))


# leg(), participant() and their lists serve both formats: O2G passes its own readers of
# capabilities and identities, the only parts where the two differ.


def leg(obj, caps=capabilities) -> Leg:
    # Written out rather than through the field helpers: this runs for nearly every event.
    if type(obj) is not dict:
        raise ParseError("leg is not an object")
    device, state, ringing = obj.get("deviceId"), obj.get("state"), obj.get("ringingRemote", False)
    if type(device) is not str or not device:
        raise ParseError("missing or invalid 'deviceId'")
    if (state is not None and type(state) is not str) or type(ringing) is not bool:
        raise ParseError("invalid leg 'state' or 'ringingRemote'")
    return _new(Leg, (device, state, caps(obj), ringing))


def legs(obj: dict, key: str, caps=capabilities) -> tuple[Leg, ...] | None:
    values = obj.get(key)
    if values is None:
        return None
    if type(values) is not list:
        raise ParseError(f"{key!r} is not a list")
    return tuple([leg(v, caps) for v in values])


def participant(obj, identity=party) -> Participant:
    if type(obj) is not dict:
        raise ParseError("participant is not an object")
    pid, state = obj.get("participantId"), obj.get("state")
    anonymous, undroppable = obj.get("anonymous", False), obj.get("undroppable", False)
    if type(pid) is not str or not pid:
        raise ParseError("missing or invalid 'participantId'")
    if state is not None and type(state) is not str:
        raise _not_strings((state,))
    if type(anonymous) is not bool or type(undroppable) is not bool:
        raise ParseError("participant holds a non-boolean flag")
    return _new(Participant, (pid, identity(obj.get("identity")) or _NO_PARTY, state, anonymous, undroppable))


def participants(obj: dict, key: str, identity=party) -> tuple[Participant, ...] | None:
    values = opt_list(obj, key)
    return None if values is None else tuple([participant(v, identity) for v in values])


def call_data(obj: dict) -> CallData | None:
    data = obj.get("callData")
    if data is None:
        return None
    if type(data) is not dict:
        raise ParseError("'callData' is not an object")
    state, initial, record = data.get("state"), data.get("initialCalled"), data.get("recordState")
    anonymous, device_call = data.get("anonymous", False), data.get("deviceCall", False)
    if not {type(state), type(initial), type(record)} <= _STR_OR_NONE:
        raise _not_strings((state, initial, record))
    if type(anonymous) is not bool or type(device_call) is not bool:
        raise ParseError("callData holds a non-boolean flag")
    return _new(
        CallData,
        (state, capabilities(data), party(data.get("initialCalledIdentity"), initial), anonymous, device_call, record, None),
    )


def device_capabilities(obj: dict) -> dict[str, frozenset[str]] | None:
    values = opt_list(obj, "devicesCapabilities")
    if values is None:
        return None
    return {req_str(as_dict(v, "device capabilities"), "deviceId"): capabilities(v) for v in values}


def removed_legs(obj: dict) -> tuple[str, ...] | None:
    values = opt_list(obj, "removedLegs")
    if values is None:
        return None
    return tuple(v if type(v) is str else req_str(as_dict(v, "removed leg"), "deviceId") for v in values)


def counters(obj: dict) -> dict[str, int | bool]:
    source = opt_dict(obj, "eventSummary") or obj
    found = {}
    for key in COUNTER_FIELDS:
        value = source.get(key)
        if value is not None:
            if type(value) not in (int, bool):
                raise ParseError(f"{key!r} is not a number")
            found[key] = value
    return found


def call_snapshot(obj, read_call_data=None, caps=capabilities, identity=party) -> CallSnapshot:
    obj = as_dict(obj, "call")
    return CallSnapshot(
        req_str(obj, "callRef"),
        (read_call_data or call_data)(obj),
        legs(obj, "legs", caps) or (),
        participants(obj, "participants", identity) or (),
    )


_DIRECTIONS = {"INCOMING": "incoming", "OUTGOING": "outgoing"}


def began(obj: dict) -> Began:
    """A snapshot event's "began": {"call": ms, "state": ms, "direction": "INCOMING"|"OUTGOING"},
    each part optional."""
    block = as_dict(obj["began"], "began")
    direction = opt_str(block, "direction")
    if direction is not None and direction not in _DIRECTIONS:
        raise ParseError(f"'began.direction' must be INCOMING or OUTGOING, not {direction!r}")
    return Began(opt_int(block, "call"), opt_int(block, "state"), _DIRECTIONS.get(direction))


def parse(obj: dict) -> Event:
    name = obj["name"]
    if type(name) is not str:
        raise ParseError("'name' is not a string")
    if name not in _KNOWN:
        login = obj.get("id")
        return UnknownEvent(name, login if type(login) is str else None)
    if name == LINK_STATE_MODIFIED:
        return link_state(obj)
    login, event_id, time = obj.get("id"), obj.get("eventId"), obj.get("time")
    if type(login) is not str or not login:
        raise ParseError("missing or invalid 'id'")
    if (event_id is not None and type(event_id) is not int) or (time is not None and type(time) is not int):
        raise ParseError("'eventId' and 'time' must be integers")
    if name == CALL_MODIFIED:
        # Most optional parts are absent from most events: testing for the key first is much
        # cheaper than calling a reader that returns None.
        return _new(CallModified, (
            login,
            event_id,
            time,
            req_str(obj, "callRef"),
            call_data(obj) if "callData" in obj else None,
            legs(obj, "modifiedLegs") if "modifiedLegs" in obj else None,
            legs(obj, "addedLegs") if "addedLegs" in obj else None,
            removed_legs(obj) if "removedLegs" in obj else None,
            participants(obj, "addedParticipants") if "addedParticipants" in obj else None,
            participants(obj, "modifiedParticipants") if "modifiedParticipants" in obj else None,
            str_list(obj, "removedParticipantIds") if "removedParticipantIds" in obj else None,
            device_capabilities(obj) if "devicesCapabilities" in obj else None,
            opt_str(obj, "cause") if "cause" in obj else None,
            opt_str(obj, "previousCallRef") if "previousCallRef" in obj else None,
            opt_str(obj, "replacedByCallRef") if "replacedByCallRef" in obj else None,
        ))
    if name == USER_STATE_MODIFIED:
        caps = device_capabilities(obj) if "devicesCapabilities" in obj else None
        return _new(UserStateModified, (login, event_id, time, req_str(obj, "userState"), caps, began(obj) if "began" in obj else None))
    if name == CALL_CREATED:
        return CallCreated(
            login,
            event_id,
            time,
            req_str(obj, "callRef"),
            call_data(obj),
            legs(obj, "legs") or (),
            participants(obj, "participants") or (),
            device_capabilities(obj),
            opt_str(obj, "cause"),
            opt_int(obj, "totalCallNbr"),
            began(obj) if "began" in obj else None,
        )
    if name == CALL_REMOVED:
        return CallRemoved(
            login,
            event_id,
            time,
            req_str(obj, "callRef"),
            opt_str(obj, "cause"),
            opt_str(obj, "newDestination"),
            device_capabilities(obj),
        )
    if name == PARTICIPANT_REMOVED:
        ids = str_list(obj, "participantIds")
        if ids is None:
            raise ParseError("missing 'participantIds'")
        return ParticipantRemoved(login, event_id, time, req_str(obj, "callRef"), ids, opt_str(obj, "cause"))
    if name == MESSAGE_COUNTERS:
        return CountersUpdated(login, event_id, time, counters(obj))
    if name == ROUTING_STATE_MODIFIED:
        return RoutingStateModified(login, event_id, time, routing.read_state_json(obj.get("routingState")))
    if name == DEVICE_STATE_MODIFIED:
        states = {}
        for item in opt_list(obj, "deviceStates") or ():
            item = as_dict(item, "device state")
            states[req_str(item, "deviceId")] = req_str(item, "state")
        return DeviceStateModified(login, event_id, time, states)
    # TELEPHONY_STATE
    return TelephonyState(
        login,
        event_id,
        time,
        tuple(call_snapshot(c) for c in opt_list(obj, "calls") or ()),
        device_capabilities(obj),
        opt_str(obj, "userState"),
    )


def link_state(obj: dict) -> LinkStateModified:
    link, state, time = LINK_NAMES.get(obj.get("link")), LINK_STATES.get(obj.get("state")), obj.get("time")
    if link is None or state is None:
        raise ParseError("'link' must be PBX or CTI and 'state' UP or DOWN")
    if time is not None and type(time) is not int:
        raise ParseError("'time' must be an integer")
    return LinkStateModified(link, state, time)


_KNOWN = frozenset(
    {
        ROUTING_STATE_MODIFIED,
        LINK_STATE_MODIFIED,
        CALL_CREATED,
        CALL_MODIFIED,
        CALL_REMOVED,
        USER_STATE_MODIFIED,
        PARTICIPANT_REMOVED,
        DEVICE_STATE_MODIFIED,
        MESSAGE_COUNTERS,
        TELEPHONY_STATE,
    }
)
