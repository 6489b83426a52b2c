"""What the engine offers each user now: the capabilities of its calls, legs and devices.

A party's situation (`situation`, from the call's state) maps to one row of SITUATIONS, read
off the seed: the call capabilities, the leg capabilities and the state shown. Commands are
named after these capabilities, and the engine refuses a command whose capability the row does
not offer. A device's capabilities follow from its calls (`device_caps`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import state
from .calls import (
    CONSULT,
    DIALING,
    HOLD,
    RECALL,
    RELEASING,
    RINGING_INCOMING,
    RINGING_OUTGOING,
    WAITING,
    SimCall,
    SimParty,
)

if TYPE_CHECKING:
    from .core import Engine

# The OXE lists capabilities in a fixed order; this one is consistent with every seed string.
CALL_CAPS_ORDER = (
    "redirect",
    "pickedUp",
    "redirectToVoiceMail",
    "overflowToVoiceMail",
    "transfer",
    "merge",
    "blindTransfer",
    "dropMe",
    "terminate",
    "dropParticipant",
    "callBack",
    "waitOnBusy",
    "intrusion",
    "startRecord",
    "stopRecord",
)
LEG_CAPS_ORDER = ("answer", "drop", "hold", "retrieve", "reconnect", "sendDtmf")
DEVICE_CAPS = ("makeCall", "makeBusinessCall", "makePrivateCall", "unParkCall")
NO_DEVICE_CAPS: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    call: tuple[str, ...]
    leg: tuple[str, ...]
    # The device can start a call (makeCall) while in this situation: True, False, or None when
    # the situation has no say (a ringing call leaves it to the other calls and the set's profile).
    dial: bool | None
    recordable: bool = False


SITUATIONS: dict[str, Row] = {
    "dialing": Row(("terminate",), ("drop",), False),
    "ringback": Row(("terminate", "callBack"), ("drop",), False),
    "ringback_service": Row(("terminate",), ("drop",), False),
    "busy": Row(("terminate", "callBack", "waitOnBusy", "intrusion"), ("drop",), False),
    "camped": Row(("terminate",), ("drop",), False),
    "ringing": Row(("redirect", "pickedUp", "redirectToVoiceMail"), ("answer",), None),
    "ringing_camped": Row((), ("answer",), None),
    "talking": Row(("blindTransfer", "terminate"), ("drop", "hold"), True, recordable=True),
    "talking_consulting": Row(("transfer", "merge", "terminate"), ("drop", "hold"), True, recordable=True),
    "talking_consulted": Row(("terminate",), ("drop",), True, recordable=True),
    "talking_after_waiting": Row(("blindTransfer", "terminate"), ("drop",), True, recordable=True),
    "talking_camped": Row(("terminate",), ("drop",), True),
    "talking_service": Row(("terminate",), ("drop", "sendDtmf"), False),
    "conference": Row(("dropMe", "terminate"), ("drop",), False),
    "conference_host": Row(("dropMe", "terminate", "dropParticipant"), ("drop",), False),
    "held_self": Row(("terminate",), ("retrieve",), True),
    "held_consult": Row(("terminate",), ("reconnect",), True),
    "held_waiting": Row(("terminate",), (), False),
    "held_remote": Row(("terminate",), ("drop",), False),
    "releasing": Row(("terminate",), ("drop",), False),
}

SHOWN_HELD = {"held_self", "held_consult", "held_waiting", "held_remote"}
ALL_CALL_CAPS = frozenset(CALL_CAPS_ORDER)
ALL_LEG_CAPS = frozenset(LEG_CAPS_ORDER)
ALL_DEVICE_CAPS = frozenset(DEVICE_CAPS)


def ordered(caps: set[str] | frozenset[str], order: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in order if name in caps)


def caps_block(caps: tuple[str, ...]) -> tuple[dict, str]:
    """The RTSM pair (capabilities, capaString) for a list of capability names."""
    return {"empty": not caps}, ", ".join(caps)


def situation(engine: Engine, call: SimCall, p: SimParty) -> str:
    """Which row of SITUATIONS applies to this party now."""
    if p.state == RELEASING:
        return "busy" if call.busy else "releasing"
    if p.hold in (HOLD, RECALL):
        return "held_self"
    if p.hold == CONSULT:
        return "held_consult"
    if p.hold == WAITING:
        return "held_waiting"
    if call.conference:
        return "conference_host" if call.host == p.login else "conference"
    if p.state == DIALING:
        return "dialing"
    peer = call.peer(p)
    if p.state == RINGING_OUTGOING:
        if call.busy:
            return "busy"
        if peer is not None and peer.is_service:
            return "ringback_service"
        return "camped" if call.camp_on else "ringback"
    if p.state == RINGING_INCOMING:
        return "ringing_camped" if call.camped_offer else "ringing"
    if peer is not None and peer.hold is not None:
        return "held_remote"
    if peer is not None and peer.is_service:
        return "talking_service"
    if call.camp_on and p.role == "caller":
        return "talking_camped"
    if call.consultation:
        return "talking_consulting" if p.role == "caller" else "talking_consulted"
    if state.holds(engine, p.login, WAITING):
        return "talking_after_waiting"
    return "talking"


def caps(engine: Engine, call: SimCall, p: SimParty) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(call capabilities, leg capabilities) offered to this party now."""
    sit = situation(engine, call, p)
    row = SITUATIONS[sit]
    call_caps = set(row.call)
    if sit == "ringback":
        peer = call.peer(p)
        directory = engine.directory
        if peer is not None and peer.login and directory.users[peer.login].voicemail and directory.voicemail_number:
            call_caps.add("overflowToVoiceMail")
        if call.consultation:
            call_caps.add("transfer")
    if sit == "busy":
        # A user who asked not to be disturbed cannot be camped on nor intruded upon.
        peer = next((q for q in call.others(p) if q.login), None)
        if peer is not None and engine._routing.get(peer.login) is not None and engine._routing[peer.login].dnd:
            call_caps -= {"waitOnBusy", "intrusion"}
    if row.recordable and engine.directory.users[p.login].recording:
        call_caps.add("stopRecord" if p.recording else "startRecord")
    return ordered(call_caps, CALL_CAPS_ORDER), ordered(set(row.leg), LEG_CAPS_ORDER)


def device_caps(engine: Engine, login: str, device: str) -> tuple[str, ...]:
    """A device can start a call when it has none, or when one of its calls allows it and
    none forbids it; with only ringing calls it depends on the set (see directory.Profile)."""
    allowed = None
    for ref in engine._user_calls[login]:
        call = engine.calls[ref]
        party = call.party(login)
        if party.device != device:
            continue
        dial = SITUATIONS[situation(engine, call, party)].dial
        if dial is False:
            return NO_DEVICE_CAPS
        if dial:
            allowed = True
        elif allowed is None:
            allowed = False
    if allowed is None or allowed:
        return DEVICE_CAPS
    return DEVICE_CAPS if engine.directory.users[login].traits.dial_while_ringing else NO_DEVICE_CAPS
