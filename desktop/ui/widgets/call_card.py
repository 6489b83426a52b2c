"""One call as a card: who, which way, state badge, running duration, cause, and its buttons.

The card is dumb: it is given the call and the capabilities to offer, and reports clicks
through `on_action(capability, call, device_id)` and the start of a drag through `on_drag(card)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN, Call, User
from desktop.ui.capabilities import Capability, drop_capability, offered, ordered
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.lamps import LAMPS, ink_on
from desktop.ui.words import badge, call_cause, format_duration, other_parties

BADGE_COLOURS = {
    "ringing": LAMPS[RINGING].colour,
    "dialing": LAMPS[DIALING].colour,
    "ringing remote": LAMPS[DIALING].colour,
    "active": LAMPS[TALKING].colour,
    "on hold": LAMPS[HELD].colour,
    "conference": LAMPS[CONFERENCE].colour,
    "releasing": LAMPS[UNKNOWN].colour,
}
DIRECTION_WORDS = {"incoming": "← incoming", "outgoing": "→ outgoing"}
OnAction = Callable[[Capability, Call, str | None], None]  # a button clicked: (capability, call, device)


class CallCard(QFrame):
    def __init__(
        self,
        user: User,
        call: Call,
        on_action: OnAction,
        parent: QWidget | None = None,
        on_drag: Callable[[CallCard], None] | None = None,
    ):
        super().__init__(parent)
        self.call = call
        self.login = user.login
        self._on_drag = on_drag
        self._press_at = None
        self.setObjectName("callCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.buttons: dict[str, QPushButton] = {}
        top = self._top_row(call)
        self.details = QLabel(_details(call))
        self.details.setStyleSheet("color: palette(placeholder-text)")
        row = self._button_row(call, on_action)

        droppable = drop_capability(offered(call))
        if droppable is not None and on_drag is not None:
            # Say so where the hand is: nothing else on the card hints that it can be dragged.
            self.setCursor(Qt.OpenHandCursor)
            self.setToolTip(f"Drag onto a user's lamp: {droppable.label.lower()} the call to them")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(row)

    def _top_row(self, call: Call) -> QHBoxLayout:
        """State badge, the other parties, direction and running duration."""
        text = badge(call)
        colour = BADGE_COLOURS.get(text, LAMPS[IDLE].colour)
        self.badge = QLabel(text)
        self.badge.setObjectName("badge")
        self.badge.setStyleSheet(
            f"background:{colour}; color:{ink_on(QColor(colour)).name()}; border-radius:8px; padding:2px 8px; font-weight:bold"
        )
        self.parties = QLabel(_parties(call) or "<i>nobody yet</i>")
        self.parties.setWordWrap(True)
        self.direction = QLabel(DIRECTION_WORDS.get(call.direction or "", ""))
        self.duration = QLabel()
        self.duration.setObjectName("duration")
        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignTop)
        top.addWidget(self.parties, 1)
        top.addWidget(self.direction, 0, Qt.AlignTop)
        top.addWidget(self.duration, 0, Qt.AlignTop)
        return top

    def _button_row(self, call: Call, on_action: OnAction) -> FlowLayout:
        """One button per capability offered, wrapping onto more lines in a narrow panel."""
        row = FlowLayout()
        for cap_name, device_id in _ordered_offer(offered(call)):
            button = QPushButton(icon(cap_name.icon), cap_name.label)
            button.setObjectName(f"cap_{cap_name.name}")
            button.setToolTip(cap_name.tooltip + (f" ({cap_name.shortcut})" if cap_name.shortcut else ""))
            button.clicked.connect(lambda _=False, c=cap_name, d=device_id: on_action(c, call, d))
            self.buttons[cap_name.name] = button
            row.addWidget(button)
        return row

    def tick(self, now_ms: int) -> None:
        started = self.call.started_at
        self.duration.setText(format_duration(now_ms - started) if started else "")

    # Every card can be dragged, offered or not: the lamp it is dropped on decides, with the
    # capabilities of that moment, and shows "not allowed" when none applies.
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._press_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        start = self._press_at
        if (
            start is not None
            and self._on_drag is not None
            and event.buttons() & Qt.LeftButton
            and (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._press_at = None
            self._on_drag(self)  # runs the drag to its end; touch nothing of self afterwards
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._press_at = None
        super().mouseReleaseEvent(event)

    def bind_shortcuts(self, taken: set[str]) -> None:
        """Give this card the shortcuts no earlier card took (my line's cards come first)."""
        from desktop.ui.capabilities import spec

        for name, button in self.buttons.items():
            keys = spec(name).shortcut
            if keys and keys not in taken:
                button.setShortcut(QKeySequence(keys))
                taken.add(keys)


def _ordered_offer(caps: dict[str, str | None]) -> list[tuple[Capability, str | None]]:
    return [(c, caps[c.name]) for c in ordered(caps)]


def _parties(call: Call) -> str:
    parties = other_parties(call)
    # A conference lists its parties one per line: names side by side overflow a narrow panel.
    sep = "<br>" if len(parties) > 1 else "; "
    return sep.join(f"<b>{name}</b> {number}" if number else f"<b>{name}</b>" for name, number in parties)


def _details(call: Call) -> str:
    details = []
    cause = call_cause(call)
    if cause and not (call.conference and call.last_cause == "CONFERENCED"):  # said just below
        details.append(cause)
    if call.conference:
        details.append(f"conference of {len(call.participants) + 1}")
    if call.record_state:
        details.append(f"recording: {call.record_state.lower()}")
    details.append(f"call {call.call_ref}")
    return " · ".join(details)
