"""RTSM, the OXE's internal event format (the seed's): JSON objects with a ``name``.

Capabilities travel as ``capaString`` ("drop, hold"), with ``capabilities: {"empty": true}``
beside it when there are none; the string is authoritative. Identities are
``{"id": {"phoneNumber", "login"}, "type": "USER", ...}``.
"""

from __future__ import annotations

from desktop.protocol.events import (
    NO_CAPABILITIES,
    CallCreated,
    CallData,
    CallModified,
    CallRemoved,
    CallSnapshot,
    CountersUpdated,
    DeviceStateModified,
    Event,
    Leg,
    Participant,
    ParticipantRemoved,
    Party,
    TelephonyState,
    UnknownEvent,
    UserStateModified,
)
from desktop.protocol.fields import (
    ParseError,
    as_dict,
    opt_bool,
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

COUNTER_FIELDS = (
    "missedCallsNb",
    "voiceMessagesNb",
    "callBackRequestsNb",
    "faxNb",
    "newTextNb",
    "oldTextNb",
    "eventWaiting",
)

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


def party(identity: dict | None, fallback_number: str | None = None) -> Party | None:
    if identity is None:
        return Party(phone_number=fallback_number) if fallback_number else None
    ident = as_dict(identity, "identity")
    ids = opt_dict(ident, "id") or {}
    kind = ident.get("type")
    if type(kind) is dict:  # tolerate the O2G shape here too
        kind = kind.get("main")
    return Party(
        opt_str(ids, "login"),
        opt_str(ids, "phoneNumber") or fallback_number,
        opt_str(ident, "firstName"),
        opt_str(ident, "lastName"),
        opt_str(ident, "displayName"),
        kind if kind is None or type(kind) is str else str(kind),
    )


def leg(obj) -> Leg:
    obj = as_dict(obj, "leg")
    return Leg(req_str(obj, "deviceId"), opt_str(obj, "state"), capabilities(obj), opt_bool(obj, "ringingRemote"))


def legs(obj: dict, key: str) -> tuple[Leg, ...] | None:
    values = opt_list(obj, key)
    return None if values is None else tuple(leg(v) for v in values)


def participant(obj) -> Participant:
    obj = as_dict(obj, "participant")
    return Participant(
        req_str(obj, "participantId"),
        party(opt_dict(obj, "identity")) or Party(),
        opt_str(obj, "state"),
        opt_bool(obj, "anonymous"),
        opt_bool(obj, "undroppable"),
    )


def participants(obj: dict, key: str) -> tuple[Participant, ...] | None:
    values = opt_list(obj, key)
    return None if values is None else tuple(participant(v) for v in values)


def call_data(obj: dict) -> CallData | None:
    data = opt_dict(obj, "callData")
    if data is None:
        return None
    return CallData(
        opt_str(data, "state"),
        capabilities(data),
        party(opt_dict(data, "initialCalledIdentity"), opt_str(data, "initialCalled")),
        opt_bool(data, "anonymous"),
        opt_bool(data, "deviceCall"),
        opt_str(data, "recordState"),
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


def call_snapshot(obj) -> CallSnapshot:
    obj = as_dict(obj, "call")
    return CallSnapshot(
        req_str(obj, "callRef"), call_data(obj), legs(obj, "legs") or (), participants(obj, "participants") or ()
    )


def parse(obj: dict) -> Event:
    name = obj["name"]
    if type(name) is not str:
        raise ParseError("'name' is not a string")
    if name not in _KNOWN:
        login = obj.get("id")
        return UnknownEvent(name, login if type(login) is str else None)
    login = req_str(obj, "id")
    event_id = opt_int(obj, "eventId")
    time = opt_int(obj, "time")
    if name == CALL_MODIFIED:
        return CallModified(
            login,
            event_id,
            time,
            req_str(obj, "callRef"),
            call_data(obj),
            legs(obj, "modifiedLegs"),
            legs(obj, "addedLegs"),
            removed_legs(obj),
            participants(obj, "addedParticipants"),
            participants(obj, "modifiedParticipants"),
            str_list(obj, "removedParticipantIds"),
            device_capabilities(obj),
            opt_str(obj, "cause"),
            opt_str(obj, "previousCallRef"),
            opt_str(obj, "replacedByCallRef"),
        )
    if name == USER_STATE_MODIFIED:
        return UserStateModified(login, event_id, time, req_str(obj, "userState"))
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


_KNOWN = frozenset(
    {
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
