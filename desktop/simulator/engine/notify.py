"""What the engine tells each user: every RTSM event shape, numbered per user (eventId).

Events are built in the OXE's own key order. The order is only for readability when a trace is
compared by eye with the seed: every seed event is consistent with one global order of keys,
recorded here.

Who gets which devicesCapabilities: the OXE sends a device's capabilities when they changed
since it last sent them, and only on events that bring a call into a new state (created,
dialing, ringing, active, held) or remove it; releasing, a party leaving a conference and
leg-only updates never carry them. The capabilities themselves are a function of the
device's calls (see offers.device_caps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# The names are the protocol's (desktop/protocol/rtsm.py): the engine writes what the
# parser reads.
from desktop.protocol.rtsm import (
    CALL_CREATED,
    CALL_MODIFIED,
    CALL_REMOVED,
    COUNTER_FIELDS,
    LINK_STATE_MODIFIED,
    MESSAGE_COUNTERS,
    PARTICIPANT_REMOVED,
    ROUTING_STATE_MODIFIED,
    USER_STATE_MODIFIED,
)
from desktop.protocol.routing import NO_ROUTING, state_json

from . import offers, state
from .calls import RELEASING, RINGING_OUTGOING, SimCall, SimParty
from .offers import DEVICE_CAPS, SHOWN_HELD, caps_block

if TYPE_CHECKING:
    from .core import Engine

# The causes the engine gives, as the OXE names them.
CLEARED = "CLEARED"
BUSY_CAUSE = "BUSY"
REDIRECTED = "REDIRECTED"
RECALL_CAUSE = "RECALL"
CONFERENCED = "CONFERENCED"
PARTICIPANT_LEFT = "PARTICIPANT_LEFT"
TRANSFERRED = "TRANSFERRED"
PICKED_UP = "PICKED_UP"
OVERFLOWN = "OVERFLOWN"
FORWARDED = "FORWARDED"
NOT_ANSWERED = "NOT_ANSWERED"

FIELD_ORDER = (
    "previousCallRef",
    "participantIds",
    "userState",
    *COUNTER_FIELDS,
    "routingState",
    "callData",
    "legs",
    "totalCallNbr",
    "devicesCapabilities",
    "addedParticipants",
    "participants",
    "modifiedParticipants",
    "removedParticipantIds",
    "modifiedLegs",
    "cause",
    "began",
    "callRef",
)
_RANK = {key: index for index, key in enumerate(FIELD_ORDER)}


def fresh_counters() -> dict:
    """A user's message counters before anything happened."""
    return {name: (False if name == "eventWaiting" else 0) for name in COUNTER_FIELDS}


def event(name: str, fields: dict, event_id: int, login: str, time: int, originator: str) -> dict:
    out = {"name": name}
    for key in sorted(fields, key=_RANK.__getitem__):
        out[key] = fields[key]
    out["eventId"] = event_id
    out["id"] = login
    out["time"] = time
    out["family"] = "OXE"
    out["originator"] = originator
    return out


def emit(engine: Engine, login: str, name: str, fields: dict) -> None:
    engine._event_ids[login] += 1
    engine._out.append(event(name, fields, engine._event_ids[login], login, engine.clock(), engine.originator))


def identity(engine: Engine, number: str, *, display: bool = False, typed: bool = True) -> dict:
    user = engine.directory.user_by_number(number)
    if user is None:
        service = engine.directory.services.get(number)
        out = {"id": {"phoneNumber": number}}
        if typed:
            out["type"] = service.type if service else "UNKNOWN"
        return out
    out = {"id": {"phoneNumber": user.number, "login": user.login}}
    if typed:
        out["type"] = "USER"
    if display and user.display_name:
        out["displayName"] = user.display_name
    out["lastName"] = user.last_name
    out["firstName"] = user.first_name
    return out


def participant(
    engine: Engine, other: SimParty, *, display: bool = False, state: str | None = None, undroppable: bool = False
) -> dict:
    out = {}
    if state is not None:
        out["state"] = state
    out["identity"] = identity(engine, other.number, display=display)
    out["participantId"] = other.number
    out["anonymous"] = False
    out["undroppable"] = undroppable
    return out


def shown_state(p: SimParty, sit: str) -> str:
    if sit in SHOWN_HELD:
        return "HELD"
    return p.state


def call_data_block(engine: Engine, call: SimCall, p: SimParty, sit: str, call_caps: tuple[str, ...]) -> dict:
    capabilities, capa_string = caps_block(call_caps)
    data = {"state": shown_state(p, sit), "capabilities": capabilities}
    show_initial = call.initial_called is not None and p.knows_initial_called
    if show_initial:
        data["initialCalledIdentity"] = identity(engine, call.initial_called, typed=False)
    data["capaString"] = capa_string
    data["anonymous"] = False
    data["deviceCall"] = False
    if show_initial:
        data["initialCalled"] = call.initial_called
    if p.recording:
        data["recordState"] = "RECORDING"
    return data


def leg_block(p: SimParty, sit: str, leg_caps: tuple[str, ...]) -> dict:
    capabilities, capa_string = caps_block(leg_caps)
    return {
        "state": shown_state(p, sit),
        "deviceId": p.device,
        "capabilities": capabilities,
        "capaString": capa_string,
        "ringingRemote": p.ringing_remote and p.state == RINGING_OUTGOING,
    }


def dc_entry(device: str, caps: tuple[str, ...]) -> dict:
    capabilities, capa_string = caps_block(caps)
    return {"deviceId": device, "capabilities": capabilities, "capaString": capa_string}


def dc_changes(engine: Engine, login: str) -> list[dict] | None:
    changes = []
    for device in engine.directory.users[login].devices:
        caps = offers.device_caps(engine, login, device)
        if engine._sent_dc.get((login, device), DEVICE_CAPS) != caps:
            engine._sent_dc[(login, device)] = caps
            changes.append(dc_entry(device, caps))
    return changes or None


def created_fields(
    engine: Engine, login: str, call: SimCall, p: SimParty, *, total: int, cause: str | None = None, full_dc: bool = False
) -> dict:
    sit = offers.situation(engine, call, p)
    call_caps, leg_caps = offers.caps(engine, call, p)
    fields = {
        "callData": call_data_block(engine, call, p, sit, call_caps),
        "legs": [leg_block(p, sit, leg_caps)],
        "totalCallNbr": total,
    }
    if full_dc:
        fields["devicesCapabilities"] = [dc_entry(p.device, offers.device_caps(engine, login, p.device))]
    else:
        dc = dc_changes(engine, login)
        if dc:
            fields["devicesCapabilities"] = dc
    others = call.others(p)
    if others:
        host_view = call.conference and call.host == login
        fields["participants"] = [
            participant(engine, o, display=True, undroppable=call.conference and not host_view) for o in others
        ]
    if cause:
        fields["cause"] = cause
    fields["callRef"] = call.ref
    return fields


def created(engine: Engine, login: str, call: SimCall, cause: str | None = None) -> None:
    p = call.party(login)
    fields = created_fields(engine, login, call, p, total=len(engine._user_calls[login]), cause=cause)
    engine._told[(login, call.ref)] = (fields["callData"], fields["legs"][0])
    _told_leg(engine, p, fields["legs"][0])
    emit(engine, login, CALL_CREATED, fields)


def _told_leg(engine: Engine, p: SimParty, leg: dict) -> None:
    """Remember since when the user's leg has been in the state they were told (for snapshots)."""
    if leg["state"] != p.told_state:
        p.told_state, p.told_since = leg["state"], engine.clock()


def modified(
    engine: Engine,
    login: str,
    call: SimCall,
    *,
    call_data: bool = True,
    leg_caps: tuple[str, ...] | None = None,
    added: list[dict] | None = None,
    modified: list[dict] | None = None,
    removed: list[str] | None = None,
    cause: str | None = None,
    previous: str | None = None,
    device_caps: bool = True,
) -> None:
    p = call.party(login)
    sit = offers.situation(engine, call, p)
    call_caps, own_leg_caps = offers.caps(engine, call, p)
    fields: dict = {}
    if previous:
        fields["previousCallRef"] = previous
    if call_data:
        fields["callData"] = call_data_block(engine, call, p, sit, call_caps)
        if device_caps:
            dc = dc_changes(engine, login)
            if dc:
                fields["devicesCapabilities"] = dc
    if added:
        fields["addedParticipants"] = added
    if modified:
        fields["modifiedParticipants"] = modified
    if removed:
        fields["removedParticipantIds"] = removed
    leg = leg_block(p, sit, own_leg_caps if leg_caps is None else leg_caps)
    fields["modifiedLegs"] = [leg]
    if cause:
        fields["cause"] = cause
    fields["callRef"] = call.ref
    told_data, _ = engine._told.get((login, call.ref), (None, None))
    engine._told[(login, call.ref)] = (fields.get("callData", told_data), leg)
    _told_leg(engine, p, leg)
    emit(engine, login, CALL_MODIFIED, fields)


def modified_for_others(engine: Engine, call: SimCall, party: SimParty) -> None:
    """Every other user the call reaches hears its new state."""
    for q in call.others(party):
        if state.reached(q):
            modified(engine, q.login, call)


def replaced(
    engine: Engine, login: str, call: SimCall, joining: SimParty, left: str, cause: str, previous: str | None = None
) -> None:
    """`login` sees `joining` take the place of the participant numbered `left`."""
    modified(engine, login, call, added=[participant(engine, joining)], removed=[left], cause=cause, previous=previous)


def refresh(engine: Engine, login: str) -> None:
    """Tell the user about calls whose capabilities changed as a side effect."""
    for ref in list(engine._user_calls[login]):
        call = engine.calls[ref]
        p = call.party(login)
        sit = offers.situation(engine, call, p)
        call_caps, leg_caps = offers.caps(engine, call, p)
        now = (call_data_block(engine, call, p, sit, call_caps), leg_block(p, sit, leg_caps))
        if engine._told.get((login, ref)) != now:
            modified(engine, login, call)


def releasing(engine: Engine, login: str, call: SimCall, removed: list[str], cause: str = CLEARED) -> None:
    call.party(login).state = RELEASING
    modified(engine, login, call, removed=removed, cause=cause, device_caps=False)


def removed(engine: Engine, login: str, call: SimCall) -> None:
    """The user leaves the call: CALL_REMOVED, then FREE if that was the last call."""
    state.detach(engine, call, call.party(login))
    fields = {}
    dc = dc_changes(engine, login)
    if dc:
        fields["devicesCapabilities"] = dc
    fields["callRef"] = call.ref
    emit(engine, login, CALL_REMOVED, fields)
    sync_user_state(engine, login)


def message_counters(engine: Engine, login: str) -> None:
    emit(engine, login, MESSAGE_COUNTERS, dict(engine._counters[login]))


def bump(engine: Engine, login: str, counter: str, by: int = 1) -> None:
    counters = engine._counters[login]
    counters[counter] = max(0, counters[counter] + by)
    counters["eventWaiting"] = any(counters[k] for k in ("missedCallsNb", "voiceMessagesNb", "callBackRequestsNb"))
    message_counters(engine, login)


def sync_user_state(engine: Engine, login: str) -> None:
    busy = state.is_busy_now(engine, login)
    if busy != engine._busy[login]:
        engine._busy[login] = busy
        engine._busy_since[login] = engine.clock()
        emit(engine, login, USER_STATE_MODIFIED, {"userState": "BUSY" if busy else "FREE"})


def routing_fields(engine: Engine, login: str) -> dict:
    return {"routingState": state_json(engine._routing.get(login) or NO_ROUTING)}


def routing_changed(engine: Engine, login: str) -> None:
    """The user's whole routing state (forward, overflow, DND) in O2G's RoutingState shape."""
    emit(engine, login, ROUTING_STATE_MODIFIED, routing_fields(engine, login))


def link_event(engine: Engine, link: str, up: bool) -> dict:
    """A link of the chain went down or came back: about no user, so no id and no eventId."""
    return {
        "name": LINK_STATE_MODIFIED,
        "link": link.upper(),
        "state": "UP" if up else "DOWN",
        "nodeId": engine.node_id,
        "time": engine.clock(),
        "family": "OXE",
        "originator": engine.originator,
    }


def participant_removed(engine: Engine, login: str, call: SimCall, number: str) -> None:
    emit(engine, login, PARTICIPANT_REMOVED, {"participantIds": [number], "cause": CLEARED, "callRef": call.ref})


def snapshot(engine: Engine, login: str) -> list[dict]:
    """The user's current state as a fresh subscriber sees it (see Engine.snapshot)."""
    now = engine.clock()
    fields_list = [
        (
            USER_STATE_MODIFIED,
            {
                "userState": "BUSY" if state.is_busy_now(engine, login) else "FREE",
                "devicesCapabilities": [
                    dc_entry(device, offers.device_caps(engine, login, device))
                    for device in engine.directory.users[login].devices
                ],
                # Not RTSM: when things began, so a client rebuilding from this snapshot continues
                # its clocks instead of starting them at 0:00 (docs/protocol.md, "began").
                "began": {"state": engine._busy_since[login]},
            },
        ),
        (MESSAGE_COUNTERS, dict(engine._counters[login])),
        (ROUTING_STATE_MODIFIED, routing_fields(engine, login)),
    ]
    refs = engine._user_calls[login]
    for ref in refs:
        call = engine.calls[ref]
        party = call.party(login)
        fields = created_fields(engine, login, call, party, total=len(refs), full_dc=True)
        fields["began"] = {
            "call": call.started,
            "state": party.told_since if party.told_state == fields["legs"][0]["state"] else now,
            "direction": "OUTGOING" if party.role == "caller" else "INCOMING",
        }
        fields_list.append((CALL_CREATED, fields))
    return [
        event(name, fields, index + 1, login, now, engine.originator)
        for index, (name, fields) in enumerate(fields_list)
    ]
