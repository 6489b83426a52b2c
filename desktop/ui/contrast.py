"""WCAG 2 contrast: relative luminance and the ratio of two colours (1 to 21).

A colour with alpha is first laid over the background it is drawn on, as the screen shows it.
AA asks 4.5:1 for text and 3:1 for the marks that tell a state (WCAG 1.4.3, 1.4.11).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT, MARK = 4.5, 3.0


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` as drawn on an opaque `background`."""
    a = colour.alphaF()
    if a >= 1.0:
        return QColor(colour.rgb())
    mix = lambda f, b: f * a + b * (1 - a)  # noqa: E731
    return QColor.fromRgbF(mix(colour.redF(), background.redF()), mix(colour.greenF(), background.greenF()),
                           mix(colour.blueF(), background.blueF()))


def ratio(foreground: QColor | str, background: QColor | str) -> float:
    fg, bg = QColor(foreground), QColor(background)
    lighter, darker = sorted((luminance(over(fg, bg)), luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
