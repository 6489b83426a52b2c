"""One sentence per event, in the wording of the seed recording ("The user oxe70020 is BUSY").

Used by the `ladder` command and the event log; tested against the seed's own sentences.
"""

from __future__ import annotations

from desktop.protocol.events import (
    CallCreated,
    CallModified,
    CallRemoved,
    ChannelInformation,
    CountersUpdated,
    DeviceStateModified,
    Participant,
    ParticipantRemoved,
    Identity,
    LinkStateModified,
    RoutingStateModified,
    TelephonyState,
    UnknownEvent,
    UserStateModified,
)


def who(party: Identity, anonymous: bool = False) -> str:
    if party.login:
        return f"user {party.login}"
    if party.phone_number and not anonymous:
        return f"number {party.phone_number} ({party.type})" if party.type else f"number {party.phone_number}"
    return "an anonymous party"


def _caller(participants: tuple[Participant, ...]) -> str:
    if not participants:
        return "an unknown party"
    p = participants[0]
    return who(p.party, p.anonymous)


def describe(event) -> str:
    kind = type(event)
    if kind is ChannelInformation:
        return f"Channel information: {event.text}"
    if kind is UnknownEvent:
        return f"Unknown event {event.name}" + (f" for user {event.login}" if event.login else "")
    if kind is LinkStateModified:
        return f"The {event.link.upper()} link is {event.state.upper()}"
    user = f"The user {event.login}"
    if kind is UserStateModified:
        return f"{user} is {event.state}"
    if kind is CallCreated:
        device = event.legs[0].device_id if event.legs else "?"
        states = {leg.state for leg in event.legs} | {event.call_data.state if event.call_data else None}
        if "RINGING_INCOMING" in states:
            return (
                f"{user} is notified of a new incoming call {event.call_ref} "
                f"from {_caller(event.participants)} on device {device}"
            )
        if "DIALING" in states or not event.participants:
            return f"{user} does an outgoing call {event.call_ref} from device {device}"
        return f"{user} is notified of call {event.call_ref} with {_caller(event.participants)} on device {device}"
    if kind is CallRemoved:
        return f"{user} is notified that call {event.call_ref} is removed"
    if kind is ParticipantRemoved:
        ids = ", ".join(event.participant_ids)
        return f"{user} is notified that participant with identifier {ids} is removed from the call {event.call_ref}"
    if kind is CallModified:
        return _call_modified(user, event)
    if kind is CountersUpdated:
        values = ", ".join(f"{k} {v}" for k, v in event.counters.items())
        return f"{user} is notified that its message counters changed" + (f" ({values})" if values else "")
    if kind is DeviceStateModified:
        states = ", ".join(f"device {d} is {s}" for d, s in event.device_states.items())
        return f"{user} is notified that {states or 'its devices changed'}"
    if kind is RoutingStateModified:
        return f"{user} is notified that its routing is {_routing(event.routing)}"
    if kind is TelephonyState:
        return f"{user} receives its telephonic state ({len(event.calls)} calls)"
    return f"{user} receives {kind.__name__}"


def _routing(routing) -> str:
    parts = []
    if routing.forward is not None:
        parts.append(f"forward {routing.forward.condition} to {routing.forward.destination}")
    if routing.overflow is not None:
        parts.append(f"overflow {routing.overflow.condition} to {routing.overflow.destination}")
    if routing.dnd:
        parts.append("do not disturb")
    return ", ".join(parts) or "none (calls ring)"


def _call_modified(user: str, event: CallModified) -> str:
    ref = event.call_ref
    added = event.added_participants or ()
    removed = event.removed_participant_ids or ()
    modified = event.modified_participants or ()
    if len(added) == 1 and len(removed) == 1 and not modified:
        text = f"{user} is notified that participant {removed[0]} is replaced by {who(added[0].party)} on call {ref}"
    elif len(added) == 1 and not removed and not modified:
        text = f"{user} is notified that {who(added[0].party)} is added to the call {ref}"
    elif removed and not added:
        text = (
            f"{user} is notified that participant with identifier {', '.join(removed)} "
            f"is removed from the call {ref}"
        )
    elif event.modified_legs:
        leg = event.modified_legs[0]
        text = f"{user} is notified that device {leg.device_id} state is {leg.state} on call {ref}"
    else:
        text = f"{user} is notified that call {ref} is modified"
    if event.previous_call_ref:
        text += f" (call {event.previous_call_ref} has been replaced by call {ref})"
    return text
