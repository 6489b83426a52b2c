"""How a user's routing (forward, overflow, do-not-disturb) reads on screen, and where a call
sent to them would land: the lamps' tooltips, the drop target's note, the card's summary.

The landing follows the simulated OXE's rules (docs/protocol.md, "How calls follow routing")
from what the model knows: an immediate forward first, then DND or busy with their busy
forward or overflow. It is a forecast from the last routing state heard, not a promise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.model import Model
from desktop.model.state import User
from desktop.protocol.routing import BUSY, BUSY_NO_ANSWER, IMMEDIATE, NO_ANSWER, ON_BUSY, VOICEMAIL, Route, Routing
from desktop.ui.words import user_name


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def condition_words(condition: str) -> str:
    return {
        IMMEDIATE: tr("always"),
        BUSY: tr("when busy"),
        NO_ANSWER: tr("on no answer"),
        BUSY_NO_ANSWER: tr("when busy or no answer"),
    }.get(condition, condition)


def user_by_number(model: Model, number: str) -> User | None:
    for user in model.users.values():
        if user.number == number:
            return user
    return None


def destination_words(model: Model, destination: str, short: bool = False) -> str:
    """'voicemail', or the destination's name and number ('Jonas Mendes 73571'); `short`: the
    number alone."""
    if destination == VOICEMAIL:
        return tr("voicemail")
    if short:
        return destination
    user = user_by_number(model, destination)
    return f"{user_name(user)} {destination}" if user is not None else destination


def route_words(model: Model, route: Route, kind: str = "forward") -> str:
    where = destination_words(model, route.destination)
    if kind == "overflow":
        return tr("overflow to %s %s") % (where, condition_words(route.condition))
    if route.condition == IMMEDIATE:
        return tr("forwarded to %s") % where
    return tr("forwarded to %s %s") % (where, condition_words(route.condition))


def routing_lines(model: Model, routing: Routing | None) -> list[str]:
    """One line per part that is set (none when nothing is)."""
    if routing is None:
        return []
    lines = []
    if routing.dnd:
        lines.append(tr("do not disturb"))
    if routing.forward is not None:
        lines.append(route_words(model, routing.forward))
    if routing.overflow is not None:
        lines.append(route_words(model, routing.overflow, "overflow"))
    return lines


def tile_note(routing: Routing | None) -> str:
    """The few characters a lamp tile has room for: '→ 73571', 'DND', 'DND → VM'."""
    if routing is None:
        return ""
    parts = []
    if routing.dnd:
        parts.append(tr("DND"))
    if routing.forward is not None:
        where = tr("VM") if routing.forward.destination == VOICEMAIL else routing.forward.destination
        parts.append(("→ " if routing.forward.condition == IMMEDIATE else "↷ ") + where)
    return " ".join(parts)


def landing_note(model: Model, target: User | None) -> str:
    """Where a call sent to `target` lands, when not simply on their set: '→ forwarded to 73571',
    'DND: will be refused' (the PBX refuses a call sent to a DND line), 'DND: to voicemail', 'busy → forwarded to 73571'; '' otherwise."""
    if target is None or target.routing is None:
        return ""
    routing = target.routing
    if routing.forward is not None and routing.forward.condition == IMMEDIATE:
        return "→ " + tr("forwarded to %s") % destination_words(model, routing.forward.destination)
    busy = routing.dnd or any(c.line_state() not in (None, "idle") for c in target.calls.values())
    if not busy:
        return ""
    onward = next((r for r in (routing.forward, routing.overflow) if r is not None and r.condition in ON_BUSY), None)
    if routing.dnd:
        if onward is None:
            return tr("DND: will be refused")
        if onward.destination == VOICEMAIL:
            return tr("DND: to voicemail")
        return tr("DND: → forwarded to %s") % destination_words(model, onward.destination)
    if onward is not None:
        return tr("busy → forwarded to %s") % destination_words(model, onward.destination)
    return ""
