"""Building RTSM event dicts in the OXE's own key order.

The order is only for readability when a trace is compared by eye with the seed: every seed
event is consistent with one global order of keys, recorded here.
"""

from __future__ import annotations

# The names are the protocol's (desktop/protocol/rtsm.py): the engine writes what the
# parser reads.
from desktop.protocol.rtsm import (  # noqa: F401  (re-exported for the engine)
    CALL_CREATED,
    CALL_MODIFIED,
    CALL_REMOVED,
    COUNTER_FIELDS,
    MESSAGE_COUNTERS,
    PARTICIPANT_REMOVED,
    USER_STATE_MODIFIED,
)

FIELD_ORDER = (
    "previousCallRef",
    "participantIds",
    "userState",
    *COUNTER_FIELDS,
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
    "callRef",
)
_RANK = {key: index for index, key in enumerate(FIELD_ORDER)}


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
