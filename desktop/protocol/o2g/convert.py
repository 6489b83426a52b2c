"""RTSM events rewritten in O2G's public client format.

What a gateway in front of the OXE does: the simulated O2G gateway serves its engine's events
this way, and the tests use it to check both formats give one model state.
"""

from __future__ import annotations

from desktop.protocol import rtsm

_NAMES = {
    rtsm.CALL_CREATED: "OnCallCreated",
    rtsm.CALL_MODIFIED: "OnCallModified",
    rtsm.CALL_REMOVED: "OnCallRemoved",
    rtsm.USER_STATE_MODIFIED: "OnUserStateModified",
    rtsm.PARTICIPANT_REMOVED: "OnCallModified",  # O2G reports it inside a modification
    rtsm.DEVICE_STATE_MODIFIED: "OnDeviceStateModified",
    rtsm.MESSAGE_COUNTERS: "OnEventSummaryUpdated",
    rtsm.TELEPHONY_STATE: "OnTelephonyState",
}


def _caps(obj: dict) -> dict[str, bool]:
    return {name: True for name in sorted(rtsm.capabilities(obj))}


def _party(identity: dict | None, number: str | None = None) -> dict | None:
    if identity is None:
        return {"id": {"phoneNumber": number}} if number else None
    ids = identity.get("id") or {}
    out: dict = {"id": {k2: ids[k1] for k1, k2 in (("login", "loginName"), ("phoneNumber", "phoneNumber")) if k1 in ids}}
    for key in ("firstName", "lastName", "displayName"):
        if key in identity:
            out[key] = identity[key]
    if "type" in identity:
        out["type"] = {"main": identity["type"]}
    return out


def _leg(leg: dict) -> dict:
    return {
        "deviceId": leg["deviceId"],
        "state": leg.get("state"),
        "ringingRemote": leg.get("ringingRemote", False),
        "capabilities": _caps(leg),
    }


def _participant(p: dict) -> dict:
    out = {"participantId": p["participantId"]}
    identity = _party(p.get("identity"))
    if identity is not None:
        out["identity"] = identity
    for key in ("state", "anonymous", "undroppable"):
        if key in p:
            out[key] = p[key]
    return out


def _call_data(data: dict) -> dict:
    out = {"state": data.get("state"), "capabilities": _caps(data)}
    initial = _party(data.get("initialCalledIdentity"), data.get("initialCalled"))
    if initial is not None:
        out["initialCalled"] = initial
    for key in ("anonymous", "deviceCall", "recordState"):
        if key in data:
            out[key] = data[key]
    return out


def _device_caps(items: list) -> list:
    return [{"deviceId": d["deviceId"], **_caps(d)} for d in items]


def _call(obj: dict) -> dict:
    out = {"callRef": obj["callRef"]}
    if "callData" in obj:
        out["callData"] = _call_data(obj["callData"])
    out["legs"] = [_leg(x) for x in obj.get("legs", [])]
    out["participants"] = [_participant(x) for x in obj.get("participants", [])]
    return out


def rtsm_to_o2g(obj: dict) -> dict | None:
    """The O2G form of one RTSM event, or None for an event O2G has no form for."""
    name = _NAMES.get(obj.get("name"))
    if name is None:
        return None
    out: dict = {"eventName": name, "loginName": obj["id"]}
    source = obj["name"]
    if source == rtsm.USER_STATE_MODIFIED:
        out["state"] = obj["userState"]
        return out
    if source == rtsm.MESSAGE_COUNTERS:
        out["eventSummary"] = rtsm.counters(obj)
        return out
    if source == rtsm.DEVICE_STATE_MODIFIED:
        out["deviceStates"] = obj.get("deviceStates", [])
        return out
    if source == rtsm.TELEPHONY_STATE:
        state: dict = {"calls": [_call(c) for c in obj.get("calls", [])]}
        if "devicesCapabilities" in obj:
            state["deviceCapabilities"] = _device_caps(obj["devicesCapabilities"])
        if "userState" in obj:
            state["userState"] = obj["userState"]
        out["state"] = state
        return out
    out["callRef"] = obj["callRef"]
    for key in ("cause", "previousCallRef", "replacedByCallRef", "newDestination"):
        if key in obj:
            out[key] = obj[key]
    if source == rtsm.PARTICIPANT_REMOVED:
        out["removedParticipantIds"] = list(obj["participantIds"])
        return out
    if "callData" in obj:
        out["callData"] = _call_data(obj["callData"])
    if source == rtsm.CALL_CREATED:
        out["legs"] = [_leg(x) for x in obj.get("legs", [])]
        out["participants"] = [_participant(x) for x in obj.get("participants", [])]
    elif source == rtsm.CALL_MODIFIED:
        for key in ("modifiedLegs", "addedLegs"):
            if key in obj:
                out[key] = [_leg(x) for x in obj[key]]
        if "removedLegs" in obj:
            out["removedLegs"] = [x if isinstance(x, str) else {"deviceId": x["deviceId"]} for x in obj["removedLegs"]]
        for key in ("addedParticipants", "modifiedParticipants"):
            if key in obj:
                out[key] = [_participant(x) for x in obj[key]]
        if "removedParticipantIds" in obj:
            out["removedParticipantIds"] = list(obj["removedParticipantIds"])
    if "devicesCapabilities" in obj:
        out["deviceCapabilities"] = _device_caps(obj["devicesCapabilities"])
    return out
