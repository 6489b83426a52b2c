"""One call as a card: who, which way, state badge, running duration, cause, and its buttons.

The card is dumb: it is given the call and the capabilities to offer, and reports clicks
through `on_action(capability, call, device_id)` and the start of a drag through `on_drag(card)`.

Its buttons sit in `slots` given by the calls panel, which keeps them for the whole life of the
call: a capability the PBX no longer offers leaves its button in place, disabled, and a new one
goes after the others, so an event never moves a button under the pointer (the second click of
a double click on Hold must not land on the button that took Hold's place). The actions that
affect the other parties (`Capability.destructive`) sit apart, in the card's top-right corner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN, Call, User
from desktop.ui.capabilities import Capability, drop_capability, offered, ordered, spec
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.lamps import LAMPS, ink_on
from desktop.ui.words import (
    UNKNOWN_TIME,
    Directory,
    badge,
    badge_source,
    call_cause,
    call_summary,
    direction_words,
    format_duration,
    other_parties,
    widest_badges,
)

BADGE_COLOURS = {
    "ringing": LAMPS[RINGING].colour,
    "dialing": LAMPS[DIALING].colour,
    "ringing remote": LAMPS[DIALING].colour,
    "active": LAMPS[TALKING].colour,
    "on hold": LAMPS[HELD].colour,
    "conference": LAMPS[CONFERENCE].colour,
    "releasing": LAMPS[UNKNOWN].colour,
}
OnAction = Callable[[Capability, Call, str | None], None]  # a button clicked: (capability, call, device)
DESTRUCTIVE_STYLE = (
    "QPushButton[destructive=\"true\"] { color: palette(bright-text); font-weight: bold; }"
    "QPushButton[destructive=\"true\"]:disabled { color: palette(placeholder-text); font-weight: normal; }"
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def slot_order(previous: Sequence[str], offered_names) -> list[str]:
    """The card's buttons: those it had (offered or not) where they were, then the newly
    offered ones in the table's order. Nothing already shown ever moves."""
    kept = list(dict.fromkeys(previous))
    new = [c.name for c in ordered(offered_names) if c.name not in kept]
    return kept + new


class CallCard(QFrame):
    def __init__(
        self,
        user: User,
        call: Call,
        on_action: OnAction,
        parent: QWidget | None = None,
        on_drag: Callable[[CallCard], None] | None = None,
        slots: Sequence[str] | None = None,
        names: Directory | None = None,
        narrow: bool = False,
    ):
        super().__init__(parent)
        self.call = call
        self.login = user.login
        self._on_drag = on_drag
        self._press_at = None
        self.setObjectName("callCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(DESTRUCTIVE_STYLE)
        self.buttons: dict[str, QPushButton] = {}  # the capabilities offered now
        self.slots: dict[str, QPushButton] = {}  # every button shown, offered or kept in place
        self.on_resized: Callable[[int], None] | None = None  # the parties' height, as laid out
        self._names = names
        offer = offered(call)
        self.slot_names = list(slots) if slots is not None else slot_order((), offer)
        top = self._top_row(call, narrow)
        self.details = QLabel(_details(call))
        self.details.setStyleSheet("color: palette(placeholder-text)")
        self.details.setWordWrap(narrow)
        # In a narrow column (the dense lamp views' slim calls panel) the top row wraps and the
        # destructive buttons get a row of their own, still at the card's top right: the card
        # fits the column instead of being cut off at its right.
        apart = QHBoxLayout() if narrow else top
        if narrow:
            apart.addStretch(1)
        row = self._button_row(call, offer, on_action, apart)

        droppable = drop_capability(offered(call))
        if droppable is not None and on_drag is not None:
            # Say so where the hand is: nothing else on the card hints that it can be dragged.
            self.setCursor(Qt.OpenHandCursor)
            self.setToolTip(tr("Drag onto a user's lamp: %s the call to them") % droppable.label.lower())

        # What a screen reader says of the card: the tooltip's line, then its cause and ref.
        self.setAccessibleName(call_summary(call, names))
        self.setAccessibleDescription(_details(call))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        if narrow:
            layout.addLayout(apart)
        layout.addLayout(top)
        layout.addWidget(self.parties)
        layout.addWidget(self.details)
        layout.addLayout(row)

    def _top_row(self, call: Call, narrow: bool = False) -> QHBoxLayout | FlowLayout:
        """State badge, direction and running duration, then (right-aligned, see _button_row) the
        destructive buttons; the other parties on the line below. Nothing on this row changes
        width with the call's state, so the destructive buttons never move."""
        text = badge(call)
        colour = BADGE_COLOURS.get(badge_source(call), LAMPS[IDLE].colour)
        self.badge = QLabel(text)
        self.badge.setObjectName("badge")
        self.badge.setStyleSheet(
            f"background:{colour}; color:{ink_on(QColor(colour)).name()}; border-radius:8px; padding:2px 8px; font-weight:bold"
        )
        self.badge.setAlignment(Qt.AlignCenter)
        self.badge.setMinimumWidth(max(self.badge.fontMetrics().horizontalAdvance(w) for w in widest_badges()) + 28)
        self.parties = _Parties(_parties(call, self._names) or "<i>" + tr("nobody yet") + "</i>", self)
        self.parties.setWordWrap(True)
        self.direction = QLabel(direction_words(call.direction))
        self.duration = QLabel()
        self.duration.setObjectName("duration")
        if narrow:
            top = FlowLayout()
            for widget in (self.badge, self.direction, self.duration):
                top.addWidget(widget)
            return top
        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignTop)
        top.addWidget(self.direction, 0, Qt.AlignTop)
        top.addWidget(self.duration, 0, Qt.AlignTop)
        top.addStretch(1)
        return top

    def _button_row(self, call: Call, offer: dict, on_action: OnAction, top: QHBoxLayout) -> FlowLayout:
        """One button per slot, wrapping onto more lines in a narrow panel; the destructive ones
        at the end of the top row."""
        row = FlowLayout()
        apart: list[QPushButton] = []
        for name in self.slot_names:
            cap = spec(name)
            button = QPushButton(icon(cap.icon), cap.label)
            button.setObjectName(f"cap_{cap.name}")
            button.setAccessibleName(cap.label)
            button.setAccessibleDescription(cap.tooltip)
            if name in offer:
                button.setToolTip(cap.tooltip)
                button.clicked.connect(lambda _=False, c=cap, d=offer[name]: on_action(c, call, d))
                self.buttons[name] = button
            else:
                button.setEnabled(False)
                button.setToolTip(tr("%s: not offered for this call now") % cap.label)
            self.slots[name] = button
            if cap.destructive:
                button.setProperty("destructive", True)
                apart.append(button)
            else:
                row.addWidget(button)
        # Right-aligned from the card's edge, the first at the edge: a later one goes to its left.
        for button in reversed(apart):
            top.addWidget(button, 0, Qt.AlignTop)
        return row

    def disable_all(self, reason: str) -> None:
        """Nothing can be commanded now (no connection, a replay): every button off, saying why."""
        for cap_name, button in self.slots.items():
            button.setEnabled(False)
            button.setToolTip(f"{spec(cap_name).label}: {reason}")


    def tick(self, now_ms: int) -> None:
        started = self.call.started_at
        self.duration.setText(format_duration(now_ms - started) if started is not None else UNKNOWN_TIME)

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
        """Give this card the shortcuts no earlier card took. Only my line's cards are bound:
        a key must never act on a colleague's call (that takes a click on its card)."""
        for name, button in self.buttons.items():
            keys = spec(name).shortcut
            if keys and keys not in taken:
                button.setShortcut(QKeySequence(keys))
                button.setToolTip(f"{button.toolTip()} ({keys})")
                taken.add(keys)

    def say_shortcuts_are_mine(self) -> None:
        """A colleague's card: its buttons say why their shortcut does nothing here."""
        for name, button in self.buttons.items():
            if spec(name).shortcut:
                button.setToolTip(f"{button.toolTip()}. " + tr("Shortcuts act on my line only: click to act on this call"))


class _Parties(QLabel):
    """The other parties; tells the card its height (the panel keeps the tallest it has been)."""

    def __init__(self, text: str, card: CallCard):
        super().__init__(text)
        self._card = card

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._card.on_resized is not None:
            self._card.on_resized(self.height())


def _parties(call: Call, names: Directory | None = None) -> str:
    parties = other_parties(call, names)
    # A conference lists its parties one per line: names side by side overflow a narrow panel.
    sep = "<br>" if len(parties) > 1 else "; "
    return sep.join(f"<b>{name}</b> {number}" if number else f"<b>{name}</b>" for name, number in parties)


def _details(call: Call) -> str:
    details = []
    cause = call_cause(call)
    if cause and not (call.conference and call.last_cause == "CONFERENCED"):  # said just below
        details.append(cause)
    if call.conference:
        details.append(tr("conference of %s") % (len(call.participants) + 1))
    if call.record_state:
        details.append(tr("recording: %s") % call.record_state.lower())
    details.append(tr("call %s") % call.call_ref)
    return " · ".join(details)
