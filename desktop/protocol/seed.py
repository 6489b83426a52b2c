"""Reader for the seed recording format: the OXE call flows transcribed as markdown tables.

A flow is three tables: the users (login, number, devices), a per-user summary of event
kinds, then every event as a row ``sentence | {json} | ...``. The transcription lost the
column a row sat in, so the receiving user is read from the event's own ``id``.

``MessageCountersEvent`` rows carry no JSON. They still consume one eventId of the user that
received them (flow 7: oxe70020 jumps from 4 to 6 around it), and in both flows that user
is the one of the row just before. We emit them as ``RTSM_MESSAGE_COUNTERS`` with that
eventId and no counters (absent counters mean "unchanged").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

MESSAGE_COUNTERS_ROW = "MessageCountersEvent"
MESSAGE_COUNTERS_NAME = "RTSM_MESSAGE_COUNTERS"


@dataclass
class SeedUser:
    login: str
    number: str
    devices: list[str]


@dataclass
class SeedRow:
    sentence: str | None  # the seed leaves a few rows without one
    event: dict


@dataclass
class SeedFlow:
    users: list[SeedUser] = field(default_factory=list)
    rows: list[SeedRow] = field(default_factory=list)

    @property
    def events(self) -> list[dict]:
        return [row.event for row in self.rows]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def parse_seed(text: str) -> list[SeedFlow]:
    """Split the seed file into flows; raises ValueError on a row it cannot place."""
    flows: list[SeedFlow] = []
    flow: SeedFlow | None = None
    section = ""  # "users", "summary" or "events"
    headers_seen = 0
    last_event_id: dict[str, int] = {}
    lines = text.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or set(stripped) <= {"-", "|"}:
            continue
        if stripped.startswith("User login |"):
            flow = SeedFlow()
            flows.append(flow)
            section, headers_seen = "users", 0
            last_event_id = {}
            continue
        if flow is None:
            raise ValueError(f"line {index + 1}: content before the first flow")
        cells = [c for c in _cells(stripped) if c]
        logins = {u.login for u in flow.users}
        if cells and all(c in logins for c in cells) and index + 1 < len(lines) and lines[index + 1].startswith("---"):
            headers_seen += 1
            section = "summary" if headers_seen == 1 else "events"
            continue
        if section == "users":
            login, number, devices = (_cells(stripped) + ["", "", ""])[:3]
            flow.users.append(SeedUser(login, number, [d.strip() for d in devices.split(",") if d.strip()]))
        elif section == "events":
            if "{" in stripped:
                start, end = stripped.index("{"), stripped.rindex("}")
                event = json.loads(stripped[start : end + 1])
                sentence = stripped[:start].strip().rstrip("|").strip() or None
                last_event_id[event["id"]] = event["eventId"]
                flow.rows.append(SeedRow(sentence, event))
            elif cells and cells[0] == MESSAGE_COUNTERS_ROW:
                if not flow.rows:
                    raise ValueError(f"line {index + 1}: message counters before any event")
                login = flow.rows[-1].event["id"]
                event_id = last_event_id[login] + 1
                last_event_id[login] = event_id
                event = {"name": MESSAGE_COUNTERS_NAME, "eventId": event_id, "id": login}
                flow.rows.append(SeedRow(None, event))
            else:
                raise ValueError(f"line {index + 1}: unexpected row {stripped[:60]!r}")
    return flows


# File names of the eight seed flows, in seed order.
FLOW_NAMES = [
    "01-basic-call",
    "02-camp-on-call-waiting-recall",
    "03-consultation-recall-retrieve",
    "04-conference-party-leaves",
    "05-hold-retrieve-twice",
    "06-redirected-to-another-user",
    "07-voicemail-service",
    "08-caller-abandons-while-ringing",
]


def flow_to_jsonl(flow: SeedFlow) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) + "\n" for e in flow.events)
