"""The window's look: the system's (light or dark, as the desktop says), or light, dark or high
contrast by choice.

Qt 6.8+ takes the light/dark wish through `QStyleHints.setColorScheme` and the platform theme
repaints with its own palette. Where the platform cannot (no theme: offscreen, a bare X server),
Fusion with a palette of our own gives the same result, so a choice is never silently ignored.
High contrast is always our palette (PALETTES): no platform offers it through Qt; "follow the
system" picks it when the desktop asks for more contrast (Qt 6.10's contrastPreference).

Every look has one palette table and one lamp table (widgets/lamps.LOOKS, same keys); the
contrast of each against the other is computed by tests/ui/test_contrast.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.ui.contrast import ratio
from desktop.ui.widgets import lamps

SETTING = "colorScheme"
SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "", "light", "dark", "highContrast"


def choices() -> dict[str, str]:
    """Setting value -> words, in the Settings dialog's order."""
    translate = QCoreApplication.translate
    return {
        SYSTEM: translate("Appearance", "Follow the system"),
        LIGHT: translate("Appearance", "Light"),
        DARK: translate("Appearance", "Dark"),
        HIGH_CONTRAST: translate("Appearance", "High contrast"),
    }


_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark, HIGH_CONTRAST: Qt.ColorScheme.Dark}

# Our palettes, role -> colour; the roles not named keep Fusion's. PlaceholderText is also the
# tiles' second line (number, time in state), so it is text: 4.5:1 on Base (Fusion's light one,
# black at half alpha, is 3.9:1 on white, and is replaced by LIGHT's here even under a theme).
PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    LIGHT: {
        QPalette.Window: "#efefef", QPalette.WindowText: "#000000", QPalette.Base: "#ffffff",
        QPalette.AlternateBase: "#f7f7f7", QPalette.Text: "#000000", QPalette.Button: "#efefef",
        QPalette.ButtonText: "#000000", QPalette.Highlight: "#1f6fb2", QPalette.HighlightedText: "#ffffff",
        QPalette.PlaceholderText: "#5e5e5e", QPalette.Link: "#0b57a8",
        QPalette.BrightText: "#b71c1c",  # errors and destructive buttons (palette(bright-text) in styles)
    },
    DARK: {
        QPalette.Window: "#2b2b2b", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1e1e1e",
        QPalette.AlternateBase: "#262626", QPalette.Text: "#e6e6e6", QPalette.Button: "#353535",
        QPalette.ButtonText: "#e6e6e6", QPalette.ToolTipBase: "#333333", QPalette.ToolTipText: "#e6e6e6",
        QPalette.Highlight: "#2d6cc0", QPalette.HighlightedText: "#ffffff", QPalette.PlaceholderText: "#9a9a9a",
        QPalette.Link: "#7fb2ff", QPalette.BrightText: "#ff8a80",
    },
    HIGH_CONTRAST: {  # white on black, yellow selection and links: the usual high-contrast black
        QPalette.Window: "#000000", QPalette.WindowText: "#ffffff", QPalette.Base: "#000000",
        QPalette.AlternateBase: "#141414", QPalette.Text: "#ffffff", QPalette.Button: "#000000",
        QPalette.ButtonText: "#ffffff", QPalette.ToolTipBase: "#000000", QPalette.ToolTipText: "#ffffff",
        QPalette.Highlight: "#ffff00", QPalette.HighlightedText: "#000000", QPalette.PlaceholderText: "#e0e0e0",
        QPalette.Link: "#ffff00", QPalette.BrightText: "#ffff00", QPalette.Light: "#ffffff",
        QPalette.Mid: "#ffffff", QPalette.Dark: "#ffffff", QPalette.Shadow: "#ffffff",
    },
}
_DISABLED = {LIGHT: "#6e6e6e", DARK: "#8a8a8a", HIGH_CONTRAST: "#c0c0c0"}  # greyed text: still 4.5:1


def palette(look: str, base: QPalette | None = None) -> QPalette:
    """`look`'s palette (LIGHT, DARK, HIGH_CONTRAST) over `base` (Fusion's by default)."""
    p = QPalette(base) if base is not None else QPalette()
    for role, colour in PALETTES[look].items():
        p.setColor(QPalette.All, role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(_DISABLED[look]))
    return p


def dark_palette() -> QPalette:
    return palette(DARK)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window is drawn light on dark now (the lamps' borders and inks follow)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.Window).lightness() < 128


def _system_wants_contrast(app: QGuiApplication) -> bool:
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


def effective(app: QGuiApplication, choice: str) -> str:
    """The look `choice` comes to now: LIGHT, DARK or HIGH_CONTRAST (SYSTEM asks the desktop)."""
    if choice in PALETTES:
        return choice
    if _system_wants_contrast(app):
        return HIGH_CONTRAST
    return DARK if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else LIGHT


current = LIGHT  # the look applied last
_choice = SYSTEM  # the choice applied last: the system's scheme changes matter only under SYSTEM
_followed = False  # colorSchemeChanged is connected (once)


def apply(app: QGuiApplication, choice: str) -> str:
    """Follow `choice` (SYSTEM, LIGHT, DARK, HIGH_CONTRAST) at once; no restart needed. Returns the
    look it came to."""
    global current, _followed, _choice
    _choice = choice
    hints = app.styleHints()
    scheme = _SCHEMES.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    look = effective(app, choice)
    if look != HIGH_CONTRAST and current != HIGH_CONTRAST and is_dark(app.palette()) == (look == DARK):
        # The theme repainted (or had nothing to do): its palette, with a text-grade placeholder.
        mended = QPalette(app.palette())
        if ratio(mended.color(QPalette.PlaceholderText), mended.color(QPalette.Base)) < 4.5:
            mended.setColor(QPalette.All, QPalette.PlaceholderText, QColor(PALETTES[look][QPalette.PlaceholderText]))
            app.setPalette(mended)
    else:
        # The platform did not repaint (no theme to ask), or high contrast: Fusion and our palette.
        app.setStyle("Fusion")
        app.setPalette(palette(look, app.style().standardPalette()))
    current = look
    lamps.use_look(look)  # the palette change repaints every widget, lamps included
    if not _followed:
        hints.colorSchemeChanged.connect(lambda _scheme: _choice == SYSTEM and apply(app, SYSTEM))
        _followed = True
    return look
