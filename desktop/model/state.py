"""Users and their calls, each call as one user sees it."""

from __future__ import annotations

from dataclasses import dataclass, field

from typing import NamedTuple

from desktop.protocol.events import NO_CAPABILITIES, Leg, Participant, Identity
from desktop.protocol.routing import LINKS, UNKNOWN as LINK_UNKNOWN, Routing

# Line states of a busy-lamp field, most telling first: a user talking with a call waiting
# is shown talking; the waiting call is in the tooltip and the calls panel.
IDLE, RINGING, DIALING, TALKING, HELD, CONFERENCE, UNKNOWN = (
    "idle",
    "ringing",
    "dialing",
    "talking",
    "held",
    "conference",
    "unknown",
)
LINE_STATES = (IDLE, RINGING, DIALING, TALKING, HELD, CONFERENCE, UNKNOWN)
_PRIORITY = {CONFERENCE: 6, TALKING: 5, RINGING: 4, DIALING: 3, HELD: 2, UNKNOWN: 1}

# Media states (legs and calls) as the OXE names them.
_MEDIA_TO_LINE = {
    "RINGING_INCOMING": RINGING,
    "DIALING": DIALING,
    "RINGING_OUTGOING": DIALING,
    "ACTIVE": TALKING,
    "HELD": HELD,
    "RELEASING": None,  # on its way out: says nothing about the line
}

INCOMING, OUTGOING = "incoming", "outgoing"


@dataclass(slots=True)
class Call:
    call_ref: str
    state: str | None = None
    capabilities: frozenset[str] = NO_CAPABILITIES
    legs: dict[str, Leg] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    direction: str | None = None
    initial_called: Identity | None = None
    last_redirecting: Identity | None = None  # who last redirected or forwarded it (O2G says)
    last_cause: str | None = None
    started_at: int | None = None  # ms since epoch, from the event that made the call; None: unknown
    state_since: int | None = None  # a snapshot's: since when the user's leg is in its state
    record_state: str | None = None
    anonymous: bool = False
    device_call: bool = False
    replaced_by: str | None = None

    @property
    def conference(self) -> bool:
        return len(self.participants) >= 2

    def line_state(self) -> str | None:
        """This call's contribution to the user's lamp (None: nothing to show)."""
        states = [leg.state for leg in self.legs.values()] or [self.state]
        best, best_priority = None, 0
        for media in states:
            line = _MEDIA_TO_LINE.get(media, UNKNOWN) if media is not None else None
            if line == TALKING and self.conference:
                line = CONFERENCE
            priority = _PRIORITY.get(line, 0)
            if priority > best_priority:
                best, best_priority = line, priority
        return best


@dataclass(slots=True)
class User:
    login: str
    number: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    department: str | None = None  # from the directory, where it has one (the window's groups)
    presence: str | None = None  # FREE, BUSY, UNKNOWN... as last reported; None before any
    presence_since: int | None = None
    # The line state as it stands comes from a subscription snapshot, not a live event: how long
    # it has lasted is what the snapshot says (`presence_began`, Call.state_since), else unknown.
    from_snapshot: bool = False
    presence_began: int | None = None
    device_states: dict[str, str] = field(default_factory=dict)
    device_capabilities: dict[str, frozenset[str]] = field(default_factory=dict)
    counters: dict[str, int | bool] = field(default_factory=dict)
    calls: dict[str, Call] = field(default_factory=dict)
    routing: Routing | None = None  # forward, overflow, DND; None before any routing state came
    last_event_id: int | None = None
    sequence_start: tuple | None = None  # identifies the eventId-1 event that began the sequence

    @property
    def line_state(self) -> str:
        best, best_priority = None, 0
        for call in self.calls.values():
            line = call.line_state()
            priority = _PRIORITY.get(line, 0)
            if priority > best_priority:
                best, best_priority = line, priority
        if best is not None:
            return best
        if self.presence == "FREE":
            return IDLE
        if self.presence == "BUSY":  # busy with no call we can see (another device, DND...)
            return TALKING
        if self.calls:  # only releasing calls
            return IDLE
        return UNKNOWN


class LinkState(NamedTuple):
    """One link of the CTI chain (pbx, cti): up, down or unknown, since when (ms, or None)."""

    state: str = LINK_UNKNOWN
    since: int | None = None


def unknown_links() -> dict[str, LinkState]:
    return {link: LinkState() for link in LINKS}
