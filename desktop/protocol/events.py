"""Normalized telephony events: what both wire formats (RTSM and O2G) mean, in one shape.

Value types are NamedTuples: immutable, cheap to build (the ingest hot path makes tens of
thousands a second) and safe for the model to keep by reference.

For every optional field, ``None`` means "not in this event, unchanged", never "empty".
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.protocol.routing import Routing

NO_CAPABILITIES: frozenset[str] = frozenset()


class Identity(NamedTuple):
    """Who a participant or the initially called party is."""

    login: str | None = None
    phone_number: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    type: str | None = None  # as the source names it: USER, SERVICE_VOICEMAIL, EXTERNAL...


class Participant(NamedTuple):
    participant_id: str
    party: Identity
    state: str | None = None
    anonymous: bool = False
    undroppable: bool = False


class Leg(NamedTuple):
    """One of the receiving user's devices in the call."""

    device_id: str
    state: str | None
    capabilities: frozenset[str]
    ringing_remote: bool = False


class CallData(NamedTuple):
    state: str | None
    capabilities: frozenset[str]
    initial_called: Identity | None = None
    anonymous: bool = False
    device_call: bool = False
    record_state: str | None = None
    last_redirecting: Identity | None = None  # O2G's: who last redirected or forwarded the call


class CallSnapshot(NamedTuple):
    """A whole call, as a resynchronization (O2G OnTelephonyState) lists it."""

    call_ref: str
    call_data: CallData | None
    legs: tuple[Leg, ...]
    participants: tuple[Participant, ...]


# --- events ---------------------------------------------------------------------------
# Every event has: login (the user receiving it), event_id (per-user sequence or None when
# the format has none, as O2G), time (ms since epoch or None).


class Began(NamedTuple):
    """When things began, as a subscription snapshot says (docs/protocol.md, "began"): wall
    clock ms; None where the server does not know. Only snapshot events carry it."""

    call: int | None = None  # the call itself
    state: int | None = None  # the user's leg (a call event) or BUSY/FREE (a state event) in its state
    direction: str | None = None  # "incoming" or "outgoing", as the user sees it


class CallCreated(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    call_ref: str
    call_data: CallData | None
    legs: tuple[Leg, ...]
    participants: tuple[Participant, ...]
    device_capabilities: dict[str, frozenset[str]] | None = None
    cause: str | None = None
    total_call_nbr: int | None = None
    began: Began | None = None  # a snapshot's: the call is not new, it began then


class CallModified(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    call_ref: str
    call_data: CallData | None = None
    modified_legs: tuple[Leg, ...] | None = None
    added_legs: tuple[Leg, ...] | None = None
    removed_legs: tuple[str, ...] | None = None  # device ids
    added_participants: tuple[Participant, ...] | None = None
    modified_participants: tuple[Participant, ...] | None = None
    removed_participant_ids: tuple[str, ...] | None = None
    device_capabilities: dict[str, frozenset[str]] | None = None
    cause: str | None = None
    previous_call_ref: str | None = None
    replaced_by_call_ref: str | None = None


class CallRemoved(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    call_ref: str
    cause: str | None = None
    new_destination: str | None = None
    device_capabilities: dict[str, frozenset[str]] | None = None


class ParticipantRemoved(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    call_ref: str
    participant_ids: tuple[str, ...]
    cause: str | None = None


class UserStateModified(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    state: str  # FREE, BUSY, UNKNOWN, or whatever else the PBX says
    # A subscription snapshot's state event also carries the devices' capabilities (see
    # docs/protocol.md): an idle user has no call event that would.
    device_capabilities: dict[str, frozenset[str]] | None = None
    began: Began | None = None  # a snapshot's: since when the user has been in this state


class DeviceStateModified(NamedTuple):
    login: str
    event_id: int | None
    time: int | None
    device_states: dict[str, str]  # deviceId -> IN_SERVICE / OUT_OF_SERVICE ...


class CountersUpdated(NamedTuple):
    """O2G OnEventSummaryUpdated; RTSM side named RTSM_MESSAGE_COUNTERS."""

    login: str
    event_id: int | None
    time: int | None
    counters: dict[str, int | bool]  # missedCallsNb, voiceMessagesNb, callBackRequestsNb...


class TelephonyState(NamedTuple):
    """A user's complete telephonic state: replaces whatever the model had for that user."""

    login: str
    event_id: int | None
    time: int | None
    calls: tuple[CallSnapshot, ...]
    device_capabilities: dict[str, frozenset[str]] | None = None
    user_state: str | None = None


class RoutingStateModified(NamedTuple):
    """A user's whole routing state (forward, overflow, DND): O2G OnRoutingStateChanged, RTSM
    side named RTSM_ROUTING_STATE_MODIFIED. Replaces what the model had for that user."""

    login: str
    event_id: int | None
    time: int | None
    routing: Routing


class LinkStateModified(NamedTuple):
    """A link of the CTI chain went down or came back (O2G OnPbxLinkDown/Up, OnCtiLinkDown/Up;
    RTSM side RTSM_LINK_STATE_MODIFIED). About no user: `link` is "pbx" or "cti", `state`
    "up" or "down"."""

    link: str
    state: str
    time: int | None


class ChannelInformation(NamedTuple):
    """O2G's first line on an event channel; about no user."""

    text: str | None


class UnknownEvent(NamedTuple):
    """A well-formed event whose name we do not know: ignored and counted, changes nothing."""

    name: str
    login: str | None


UserEvent = (
    CallCreated
    | CallModified
    | CallRemoved
    | ParticipantRemoved
    | UserStateModified
    | DeviceStateModified
    | CountersUpdated
    | TelephonyState
    | RoutingStateModified
)
Event = UserEvent | LinkStateModified | ChannelInformation | UnknownEvent
