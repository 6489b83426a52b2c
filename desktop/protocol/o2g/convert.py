"""RTSM events rewritten in O2G's public client format.

What a gateway in front of the OXE does: the simulated O2G gateway serves its engine's events
this way, and the tests use it to check both formats give one model state.
"""

from __future__ import annotations

from desktop.protocol import rtsm
from desktop.protocol.o2g import names

# O2G's capability names (ALE's SDKs: CallCapabilities, LegCapabilities, DeviceCapabilities).
# The OXE offers a few O2G has no name for (waitOnBusy): a gateway does not send them.
CALL_CAPABILITIES = frozenset({
    "addDevice", "addParticipant", "intruded", "intrusion", "transfer", "blindTransfer", "merge",
    "redirect", "pickedUp", "redirectToVoiceMail", "overflowToVoiceMail", "dropMe", "terminate",
    "reject", "callBack", "park", "startRecord", "stopRecord", "pauseRecord", "resumeRecord",
    "dropParticipant", "muteParticipant", "holdParticipant",
})
LEG_CAPABILITIES = frozenset({"answer", "drop", "hold", "retrieve", "reconnect", "mute", "unMute", "sendDtmf", "switchDevice"})
DEVICE_CAPABILITIES = frozenset({"makeCall", "makeBusinessCall", "makePrivateCall", "unParkCall"})
CAPABILITIES = CALL_CAPABILITIES | LEG_CAPABILITIES | DEVICE_CAPABILITIES

# RTSM_LINK_STATE_MODIFIED's (link, state) -> O2G's maintenance event (the one table of them).
LINK_EVENTS = {
    ("PBX", "DOWN"): "OnPbxLinkDown",
    ("PBX", "UP"): "OnPbxLinkUp",
    ("CTI", "DOWN"): "OnCtiLinkDown",
    ("CTI", "UP"): "OnCtiLinkUp",
}
PBX_LINK_UP = LINK_EVENTS[("PBX", "UP")]

# The event package each event name belongs to (what a subscription names); telephony otherwise.
PACKAGE_OF = {
    "OnEventSummaryUpdated": names.EVENT_SUMMARY,
    "OnRoutingStateChanged": names.ROUTING,
    "OnUserInfoChanged": names.USER,
    "OnUserCreated": names.USER_MANAGEMENT,
    "OnUserDeleted": names.USER_MANAGEMENT,
    **{name: names.SYSTEM for name in (*LINK_EVENTS.values(), "OnPbxLoaded", "OnServerStart")},
}
# Causes after which the call goes on elsewhere: the user who left it is told where
# (OnCallRemoved's cause and newDestination), and the call says who sent it on (lastRedirecting).
_SENT_ON = frozenset({"REDIRECTED", "FORWARDED", "TRANSFERRED", "PICKED_UP", "OVERFLOWN"})
_REDIRECTING = frozenset({"REDIRECTED", "FORWARDED"})

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


def _caps(obj: dict, names: frozenset[str] = CAPABILITIES) -> dict[str, bool]:
    return {name: True for name in sorted(rtsm.capabilities(obj)) if name in names}


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
        "capabilities": _caps(leg, LEG_CAPABILITIES),
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
    out = {"state": data.get("state"), "capabilities": _caps(data, CALL_CAPABILITIES)}
    initial = _party(data.get("initialCalledIdentity"), data.get("initialCalled"))
    if initial is not None:
        out["initialCalled"] = initial
    for key in ("anonymous", "deviceCall", "recordState"):
        if key in data:
            out[key] = data[key]
    return out


def _device_caps(items: list) -> list:
    return [{"deviceId": d["deviceId"], **_caps(d, DEVICE_CAPABILITIES)} for d in items]


def _call(obj: dict) -> dict:
    out = {"callRef": obj["callRef"]}
    if "callData" in obj:
        out["callData"] = _call_data(obj["callData"])
    out["legs"] = [_leg(x) for x in obj.get("legs", [])]
    out["participants"] = [_participant(x) for x in obj.get("participants", [])]
    return out


def rtsm_to_o2g(obj: dict) -> dict | None:
    """The O2G form of one RTSM event, or None for an event O2G has no form for."""
    source = obj.get("name")
    if source == rtsm.LINK_STATE_MODIFIED:  # about no user: the maintenance package's
        name = LINK_EVENTS.get((obj.get("link"), obj.get("state")))
        return {"eventName": name, "nodeId": str(obj.get("nodeId", "1"))} if name else None
    if source == rtsm.ROUTING_STATE_MODIFIED:
        return {"eventName": "OnRoutingStateChanged", "loginName": obj["id"], "routingState": obj["routingState"]}
    name = _NAMES.get(source)
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


def batch_to_o2g(rtsm_events) -> list[dict]:
    """One command's (or one tick's) RTSM events in O2G's form, with what O2G says and RTSM
    does not: after a redirect, a forward or a transfer, the user who left the call gets
    OnCallRemoved with `cause` and `newDestination` (the party now in their place), and the
    call's other events carry `callData.lastRedirecting` (who redirected or forwarded it)."""
    out = [o for o in map(rtsm_to_o2g, rtsm_events) if o is not None]
    removed = [o for o in out if o["eventName"] == "OnCallRemoved" and "cause" not in o]
    if not removed:
        return out
    by_call: dict[str, list[dict]] = {}
    for o in out:
        if o.get("cause") in _SENT_ON and o["eventName"] in ("OnCallModified", "OnCallCreated"):
            by_call.setdefault(o["callRef"], []).append(o)
    for gone in removed:
        sent_on = [o for o in by_call.get(gone["callRef"], ()) if o["loginName"] != gone["loginName"]]
        if not sent_on:
            continue
        cause = sent_on[0]["cause"]
        destination = _new_destination(sent_on, gone["loginName"])
        gone["cause"] = cause
        if destination:
            gone["newDestination"] = destination
        if cause in _REDIRECTING:
            redirecting = {"id": {"loginName": gone["loginName"]}}
            for o in sent_on:
                if "callData" in o:
                    o["callData"]["lastRedirecting"] = redirecting
    return out


def _new_destination(events: list[dict], login: str) -> str | None:
    """The number of the party that took `login`'s place: the one added to the call."""
    for o in events:
        for p in o.get("addedParticipants", ()):
            number = ((p.get("identity") or {}).get("id") or {}).get("phoneNumber")
            if number and (p.get("identity") or {}).get("id", {}).get("loginName") != login:
                return number
    return None
