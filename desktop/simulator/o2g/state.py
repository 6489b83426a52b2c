"""What the simulated gateway answers about a user: the engine's state in O2G's public format.

Built from `Engine.snapshot` (the RTSM events a fresh subscriber gets) and rewritten by
`desktop.protocol.o2g.convert.rtsm_to_o2g`, the same rewriting the live events go through, so a
state read and the events that follow it can never disagree on a shape.
"""

from __future__ import annotations

from desktop.protocol import rtsm as rtsm_names
from desktop.protocol.o2g.convert import rtsm_to_o2g
from desktop.simulator.engine import Engine, Subscriber


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
