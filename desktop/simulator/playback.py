"""Recorded traces for `cti-monitor serve`: reading a JSONL trace and timing its replay. Pure."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from desktop.protocol.parse import MAX_LINE_BYTES, ParseError, parse_obj

log = logging.getLogger("cti.simulator.playback")


@dataclass
class Trace:
    events: list[dict]
    delays: list[float]  # seconds to wait before each event, at speed 1
    users: list[dict] = field(default_factory=list)  # as the hello message lists them
    rejected: int = 0


def read_trace(path: str | Path) -> Trace:
    """Parse a JSONL trace of RTSM events. Each line that is not one (not UTF-8, not JSON, over
    1 MiB, a field of the wrong type such as `"legs": 5`, an eventId past 64 bits) is skipped
    with a warning naming its line number, and the rest is served; a UTF-8 byte-order mark
    before the first line is skipped. Delays come from the events' `time` (milliseconds); an
    event without one follows the previous one at once."""
    events: list[dict] = []
    rejected = 0
    with open(path, "rb") as handle:
        for number, line in enumerate(_lines(handle), 1):
            if number == 1 and line is not None:
                line = line.removeprefix(BOM)
            if line is not None and not line.strip():
                continue
            event, why = _event(line)
            if event is None:
                log.warning("%s:%d: %s, skipped", path, number, why)
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


BOM = b"\xef\xbb\xbf"


def _lines(handle) -> Iterator[bytes | None]:
    """Each line's bytes, or None for one over MAX_LINE_BYTES (drained unread)."""
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _event(line: bytes | None) -> tuple[dict | None, str]:
    """The line's event as served, or None and why not: the server relays what the parser
    accepts, so a client never gets what it would reject, and orjson can send it again."""
    if line is None:
        return None, f"line over {MAX_LINE_BYTES} bytes"
    try:
        line.decode("utf-8")
        event = orjson.loads(line)
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except orjson.JSONDecodeError:
        return None, "not JSON"
    if not isinstance(event, dict) or not isinstance(event.get("name"), str) or not isinstance(event.get("id"), str):
        return None, "not an RTSM event"
    try:
        parse_obj(event, "rtsm")
    except ParseError as exc:
        return None, str(exc)
    return event, ""


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
        for key, value in (("number", block["id"].get("phoneNumber")), *((k, block.get(k)) for k in ("firstName", "lastName", "displayName"))):
            if isinstance(value, str):  # the hello carries strings only
                entry[key] = entry[key] or value

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
