"""QIcons from the SVG set in resources/icons, in the colours of the look in use.

The SVGs are drawn in the light look's hues; each look has a table mapping them to its own
(ICON_COLOURS), so an icon keeps 3:1 against the buttons and panels of light, dark and high
contrast (tests/ui/test_contrast.py). The icon engine recolours when it paints: an icon already
on a button follows a change of look at its next repaint, no restart, no rebuilt button. The app
icon is a tile with its own background and is never recoloured.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from desktop.resources import icon_path
from desktop.ui.widgets import lamps

APP = "app"

# The SVGs' colour -> this look's; a colour not listed is kept.
ICON_COLOURS: dict[str, dict[str, str]] = {
    "light": {"#2e9e4f": "#2e7d32", "#1e88e5": "#1976d2", "#e69500": "#9c7a00", "#ef6c00": "#e65100", "#ff8f00": "#e65100"},
    "dark": {
        "#2e9e4f": "#66bb6a", "#1e88e5": "#64b5f6", "#455a64": "#b0bec5", "#8e24aa": "#ce93d8",
        "#d32f2f": "#ef5350", "#1565c0": "#64b5f6",
    },
    "highContrast": {
        "#2e9e4f": "#00e676", "#1e88e5": "#40c4ff", "#455a64": "#ffffff", "#8e24aa": "#ea80fc",
        "#d32f2f": "#ff5252", "#e69500": "#ffff00", "#ef6c00": "#ffab00", "#ff8f00": "#ffab00", "#1565c0": "#40c4ff",
    },
}


@lru_cache(maxsize=None)
def svg_for(name: str, look: str) -> bytes:
    """The SVG of `name` in `look`'s colours."""
    text = icon_path(name).read_text(encoding="utf-8")
    for source, colour in ICON_COLOURS.get(look, {}).items():
        text = text.replace(source, colour).replace(source.upper(), colour)
    return text.encode("utf-8")


class LookIconEngine(QIconEngine):
    """Renders the SVG in the current look's colours, at any size (the cache is per look)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self._pixmaps: dict[tuple, QPixmap] = {}

    def clone(self) -> QIconEngine:
        return LookIconEngine(self.name)

    def key(self) -> str:
        return "LookIconEngine"

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        look = lamps.look_name()
        key = (look, size.width(), size.height(), mode)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(Qt.transparent)
        renderer = QSvgRenderer(QByteArray(svg_for(self.name, look)))
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        if mode == QIcon.Disabled and QApplication.instance() is not None:
            pixmap = QApplication.style().generatedIconPixmap(QIcon.Disabled, pixmap, QStyleOption())
        if len(self._pixmaps) > 64:  # a few sizes and modes per look; bounded all the same
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode, state) -> QSize:
        return size


@lru_cache(maxsize=None)
def icon(name: str | None) -> QIcon:
    """The icon called `name`; a null QIcon when there is none, so a button keeps its text only."""
    if not name:
        return QIcon()
    path = icon_path(name)
    if not path.is_file():
        return QIcon()
    if name == APP:
        return QIcon(str(path))
    return QIcon(LookIconEngine(name))


def app_icon() -> QIcon:
    return icon(APP)
