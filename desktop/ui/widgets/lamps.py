"""Lamp colours and glyphs per line state, and painting one lamp (the grid's tiles, legends, headers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN


class Lamp(NamedTuple):
    colour: str
    blinks: bool
    glyph: str  # drawn inside the lamp so the state does not rest on colour alone (see GLYPHS)


# One table per look (desktop/ui/appearance.py): each fill stands out from the tiles' background
# by 3:1 or more (WCAG 1.4.11, a mark) and the glyph drawn on it in black or white by 4.5:1 or
# more; tests/ui/test_contrast.py computes both for every state, look and density. Light tiles
# are white, dark ones #1e1e1e, high-contrast ones black (appearance.PALETTES).
LIGHT_LAMPS: dict[str, Lamp] = {
    IDLE: Lamp("#2e9e4f", False, ""),
    RINGING: Lamp("#e65100", True, "bell"),  # #ff8f00 was 2.3:1 on white
    DIALING: Lamp("#1e88e5", False, "arrow"),
    TALKING: Lamp("#d32f2f", False, "dot"),
    HELD: Lamp("#9c7a00", False, "pause"),  # an ochre: the yellow #f9c80e was 1.6:1 on white
    CONFERENCE: Lamp("#8e24aa", False, "three"),
    UNKNOWN: Lamp("#757575", False, "?"),
}
DARK_LAMPS: dict[str, Lamp] = {
    IDLE: Lamp("#43a047", False, ""),
    RINGING: Lamp("#ff8f00", True, "bell"),
    DIALING: Lamp("#42a5f5", False, "arrow"),
    TALKING: Lamp("#ef5350", False, "dot"),  # #d32f2f is 3.3:1 on #1e1e1e: too close
    HELD: Lamp("#f9c80e", False, "pause"),
    CONFERENCE: Lamp("#ba68c8", False, "three"),  # #8e24aa was 2.4:1
    UNKNOWN: Lamp("#9e9e9e", False, "?"),
}
HIGH_CONTRAST_LAMPS: dict[str, Lamp] = {
    IDLE: Lamp("#00e676", False, ""),
    RINGING: Lamp("#ffab00", True, "bell"),
    DIALING: Lamp("#40c4ff", False, "arrow"),
    TALKING: Lamp("#ff5252", False, "dot"),
    HELD: Lamp("#ffff00", False, "pause"),
    CONFERENCE: Lamp("#ea80fc", False, "three"),
    UNKNOWN: Lamp("#bdbdbd", False, "?"),
}


class LampLook(NamedTuple):
    lamps: dict[str, Lamp]
    stale: str  # a lamp whose state is only the last known one: no state colour, glyph kept


# Keyed like appearance's effective looks ("light", "dark", "highContrast").
LOOKS: dict[str, LampLook] = {
    "light": LampLook(LIGHT_LAMPS, "#8f8f8f"),
    "dark": LampLook(DARK_LAMPS, "#6e6e6e"),
    "highContrast": LampLook(HIGH_CONTRAST_LAMPS, "#7a7a7a"),
}
LAMPS = LIGHT_LAMPS  # the light table, for code that only needs a state's usual colour
STALE = LOOKS["light"].stale
BLINKING = {state: lamp.blinks for state, lamp in LAMPS.items()}  # the same in every look
_current = LOOKS["light"]


def use_look(look: str) -> None:
    """Paint lamps from `look`'s table from now on (appearance.apply calls it)."""
    global _current
    _current = LOOKS.get(look, LOOKS["light"])


def look_name() -> str:
    return next(name for name, look in LOOKS.items() if look is _current)


def current_look() -> LampLook:
    return _current


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


def paint_lamp(painter: QPainter, circle: QRectF, state: str | None, dim: bool = False, stale: bool = False) -> None:
    """The lamp of `state` in `circle`: its colour, and its glyph in the ink that reads on it.
    `dim`: the off phase of a blinking lamp (ignored for the others). `stale`: the state is only
    the last known one: grey, the glyph kept so it can still be read, never blinking."""
    table = _current
    look = table.lamps.get(state or UNKNOWN, table.lamps[UNKNOWN])
    if stale:
        look = Lamp(table.stale, False, look.glyph)
    lamp = QColor(look.colour)
    glyph = GLYPHS.get(look.glyph)
    if look.blinks and dim:
        # The off phase: a ring and the glyph in the lamp's colour on the tile's background, so
        # both keep the fill's 3:1 against it (a paler fill faded into a light tile).
        painter.setPen(QPen(lamp, max(1.5, circle.width() / 9)))
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(circle.adjusted(0.75, 0.75, -0.75, -0.75))
        if glyph is not None:
            painter.setPen(lamp)
            painter.setBrush(lamp)
            glyph(painter, circle)
        return
    painter.setPen(QPen(lamp.darker(140), 1))
    painter.setBrush(lamp)
    painter.drawEllipse(circle)
    if glyph is not None:
        ink = ink_on(lamp)
        painter.setPen(ink)
        painter.setBrush(ink)
        glyph(painter, circle)


def lamp_pixmap(state: str | None, size: int = 14, stale: bool = False) -> QPixmap:
    """The lamp alone, for legends and headers."""
    ratio = 2  # drawn at twice the size: crisp on high-density screens too
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    paint_lamp(painter, QRectF(0.5, 0.5, size - 1, size - 1), state, stale=stale)
    painter.end()
    return pixmap


# Routing marks, on the lamp's rim: a forwarded user's bent arrow at the top right, a
# do-not-disturb user's bar at the bottom right. Shapes on a white badge with a dark rim, so they
# read on every lamp colour, stale grey included, and not by colour alone.
MARK_INK = QColor("#202020")


def _badge(painter: QPainter, centre: QPointF, radius: float) -> None:
    painter.setPen(QPen(MARK_INK, max(1.0, radius / 4)))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, radius, radius)


def _forward_mark(painter: QPainter, c: QPointF, radius: float) -> None:
    _badge(painter, c, radius)
    painter.setPen(QPen(MARK_INK, max(1.2, radius / 3), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    painter.setBrush(Qt.NoBrush)
    r = radius * 0.55
    # a hook: up from the bottom left, across, then the arrow head pointing right
    painter.drawPolyline([QPointF(c.x() - r, c.y() + r * 0.7), QPointF(c.x() - r, c.y() - r * 0.2), QPointF(c.x() + r, c.y() - r * 0.2)])
    painter.drawPolyline([QPointF(c.x() + r * 0.35, c.y() - r * 0.75), QPointF(c.x() + r, c.y() - r * 0.2), QPointF(c.x() + r * 0.35, c.y() + r * 0.35)])


def _dnd_mark(painter: QPainter, c: QPointF, radius: float) -> None:
    _badge(painter, c, radius)
    painter.setPen(Qt.NoPen)
    painter.setBrush(MARK_INK)
    painter.drawRect(QRectF(c.x() - radius * 0.6, c.y() - radius * 0.2, radius * 1.2, radius * 0.4))


def paint_marks(painter: QPainter, circle: QRectF, forwarded: bool, dnd: bool) -> None:
    """The routing marks of one lamp drawn in `circle` (see MARK_INK)."""
    radius = max(3.5, circle.width() * 0.26)
    if forwarded:
        _forward_mark(painter, QPointF(circle.right() - radius * 0.2, circle.top() + radius * 0.2), radius)
    if dnd:
        _dnd_mark(painter, QPointF(circle.right() - radius * 0.2, circle.bottom() - radius * 0.2), radius)


def marks_pixmap(forwarded: bool, dnd: bool, size: int = 16) -> QPixmap:
    """The marks side by side, forward first (the list view's decoration beside the name)."""
    ratio = 2
    pixmap = QPixmap(size * 2 * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    radius = size * 0.4
    if forwarded:
        _forward_mark(painter, QPointF(size * 0.5, size * 0.5), radius)
    if dnd:
        _dnd_mark(painter, QPointF(size * 1.5, size * 0.5), radius)
    painter.end()
    return pixmap
