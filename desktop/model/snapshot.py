"""The model as plain JSON-able data: the `snapshot` command's schema (documented in README)."""

from __future__ import annotations

from desktop.model.reducer import Model
from desktop.model.state import Call, User


def call_dict(call: Call) -> dict:
    return {
        "callRef": call.call_ref,
        "state": call.state,
        "conference": call.conference,
        "capabilities": sorted(call.capabilities),
        "legs": [
            {
                "deviceId": leg.device_id,
                "state": leg.state,
                "capabilities": sorted(leg.capabilities),
                "ringingRemote": leg.ringing_remote,
            }
            for _, leg in sorted(call.legs.items())
        ],
        "participants": [
            {
                "participantId": p.participant_id,
                "login": p.party.login,
                "phoneNumber": p.party.phone_number,
                "type": p.party.type,
            }
            for _, p in sorted(call.participants.items())
        ],
    }


def user_dict(user: User) -> dict:
    return {
        "login": user.login,
        "state": user.presence,
        "calls": [call_dict(c) for _, c in sorted(user.calls.items())],
        "routing": user.routing.public() if user.routing is not None else None,
    }


def snapshot(model: Model, at: int, stats: dict[str, int]) -> dict:
    return {
        "at": at,
        "users": [user_dict(u) for _, u in sorted(model.users.items())],
        "links": {link: value.state for link, value in model.links.items()},
        **stats,
    }
