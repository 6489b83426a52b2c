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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    Capability("answer", QT_TRANSLATE_NOOP("Capabilities", "Answer"), QT_TRANSLATE_NOOP("Capabilities", "Answer the ringing call"), "Ctrl+Shift+A", icon="answer"),
    Capability("drop", QT_TRANSLATE_NOOP("Capabilities", "Hang up"), QT_TRANSLATE_NOOP("Capabilities", "Hang up: you leave the call (the others stay if there are several)"), "Ctrl+Shift+H", icon="drop"),
    Capability("hold", QT_TRANSLATE_NOOP("Capabilities", "Hold"), QT_TRANSLATE_NOOP("Capabilities", "Put the call on hold"), "Ctrl+Shift+O", icon="hold"),
    Capability("retrieve", QT_TRANSLATE_NOOP("Capabilities", "Retrieve"), QT_TRANSLATE_NOOP("Capabilities", "Take the held call back"), "Ctrl+Shift+R", icon="retrieve"),
    Capability("reconnect", QT_TRANSLATE_NOOP("Capabilities", "Reconnect"), QT_TRANSLATE_NOOP("Capabilities", "Release the active call and go back to the held one"), icon="reconnect"),
    Capability("sendDtmf", QT_TRANSLATE_NOOP("Capabilities", "DTMF"), QT_TRANSLATE_NOOP("Capabilities", "Send DTMF digits"), needs=DIGITS, arg="digits"),
    # call capabilities
    Capability("terminate", QT_TRANSLATE_NOOP("Capabilities", "End call for all"), QT_TRANSLATE_NOOP("Capabilities", "End the call for everyone in it, not only you"), icon="terminate", destructive=True),
    Capability("transfer", QT_TRANSLATE_NOOP("Capabilities", "Transfer"), QT_TRANSLATE_NOOP("Capabilities", "Transfer to your other call"), "Ctrl+Shift+T", OTHER_CALL, "heldCallRef", icon="transfer"),
    Capability("blindTransfer", QT_TRANSLATE_NOOP("Capabilities", "Blind transfer"), QT_TRANSLATE_NOOP("Capabilities", "Transfer to a number without consulting"), needs=NUMBER, arg="transferTo", takes_drop=True, icon="blindTransfer"),
    Capability("merge", QT_TRANSLATE_NOOP("Capabilities", "Conference"), QT_TRANSLATE_NOOP("Capabilities", "Merge with your other call into a conference"), "Ctrl+Shift+M", OTHER_CALL, "heldCallRef", icon="merge"),
    Capability("redirect", QT_TRANSLATE_NOOP("Capabilities", "Redirect"), QT_TRANSLATE_NOOP("Capabilities", "Send the ringing call to another number"), needs=NUMBER, arg="redirectTo", takes_drop=True, icon="redirect"),
    Capability("redirectToVoiceMail", QT_TRANSLATE_NOOP("Capabilities", "To voicemail"), QT_TRANSLATE_NOOP("Capabilities", "Send the ringing call to voicemail"), icon="redirectToVoiceMail"),
    Capability("overflowToVoiceMail", QT_TRANSLATE_NOOP("Capabilities", "Leave message"), QT_TRANSLATE_NOOP("Capabilities", "Overflow to the called party's voicemail")),
    Capability("pickedUp", QT_TRANSLATE_NOOP("Capabilities", "Pick up"), QT_TRANSLATE_NOOP("Capabilities", "Pick up this call ringing elsewhere"), icon="pickedUp"),
    Capability("callBack", QT_TRANSLATE_NOOP("Capabilities", "Call back"), QT_TRANSLATE_NOOP("Capabilities", "Ask to be called back when the party is free")),
    Capability("park", QT_TRANSLATE_NOOP("Capabilities", "Park"), QT_TRANSLATE_NOOP("Capabilities", "Park the call on a number"), needs=NUMBER, arg="parkTo"),
    Capability("waitOnBusy", QT_TRANSLATE_NOOP("Capabilities", "Camp on"), QT_TRANSLATE_NOOP("Capabilities", "Wait for the busy party")),
    Capability("intrusion", QT_TRANSLATE_NOOP("Capabilities", "Intrude"), QT_TRANSLATE_NOOP("Capabilities", "Intrude into the busy party's call")),
    Capability("dropMe", QT_TRANSLATE_NOOP("Capabilities", "Leave"), QT_TRANSLATE_NOOP("Capabilities", "Leave the conference: you go, the others stay connected")),
    Capability("dropParticipant", QT_TRANSLATE_NOOP("Capabilities", "Remove party…"), QT_TRANSLATE_NOOP("Capabilities", "Remove another participant from the conference (they are cut off)"), needs=PARTICIPANT, arg="participantId", destructive=True),
    Capability("startRecord", QT_TRANSLATE_NOOP("Capabilities", "Record"), QT_TRANSLATE_NOOP("Capabilities", "Start recording the call"), icon="startRecord"),
    Capability("stopRecord", QT_TRANSLATE_NOOP("Capabilities", "Stop rec."), QT_TRANSLATE_NOOP("Capabilities", "Stop recording the call"), icon="stopRecord"),
    # device capabilities (the make-call box)
    Capability("makeCall", QT_TRANSLATE_NOOP("Capabilities", "Call"), QT_TRANSLATE_NOOP("Capabilities", "Call the number"), "Ctrl+Shift+N", NUMBER, "callee", icon="makeCall"),
    Capability("makeBusinessCall", QT_TRANSLATE_NOOP("Capabilities", "Business call"), QT_TRANSLATE_NOOP("Capabilities", "Call the number on the business account"), needs=NUMBER, arg="callee"),
    Capability("makePrivateCall", QT_TRANSLATE_NOOP("Capabilities", "Private call"), QT_TRANSLATE_NOOP("Capabilities", "Call the number as a private call"), needs=NUMBER, arg="callee"),
    Capability("unParkCall", QT_TRANSLATE_NOOP("Capabilities", "Unpark"), QT_TRANSLATE_NOOP("Capabilities", "Take back a parked call"), needs=NUMBER, arg="callee"),
]
CAPABILITIES: dict[str, Capability] = {c.name: c for c in _TABLE}
_ORDER = {c.name: i for i, c in enumerate(_TABLE)}


def spec(name: str) -> Capability:
    """The capability's row, its label and tooltip in the window's language."""
    known = CAPABILITIES.get(name)
    if known is None:
        return Capability(name, name, QCoreApplication.translate("Capabilities", "%s (offered by the PBX)") % name, known=False)
    translate = QCoreApplication.translate
    return known._replace(label=translate("Capabilities", known.label), tooltip=translate("Capabilities", known.tooltip))


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
