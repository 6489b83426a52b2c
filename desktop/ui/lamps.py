"""Lamp colours per line state, and the delegate that paints a lamp tile in the grid."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN
from desktop.ui.models.users_model import LineStateRole, NAME, NUMBER, SINCE

class Lamp(NamedTuple):
    colour: str
    blinks: bool
    glyph: str  # drawn inside the lamp so the state does not rest on colour alone (see GLYPHS)


LAMPS: dict[str, Lamp] = {
    IDLE: Lamp("#2e9e4f", False, ""),
    RINGING: Lamp("#ff8f00", True, "bell"),
    DIALING: Lamp("#1e88e5", False, "arrow"),
    TALKING: Lamp("#d32f2f", False, "dot"),
    HELD: Lamp("#f9c80e", False, "pause"),
    CONFERENCE: Lamp("#8e24aa", False, "three"),
    UNKNOWN: Lamp("#9e9e9e", False, "?"),
}
BLINKING = {state: lamp.blinks for state, lamp in LAMPS.items()}
TILE = QSize(170, 40)  # four to a row in the default 1280-pixel window, seed names unclipped


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF())
    # contrast with white (1.05 / (lum + 0.05)) against contrast with black ((lum + 0.05) / 0.05)
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


def _bell(p: QPainter, c: QRectF) -> None:
    # a dot and a ring around it: the set ringing (drawn as outline, or it reads as a black disc)
    p.drawEllipse(c.center(), c.width() * 0.12, c.width() * 0.12)
    brush = p.brush()
    p.setBrush(Qt.NoBrush)
    p.setPen(QPen(p.pen().color(), max(1.0, c.width() / 14)))
    p.drawEllipse(c.center(), c.width() * 0.3, c.width() * 0.3)
    p.setBrush(brush)


def _arrow(p: QPainter, c: QRectF) -> None:
    w, x, y = c.width(), c.center().x(), c.center().y()
    p.drawPolygon([QPointF(x - w * 0.18, y - w * 0.25), QPointF(x + w * 0.25, y), QPointF(x - w * 0.18, y + w * 0.25)])


def _dot(p: QPainter, c: QRectF) -> None:
    p.drawEllipse(c.center(), c.width() * 0.15, c.width() * 0.15)


def _pause(p: QPainter, c: QRectF) -> None:
    w, x, y = c.width(), c.center().x(), c.center().y()
    p.drawRect(QRectF(x - w * 0.22, y - w * 0.22, w * 0.14, w * 0.44))
    p.drawRect(QRectF(x + w * 0.08, y - w * 0.22, w * 0.14, w * 0.44))


def _three(p: QPainter, c: QRectF) -> None:
    w, x, y = c.width(), c.center().x(), c.center().y()
    for dx, dy in ((0, -0.2), (-0.2, 0.14), (0.2, 0.14)):
        p.drawEllipse(QPointF(x + dx * w, y + dy * w), w * 0.09, w * 0.09)


def _question(p: QPainter, c: QRectF) -> None:
    p.drawText(c, Qt.AlignCenter, "?")


GLYPHS: dict[str, Callable[[QPainter, QRectF], None]] = {
    "bell": _bell, "arrow": _arrow, "dot": _dot, "pause": _pause, "three": _three, "?": _question,
}


def paint_lamp(painter: QPainter, circle: QRectF, state: str | None, dim: bool = False) -> None:
    """The lamp of `state` in `circle`: its colour, and its glyph in the ink that reads on it.
    `dim`: the off phase of a blinking lamp (ignored for the others)."""
    look = LAMPS.get(state or UNKNOWN, LAMPS[UNKNOWN])
    lamp = QColor(look.colour)
    if look.blinks and dim:
        lamp = lamp.lighter(160)
    painter.setPen(QPen(lamp.darker(140), 1))
    painter.setBrush(lamp)
    painter.drawEllipse(circle)
    glyph = GLYPHS.get(look.glyph)
    if glyph is not None:
        ink = ink_on(QColor(look.colour))
        painter.setPen(ink)
        painter.setBrush(ink)
        glyph(painter, circle)


def lamp_pixmap(state: str | None, size: int = 14) -> QPixmap:
    """The lamp alone, for legends and headers."""
    ratio = 2  # drawn at twice the size: crisp on high-density screens too
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    paint_lamp(painter, QRectF(0.5, 0.5, size - 1, size - 1), state)
    painter.end()
    return pixmap


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
        d = 18
        circle = QRectF(r.left() + 6, r.top() + (r.height() - d) / 2, d, d)
        paint_lamp(painter, circle, state, dim=not self.blink_on)
        # Name on top; number and time in state below, the time right-aligned so a column of
        # lamps reads as a column of times. The state itself is the lamp (colour and glyph).
        text = QRect(int(circle.right()) + 6, r.top() + 3, r.right() - int(circle.right()) - 11, r.height() - 6)
        fm = option.fontMetrics
        painter.setPen(option.palette.text().color())
        painter.drawText(text, Qt.AlignLeft | Qt.AlignTop, fm.elidedText(name, Qt.ElideRight, text.width()))
        painter.setPen(option.palette.placeholderText().color())
        painter.drawText(text, Qt.AlignRight | Qt.AlignBottom, since)
        room = text.width() - fm.horizontalAdvance(since) - 6
        painter.drawText(text, Qt.AlignLeft | Qt.AlignBottom, fm.elidedText(number, Qt.ElideRight, room))
        painter.restore()
