"""The engine's commands, one module per family, and the one table that names them.

Every handler is called as handler(engine, user, call, party, device, args) -> result dict,
once Engine.command has checked that the capability it is named after is offered (call and
party are None for device capabilities). A handler raises Refused before it changes anything.
"""

from __future__ import annotations

from collections.abc import Callable

from ..offers import ALL_CALL_CAPS, ALL_DEVICE_CAPS, ALL_LEG_CAPS
from . import busy, conference, dialing, legs, recording, release, transfer
from .routing import ROUTING_HANDLERS

Handler = Callable[..., dict]

# One row per command: the capability's name and what it does.
HANDLERS: dict[str, Handler] = {
    "makeCall": dialing.make_call,
    "makeBusinessCall": dialing.make_call,
    "makePrivateCall": dialing.make_call,
    "unParkCall": dialing.unpark_call,
    "answer": legs.answer,
    "drop": legs.drop,
    "hold": legs.hold,
    "retrieve": legs.retrieve,
    "reconnect": legs.reconnect,
    "sendDtmf": legs.send_dtmf,
    "terminate": release.terminate,
    "transfer": transfer.transfer,
    "blindTransfer": transfer.blind_transfer,
    "merge": conference.merge,
    "redirect": transfer.redirect,
    "redirectToVoiceMail": transfer.redirect_to_voicemail,
    "overflowToVoiceMail": transfer.overflow_to_voicemail,
    "pickedUp": transfer.picked_up,
    "callBack": busy.call_back,
    "waitOnBusy": busy.wait_on_busy,
    "intrusion": conference.intrusion,
    "dropMe": conference.drop_me,
    "dropParticipant": conference.drop_participant,
    "startRecord": recording.start_record,
    "stopRecord": recording.stop_record,
}
# The commands the engine knows, every one a capability it can offer.
ACTIONS = frozenset(HANDLERS)
assert ACTIONS <= ALL_CALL_CAPS | ALL_LEG_CAPS | ALL_DEVICE_CAPS
# The user-scope routing commands (no callRef, no capability): commands/routing.py.
ROUTING_ACTIONS = frozenset(ROUTING_HANDLERS)
assert not ROUTING_ACTIONS & ACTIONS
