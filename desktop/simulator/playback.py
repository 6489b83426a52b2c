"""Recorded traces for `cti-monitor serve`: reading a JSONL trace and timing its replay. Pure."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("cti.simulator.playback")


@dataclass
class Trace:
    events: list[dict]
    delays: list[float]  # seconds to wait before each event, at speed 1
    users: list[dict] = field(default_factory=list)  # as the hello message lists them
    rejected: int = 0


def read_trace(path: str | Path) -> Trace:
    """Parse a JSONL trace of RTSM events; lines that are not JSON objects with a `name` and
    an `id` are skipped with a warning. Delays come from the events' `time` (milliseconds);
    an event without one follows the previous one at once."""
    events: list[dict] = []
    rejected = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                event = None
            if not isinstance(event, dict) or not isinstance(event.get("name"), str) or not isinstance(event.get("id"), str):
                log.warning("%s:%d: not an RTSM event, skipped", path, number)
                rejected += 1
                continue
            events.append(event)
    delays: list[float] = []
    last_time: float | None = None
    for event in events:
        time = event.get("time")
        if isinstance(time, (int, float)) and not isinstance(time, bool):
            delays.append(max(0.0, (time - last_time) / 1000.0) if last_time is not None else 0.0)
            last_time = time
        else:
            delays.append(0.0)
    return Trace(events, delays, users_of(events), rejected)


def users_of(events: list[dict]) -> list[dict]:
    """The users a trace is about, with what its identity blocks and legs tell about them."""
    found: dict[str, dict] = {}

    def user(login: str) -> dict:
        return found.setdefault(
            login,
            {"login": login, "number": None, "devices": [], "firstName": None, "lastName": None, "displayName": None},
        )

    def identity(block: object) -> None:
        if not isinstance(block, dict) or not isinstance(block.get("id"), dict):
            return
        login = block["id"].get("login")
        if not isinstance(login, str) or login not in found:
            return
        entry = found[login]
        entry["number"] = entry["number"] or block["id"].get("phoneNumber")
        for key in ("firstName", "lastName", "displayName"):
            entry[key] = entry[key] or block.get(key)

    for event in events:
        user(event["id"])
    for event in events:
        for key in ("legs", "modifiedLegs"):
            for leg in event.get(key) or []:
                device = leg.get("deviceId") if isinstance(leg, dict) else None
                if isinstance(device, str) and device not in user(event["id"])["devices"]:
                    user(event["id"])["devices"].append(device)
        for key in ("participants", "addedParticipants", "modifiedParticipants"):
            for participant in event.get(key) or []:
                if isinstance(participant, dict):
                    identity(participant.get("identity"))
        data = event.get("callData")
        if isinstance(data, dict):
            identity(data.get("initialCalledIdentity"))
    return [found[login] for login in sorted(found)]
