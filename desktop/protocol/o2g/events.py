"""O2G public client format: what an OmniPCX Open Gateway sends on its event channel.

Objects carry ``eventName`` and ``loginName``; capabilities are objects of booleans
(``{"drop": true, "hold": true}``); identities are ``{"id": {"loginName", "phoneNumber"},
"type": {"main": "USER"}}``; device capabilities are ``{"deviceId", "makeCall": true, ...}``.
There is no per-user event counter.
"""

from __future__ import annotations

from desktop.protocol.events import (
    NO_CAPABILITIES,
    CallCreated,
    CallData,
    CallModified,
    CallRemoved,
    CallSnapshot,
    ChannelInformation,
    CountersUpdated,
    DeviceStateModified,
    Event,
    Leg,
    Participant,
    Identity,
    LinkStateModified,
    RoutingStateModified,
    TelephonyState,
    UnknownEvent,
    UserStateModified,
)
from desktop.protocol.fields import (
    ParseError,
    as_dict,
    opt_bool,
    opt_dict,
    opt_list,
    opt_str,
    req_str,
    str_list,
)
from desktop.protocol import routing, rtsm
from desktop.protocol.o2g.convert import LINK_EVENTS
from desktop.protocol.rtsm import counters


# Capability sets repeat endlessly (every idle user's devices, every ringing leg): each is
# built once and shared, as RTSM's capaStrings are (a 10,000-user snapshot made 10,000 equal
# frozensets, each one more object for the collector and ~200 bytes).
_caps_cache: dict[tuple[str, ...], frozenset[str]] = {(): NO_CAPABILITIES}


def _shared(names: list[str]) -> frozenset[str]:
    key = tuple(names)
    caps = _caps_cache.get(key)
    if caps is None:
        caps = frozenset(key)
        if len(_caps_cache) < 4096:
            _caps_cache[key] = caps
    return caps


def capabilities(obj: dict, skip: str | None = None) -> frozenset[str]:
    caps = obj.get("capabilities")
    if caps is None:
        return NO_CAPABILITIES
    if type(caps) is not dict:
        raise ParseError("'capabilities' is not an object")
    return _shared([k for k, v in caps.items() if v is True and k != skip])


def party(info) -> Identity | None:
    if info is None:
        return None
    info = as_dict(info, "identity")
    ids = opt_dict(info, "id") or {}
    kind = info.get("type")
    if type(kind) is dict:
        kind = kind.get("main")
    return Identity(
        opt_str(ids, "loginName"),
        opt_str(ids, "phoneNumber"),
        opt_str(info, "firstName"),
        opt_str(info, "lastName"),
        opt_str(info, "displayName"),
        kind if kind is None or type(kind) is str else str(kind),
    )


def legs(obj: dict, key: str) -> tuple[Leg, ...] | None:
    return rtsm.legs(obj, key, capabilities)


def participants(obj: dict, key: str) -> tuple[Participant, ...] | None:
    return rtsm.participants(obj, key, party)


def call_data(obj: dict) -> CallData | None:
    data = opt_dict(obj, "callData")
    if data is None:
        return None
    return CallData(
        opt_str(data, "state"),
        capabilities(data),
        party(data.get("initialCalled")),
        opt_bool(data, "anonymous"),
        opt_bool(data, "deviceCall"),
        opt_str(data, "recordState"),
        party(data.get("lastRedirecting")),
    )


def device_capabilities(obj: dict) -> dict[str, frozenset[str]] | None:
    values = opt_list(obj, "deviceCapabilities")
    if values is None:
        return None
    found = {}
    for item in values:
        item = as_dict(item, "device capabilities")
        found[req_str(item, "deviceId")] = _shared([k for k, v in item.items() if v is True])
    return found


def removed(obj: dict, *keys: str) -> tuple[str, ...] | None:
    """O2G's SDKs and its real events disagree on a few names; take whichever is there."""
    for key in keys:
        values = opt_list(obj, key)
        if values is not None:
            return tuple(v if type(v) is str else req_str(as_dict(v, key), "deviceId") for v in values)
    return None


def call_snapshot(obj) -> CallSnapshot:
    return rtsm.call_snapshot(obj, call_data, capabilities, party)


def parse(obj: dict) -> Event:
    name = obj["eventName"]
    if type(name) is not str:
        raise ParseError("'eventName' is not a string")
    if name == "OnChannelInformation":
        text = obj.get("text")
        return ChannelInformation(text if type(text) is str else None)
    link = LINKS.get(name)
    if link is not None:  # about no user (O2G's maintenance events)
        return LinkStateModified(link[0], link[1], None)
    if name not in _KNOWN:
        login = obj.get("loginName")
        return UnknownEvent(name, login if type(login) is str else None)
    login = req_str(obj, "loginName")
    if name == "OnCallModified":
        participant_ids = str_list(obj, "removedParticipantIds")
        if participant_ids is None:
            participant_ids = str_list(obj, "removedParticipants")
        return CallModified(
            login,
            None,
            None,
            req_str(obj, "callRef"),
            call_data(obj),
            legs(obj, "modifiedLegs"),
            legs(obj, "addedLegs"),
            removed(obj, "removedLegs", "removedLeg"),
            participants(obj, "addedParticipants"),
            participants(obj, "modifiedParticipants"),
            participant_ids,
            device_capabilities(obj),
            opt_str(obj, "cause"),
            opt_str(obj, "previousCallRef"),
            opt_str(obj, "replacedByCallRef"),
        )
    if name == "OnUserStateModified":
        return UserStateModified(login, None, None, req_str(obj, "state"))
    if name == "OnCallCreated":
        return CallCreated(
            login,
            None,
            None,
            req_str(obj, "callRef"),
            call_data(obj),
            legs(obj, "legs") or (),
            participants(obj, "participants") or (),
            device_capabilities(obj),
            opt_str(obj, "cause"),
        )
    if name == "OnCallRemoved":
        return CallRemoved(
            login,
            None,
            None,
            req_str(obj, "callRef"),
            opt_str(obj, "cause"),
            opt_str(obj, "newDestination"),
            device_capabilities(obj),
        )
    if name == "OnDeviceStateModified":
        states = {}
        for item in opt_list(obj, "deviceStates") or ():
            item = as_dict(item, "device state")
            states[req_str(item, "deviceId")] = req_str(item, "state")
        return DeviceStateModified(login, None, None, states)
    if name == "OnEventSummaryUpdated":
        return CountersUpdated(login, None, None, counters(obj))
    if name == "OnRoutingStateChanged":
        return RoutingStateModified(login, None, None, routing.read_state_json(obj.get("routingState")))
    # OnTelephonyState
    state = opt_dict(obj, "state") or {}
    return TelephonyState(
        login,
        None,
        None,
        tuple(call_snapshot(c) for c in opt_list(state, "calls") or ()),
        device_capabilities(state),
        opt_str(state, "userState"),
    )


# O2G's link events: which link, up or down, as the model names them.
LINKS = {name: (rtsm.LINK_NAMES[link], rtsm.LINK_STATES[state]) for (link, state), name in LINK_EVENTS.items()}

_KNOWN = frozenset(
    {
        "OnRoutingStateChanged",
        "OnCallCreated",
        "OnCallModified",
        "OnCallRemoved",
        "OnUserStateModified",
        "OnDeviceStateModified",
        "OnTelephonyState",
        "OnEventSummaryUpdated",
    }
)
