"""What the simulated gateway answers about a user: the engine's state in O2G's public format.

Built from `Engine.snapshot` (the RTSM events a fresh subscriber gets) and rewritten by
`desktop.protocol.o2g.convert.rtsm_to_o2g`, the same rewriting the live events go through, so a
state read and the events that follow it can never disagree on a shape.
"""

from __future__ import annotations

from desktop.protocol import rtsm as rtsm_names
from desktop.protocol.o2g.convert import LINK_EVENTS, rtsm_to_o2g
from desktop.protocol.o2g import rest
from desktop.protocol.o2g.errors import RestError
from desktop.protocol.wire import UNKNOWN_USER, Refused
from desktop.simulator.engine import Directory, Engine, Subscriber


def _rtsm_telephony_state(engine: Engine, login: str) -> dict:
    user = engine.directory.users[login]
    calls, user_state = [], None
    for event in engine.snapshot(login):
        if event["name"] == rtsm_names.CALL_CREATED:
            calls.append(event)
        elif event["name"] == rtsm_names.USER_STATE_MODIFIED:
            user_state = event["userState"]
    devices = [
        {"deviceId": device, "capaString": ", ".join(engine.device_caps(login, device))}
        for device in user.devices
    ]
    out = {"name": rtsm_names.TELEPHONY_STATE, "id": login, "calls": calls, "devicesCapabilities": devices}
    if user_state is not None:
        out["userState"] = user_state
    return out


def telephony_state_event(engine: Engine, login: str) -> dict:
    """OnTelephonyState for `login`: every call in full, device capabilities, presence.
    Raises the engine's Refused(UNKNOWN_USER) for a login it does not know."""
    return rtsm_to_o2g(_rtsm_telephony_state(engine, login))


def telephony_state(engine: Engine, login: str) -> dict:
    """GET .../telephony/state: the TelephonicState object alone."""
    return telephony_state_event(engine, login)["state"]


def calls(engine: Engine, login: str) -> list[dict]:
    """GET .../telephony/calls: the calls of the state, same shape."""
    return telephony_state(engine, login)["calls"]


def event_summary(engine: Engine, login: str) -> dict:
    """GET .../eventsummary: the message counters."""
    return engine.counters_of(login)


def user_info(user: Subscriber) -> dict:
    """GET .../users/{loginName}."""
    return {
        "loginName": user.login,
        "companyPhone": user.number,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "devices": [
            {"type": "DESKPHONE" if index == 0 else "SOFTPHONE", "id": device}
            for index, device in enumerate(user.devices)
        ],
    }


IN_SERVICE = "IN_SERVICE"


def device_states(engine: Engine, login: str) -> list[dict]:
    """GET .../telephony/devices: each device's operational state. The simulated OXE's sets
    are in service while its PBX link is up."""
    if login not in engine.directory.users:
        raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
    value = IN_SERVICE if engine.links().get("pbx") == "up" else "OUT_OF_SERVICE"
    return [{"deviceId": device, "state": value} for device in engine.directory.users[login].devices]


# --- directory search -------------------------------------------------------------------

MAX_SEARCHES = 5  # O2G: "for each session, only 5 concurrent searches are allowed"
SEARCH_PAGE = 20  # contacts per GET of the results
_FIELDS = {
    "lastName": lambda u: u.last_name,
    "firstName": lambda u: u.first_name,
    "id.phoneNumber": lambda u: u.number,
    "id.loginName": lambda u: u.login,
}
_OPERATIONS = {
    "BEGIN_WITH": lambda value, operand: value.startswith(operand),
    "CONTAIN": lambda value, operand: operand in value,
    "END_WITH": lambda value, operand: value.endswith(operand),
    "EQUAL_IGNORE_CASE": lambda value, operand: value == operand,
}


def _matches(user: Subscriber, criterion: rest.Criterion) -> bool:
    if criterion.operation in ("AND", "OR"):
        if not isinstance(criterion.operand, list):
            raise RestError(400, f"{criterion.operation} needs a list of criteria")
        found = (_matches(user, c) for c in criterion.operand)
        return all(found) if criterion.operation == "AND" else any(found)
    test, field = _OPERATIONS.get(criterion.operation), _FIELDS.get(criterion.field or "")
    if test is None or field is None or not isinstance(criterion.operand, str):
        raise RestError(400, f"unknown criterion {criterion.field!r} {criterion.operation!r}")
    value = field(user)
    return bool(value) and test(value.casefold(), criterion.operand.casefold())


def directory_search(directory: Directory, request: rest.DirectorySearchRequest) -> list[dict]:
    """The directory's users matching the request, as O2G's contacts (PartyInfo), at most
    `limit` (1..100, default 100)."""
    limit = max(1, min(request.limit or 100, 100))
    found = []
    for user in directory.users.values():
        if _matches(user, request.filter):
            found.append({
                "id": {"loginName": user.login, "phoneNumber": user.number},
                "firstName": user.first_name, "lastName": user.last_name,
                "type": {"main": "USER"},
            })
            if len(found) >= limit:
                break
    return found


# --- routing, links, system status ---------------------------------------------------------


def routing_event_of(engine: Engine):
    """OnRoutingStateChanged for a login (the routing snapshot's event)."""
    return lambda login: {"eventName": "OnRoutingStateChanged", "loginName": login, "routingState": engine.routing_state(login)}


OUT_OF_SERVICE = "OUT_OF_SERVICE"
_PBX_LINK = {LINK_EVENTS[("PBX", "DOWN")]: OUT_OF_SERVICE, LINK_EVENTS[("PBX", "UP")]: IN_SERVICE}


def with_device_states(events: list[dict], directory: Directory, watched) -> list[dict]:
    """O2G's events, and after a PBX link event an OnDeviceStateModified for every watched
    user: their sets go out of service with the link and come back with it. `watched()`
    lists the logins (asked only then)."""
    out = []
    for event in events:
        out.append(event)
        device_state = _PBX_LINK.get(event["eventName"])
        if device_state is None:
            continue
        for login in watched():
            user = directory.users.get(login)
            if user is not None:
                out.append({
                    "eventName": "OnDeviceStateModified", "loginName": login,
                    "deviceStates": [{"deviceId": d, "state": device_state} for d in user.devices],
                })
    return out


def system_status(engine: Engine, host: str, started) -> rest.SystemStatus:
    """GET .../system/status: one OXE node, connected and its CTI link as the engine's links say."""
    links = engine.links()
    pbx = rest.PbxStatus(
        name="OXE (CTI Monitor simulator)", nodeId=1, version="simulated",
        connected=links.get("pbx") == "up", loaded=True,
        ctiLinkState=rest.CTI_CONNECTED if links.get("cti") == "up" and links.get("pbx") == "up" else rest.CTI_DISCONNECTED,
        secured=False, monitoredUserNumber=len(engine.directory.users),
    )
    return rest.SystemStatus(
        startDate=started.isoformat(), ha=False, primary=host.split(":")[0], primaryVersion="2.7",
        pbxs=[pbx], configurationType="FULL_SERVICES",
    )
