"""`cti-monitor about --check-icons`: does every icon render with the Qt at hand (the bundle's)?"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.version import DIST


def painted_pixels(names: list[str], size: int = 32) -> dict[str, int]:
    """Pixels each icon paints at `size`: 0 means Qt could not render the SVG (a missing plugin)."""
    app = QGuiApplication.instance() or QGuiApplication([DIST, "-platform", "offscreen"])  # noqa: F841
    counts = {}
    for name in names:
        # As the window draws them: through widgets/icons.py's engine (recoloured per look)
        from desktop.ui.widgets.icons import icon

        image = icon(name).pixmap(size, size).toImage()
        counts[name] = sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))
    return counts
