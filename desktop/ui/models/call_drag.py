"""A call dragged from its card onto a user's lamp: the drag's payload, and what a drop sends.

The payload names the call (whose call, which callRef), not its capabilities: the drop looks
the call up again, because by the time the mouse is released it may have been answered or
gone, and only what the PBX offers then may be used.
"""

from __future__ import annotations

from typing import NamedTuple

import orjson
from PySide6.QtCore import QCoreApplication, QMimeData

from desktop.model import Model
from desktop.ui.capabilities import Capability, drop_capability, offered

MIME_TYPE = "application/x-cti-monitor-call"


class DropPlan(NamedTuple):
    login: str  # whose call it is: the command is sent on their behalf
    call_ref: str
    capability: Capability
    device_id: str | None
    args: dict


def call_mime(login: str, call_ref: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, orjson.dumps({"login": login, "callRef": call_ref}))
    return mime


def dragged_call(mime: QMimeData | None) -> tuple[str, str] | None:
    """(login, callRef) of the dragged call, or None when the drag carries something else."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        obj = orjson.loads(bytes(mime.data(MIME_TYPE)))
        login, call_ref = obj["login"], obj["callRef"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None
    return (login, call_ref) if isinstance(login, str) and isinstance(call_ref, str) else None


def refusal(model: Model, mime: QMimeData | None, target_login: str | None) -> str:
    """Why dropping `mime` on `target_login` is not allowed now, in words ("" when it is)."""
    dragged = dragged_call(mime)
    if dragged is None or not target_login:
        return ""
    login, call_ref = dragged
    user, target = model.users.get(login), model.users.get(target_login)
    call = user.calls.get(call_ref) if user is not None else None
    tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731
    if call is None:
        return tr("Drop: that call has ended")
    if target_login == login:
        return tr("Drop: the call is already on that line")
    if target is None or not target.number:
        return tr("Drop: %s has no number to send the call to") % target_login
    if drop_capability(offered(call)) is None:
        return tr("Drop: this call cannot be redirected or transferred now (the PBX offers neither)")
    return ""


def plan_drop(model: Model, mime: QMimeData | None, target_login: str | None) -> DropPlan | None:
    """The command dropping `mime` on `target_login`'s lamp would send now; None: not allowed."""
    dragged = dragged_call(mime)
    if dragged is None or not target_login:
        return None
    login, call_ref = dragged
    user, target = model.users.get(login), model.users.get(target_login)
    call = user.calls.get(call_ref) if user is not None else None
    # A call cannot be sent to the line it is on, nor to a user without a number to send it to.
    if call is None or target is None or not target.number or target_login == login:
        return None
    caps = offered(call)
    cap = drop_capability(caps)
    if cap is None:
        return None
    return DropPlan(login, call_ref, cap, caps[cap.name], {cap.arg: target.number})
