"""What each situation of a party in a call offers, read off the seed.

A party's situation (computed by the engine from the call's state) maps to one row: the call
capabilities, the leg capabilities and the state shown. Commands are named after these
capabilities, and the engine refuses a command whose capability the row does not offer.
"""

from __future__ import annotations

from dataclasses import dataclass

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
