"""Lamp colours per line state, and the delegate that paints a lamp tile in the grid."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN
from desktop.ui.users_model import LineStateRole, NAME, NUMBER, SINCE

# line state -> (colour, blinks)
LAMPS: dict[str, tuple[str, bool]] = {
    IDLE: ("#2e9e4f", False),
    RINGING: ("#ff8f00", True),
    DIALING: ("#1e88e5", False),
    TALKING: ("#d32f2f", False),
    HELD: ("#f9c80e", False),
    CONFERENCE: ("#8e24aa", False),
    UNKNOWN: ("#9e9e9e", False),
}
BLINKING = {state: blinks for state, (_, blinks) in LAMPS.items()}
TILE = QSize(150, 40)


def lamp_colour(state: str | None) -> QColor:
    return QColor(LAMPS.get(state or UNKNOWN, LAMPS[UNKNOWN])[0])


class LampDelegate(QStyledItemDelegate):
    """Coloured lamp, name and number in a compact tile; ringing lamps blink."""

    BLINK_MS = 500

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.blink_on = True
        self._timer = QTimer(self, interval=self.BLINK_MS)
        self._timer.timeout.connect(self._blink)
        self._views = []

    def attach(self, view, visible_rows: Callable[[], Iterable[int]]) -> None:
        """Blink the ringing lamps of `view`; `visible_rows` gives its rows on screen."""
        self._views.append((view, visible_rows))
        if not self._timer.isActive():
            self._timer.start()

    def _blink(self) -> None:
        # Only ringing lamps on screen are repainted: an idle grid costs nothing twice a second.
        self.blink_on = not self.blink_on
        for view, visible_rows in self._views:
            model = view.model()
            column = view.modelColumn()
            for row in visible_rows():
                index = model.index(row, column)
                if BLINKING.get(index.data(LineStateRole)):
                    view.update(index)

    def sizeHint(self, option, index) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option, index) -> None:
        model = index.model()
        state = index.data(LineStateRole)
        name = model.index(index.row(), NAME).data() or ""
        number = model.index(index.row(), NUMBER).data() or ""
        since = model.index(index.row(), SINCE).data() or ""
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        r = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.State_Selected)
        drop_here = getattr(option.widget, "drop_row", None) == index.row()
        painter.setPen(QPen(option.palette.highlight().color(), 2) if selected or drop_here else QPen(QColor("#c8c8c8")))
        painter.setBrush(option.palette.highlight().color().lighter(185) if drop_here else option.palette.base())
        painter.drawRoundedRect(r, 4, 4)
        colour, blinks = LAMPS.get(state or UNKNOWN, LAMPS[UNKNOWN])
        lamp = QColor(colour)
        if blinks and not self.blink_on:
            lamp = lamp.lighter(170)
        d = r.height() - 14
        painter.setPen(QPen(lamp.darker(140), 1))
        painter.setBrush(lamp)
        painter.drawEllipse(QRect(r.left() + 7, r.top() + 7, d, d))
        text = QRect(r.left() + d + 14, r.top() + 3, r.width() - d - 18, r.height() - 6)
        painter.setPen(option.palette.text().color())
        fm = option.fontMetrics
        painter.drawText(text, Qt.AlignLeft | Qt.AlignTop, fm.elidedText(name, Qt.ElideRight, text.width()))
        painter.setPen(option.palette.placeholderText().color())
        painter.drawText(text, Qt.AlignLeft | Qt.AlignBottom, fm.elidedText(f"{number}  {state or ''} {since}", Qt.ElideRight, text.width()))
        painter.restore()
