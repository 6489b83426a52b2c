"""The one table from a capability the PBX offers to the button that uses it.

The action sent is always the capability's own name (the simulator and O2G name commands
after capabilities). `needs` says what the button must ask for before sending, and under
which argument name it goes into `args`:
- NUMBER: a phone number (asked, or from the make-call box);
- OTHER_CALL: another call of the same user (transfer, merge), sent as heldCallRef;
- PARTICIPANT: one of the call's participants;
- DIGITS: DTMF digits.
A capability missing from the table still gets a plain button named after it, with no input:
the PBX offered it, so the user can try it and will see the refusal if it needed more.

`takes_drop` marks the capabilities a call dragged onto a user's lamp can use: the dropped
user's number goes under `arg`. Which one applies is whichever the call offers at that moment
(first in table order), so dragging follows the PBX exactly as the buttons do.
"""

from __future__ import annotations

from typing import NamedTuple

NUMBER, OTHER_CALL, PARTICIPANT, DIGITS = "number", "other call", "participant", "digits"


class Capability(NamedTuple):
    name: str
    label: str
    tooltip: str = ""
    shortcut: str = ""  # a QKeySequence string; only for the frequent ones
    needs: str | None = None
    arg: str | None = None  # the args key the input goes under
    known: bool = True
    takes_drop: bool = False  # a user dropped on the call supplies `arg` (needs must be NUMBER)
    icon: str = ""  # an SVG in resources/icons, by name; none: a text-only button
    # It affects the other parties (ends the call for them, removes one): set apart on the card
    # (its top-right corner, in red), away from the buttons a double click might land on.
    destructive: bool = False


_TABLE = [
    # leg capabilities
    Capability("answer", "Answer", "Answer the ringing call", "Ctrl+Shift+A", icon="answer"),
    Capability("drop", "Hang up", "Hang up: you leave the call (the others stay if there are several)", "Ctrl+Shift+H", icon="drop"),
    Capability("hold", "Hold", "Put the call on hold", "Ctrl+Shift+O", icon="hold"),
    Capability("retrieve", "Retrieve", "Take the held call back", "Ctrl+Shift+R", icon="retrieve"),
    Capability("reconnect", "Reconnect", "Release the active call and go back to the held one", icon="reconnect"),
    Capability("sendDtmf", "DTMF", "Send DTMF digits", needs=DIGITS, arg="digits"),
    # call capabilities
    Capability("terminate", "End call for all", "End the call for everyone in it, not only you", icon="terminate", destructive=True),
    Capability("transfer", "Transfer", "Transfer to your other call", "Ctrl+Shift+T", OTHER_CALL, "heldCallRef", icon="transfer"),
    Capability("blindTransfer", "Blind transfer", "Transfer to a number without consulting", needs=NUMBER, arg="transferTo", takes_drop=True, icon="blindTransfer"),
    Capability("merge", "Conference", "Merge with your other call into a conference", "Ctrl+Shift+M", OTHER_CALL, "heldCallRef", icon="merge"),
    Capability("redirect", "Redirect", "Send the ringing call to another number", needs=NUMBER, arg="redirectTo", takes_drop=True, icon="redirect"),
    Capability("redirectToVoiceMail", "To voicemail", "Send the ringing call to voicemail", icon="redirectToVoiceMail"),
    Capability("overflowToVoiceMail", "Leave message", "Overflow to the called party's voicemail"),
    Capability("pickedUp", "Pick up", "Pick up this call ringing elsewhere", icon="pickedUp"),
    Capability("callBack", "Call back", "Ask to be called back when the party is free"),
    Capability("park", "Park", "Park the call on a number", needs=NUMBER, arg="parkTo"),
    Capability("waitOnBusy", "Camp on", "Wait for the busy party"),
    Capability("intrusion", "Intrude", "Intrude into the busy party's call"),
    Capability("dropMe", "Leave", "Leave the conference: you go, the others stay connected"),
    Capability("dropParticipant", "Remove party…", "Remove another participant from the conference (they are cut off)", needs=PARTICIPANT, arg="participantId", destructive=True),
    Capability("startRecord", "Record", "Start recording the call", icon="startRecord"),
    Capability("stopRecord", "Stop rec.", "Stop recording the call", icon="stopRecord"),
    # device capabilities (the make-call box)
    Capability("makeCall", "Call", "Call the number", "Ctrl+Shift+N", NUMBER, "callee", icon="makeCall"),
    Capability("makeBusinessCall", "Business call", "Call the number on the business account", needs=NUMBER, arg="callee"),
    Capability("makePrivateCall", "Private call", "Call the number as a private call", needs=NUMBER, arg="callee"),
    Capability("unParkCall", "Unpark", "Take back a parked call", needs=NUMBER, arg="callee"),
]
CAPABILITIES: dict[str, Capability] = {c.name: c for c in _TABLE}
_ORDER = {c.name: i for i, c in enumerate(_TABLE)}


def spec(name: str) -> Capability:
    known = CAPABILITIES.get(name)
    return known if known is not None else Capability(name, name, f"{name} (offered by the PBX)", known=False)


def ordered(names) -> list[Capability]:
    """Buttons in a stable order: the table's, then unknown names alphabetically."""
    return [spec(n) for n in sorted(set(names), key=lambda n: (_ORDER.get(n, len(_ORDER)), n))]


def offered(call) -> dict[str, str | None]:
    """capability -> device id to send it with: the user's legs' own, then the call's."""
    caps: dict[str, str | None] = {name: None for name in call.capabilities}
    for leg in call.legs.values():
        for name in leg.capabilities:
            caps[name] = leg.device_id
    return caps


def drop_capability(offered_names) -> Capability | None:
    """The capability a user dropped on a call would use, among those offered; None: not allowed."""
    return next((c for c in ordered(offered_names) if c.takes_drop), None)
