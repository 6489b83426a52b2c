"""Recording a call (startRecord, stopRecord)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import notify
from ..calls import SimCall, SimParty
from ..directory import Subscriber

if TYPE_CHECKING:
    from ..core import Engine


def start_record(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    party.recording = True
    notify.modified(engine, user.login, call)
    return {}


def stop_record(engine: Engine, user: Subscriber, call: SimCall, party: SimParty, device, args) -> dict:
    party.recording = False
    notify.modified(engine, user.login, call)
    return {}
