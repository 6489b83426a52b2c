"""Building RTSM event dicts in the OXE's own key order.

The order is only for readability when a trace is compared by eye with the seed: every seed
event is consistent with one global order of keys, recorded here.
"""

from __future__ import annotations

CALL_CREATED = "RTSM_CALL_CREATED"
CALL_MODIFIED = "RTSM_CALL_MODIFIED"
CALL_REMOVED = "RTSM_CALL_REMOVED"
USER_STATE_MODIFIED = "RTSM_USER_STATE_MODIFIED"
PARTICIPANT_REMOVED = "RTSM_PARTICIPANT_REMOVED"
# Our RTSM-side name for O2G's OnEventSummaryUpdated (the seed shows these rows without JSON).
MESSAGE_COUNTERS = "RTSM_MESSAGE_COUNTERS"

COUNTER_FIELDS = (
    "missedCallsNb",
    "voiceMessagesNb",
    "callBackRequestsNb",
    "faxNb",
    "newTextNb",
    "oldTextNb",
    "eventWaiting",
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
