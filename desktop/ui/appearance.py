"""The window's look: the system's (light or dark, as the desktop says), or light or dark by choice.

Qt 6.8+ takes the wish through `QStyleHints.setColorScheme` and the platform theme repaints with
its own palette. Where the platform cannot (no theme: offscreen, a bare X server), Fusion with a
palette of our own gives the same result, so a choice is never silently ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SETTING = "colorScheme"
SYSTEM, LIGHT, DARK = "", "light", "dark"


def choices() -> dict[str, str]:
    """Setting value -> words, in the Settings dialog's order."""
    translate = QCoreApplication.translate
    return {
        SYSTEM: translate("Appearance", "Follow the system"),
        LIGHT: translate("Appearance", "Light"),
        DARK: translate("Appearance", "Dark"),
    }


_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    for role, colour in (
        (QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, base),
        (QPalette.AlternateBase, QColor("#262626")), (QPalette.Text, text), (QPalette.Button, QColor("#353535")),
        (QPalette.ButtonText, text), (QPalette.ToolTipBase, QColor("#333333")), (QPalette.ToolTipText, text),
        (QPalette.Highlight, QColor("#3d7bd9")), (QPalette.HighlightedText, QColor("#ffffff")),
        (QPalette.PlaceholderText, QColor("#9a9a9a")), (QPalette.Link, QColor("#7fb2ff")), (QPalette.BrightText, QColor("#ff6b6b")),
    ):
        p.setColor(role, colour)
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#7a7a7a"))
    return p


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window is drawn light on dark now (the lamps' borders and inks follow)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.Window).lightness() < 128


def apply(app: QGuiApplication, choice: str) -> None:
    """Follow `choice` (SYSTEM, LIGHT, DARK) at once; no restart needed."""
    hints = app.styleHints()
    scheme = _SCHEMES.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    wanted_dark = choice == DARK or (choice == SYSTEM and hints.colorScheme() == Qt.ColorScheme.Dark)
    if is_dark(app.palette()) == wanted_dark:
        return
    # The platform did not repaint (no theme to ask): Fusion and our palette, or Fusion's light one.
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if wanted_dark else app.style().standardPalette())
