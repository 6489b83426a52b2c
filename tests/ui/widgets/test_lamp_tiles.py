"""The lamp tiles are drawn from pixmaps of their looks (lamp_grid.LampDelegate.paint): what
they show must still follow the state, the blink, the look and the selection."""

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.model.state import RINGING
from desktop.ui.widgets import lamp_grid, lamps
from tests.ui.helpers import feed


def lamp_colour(window, login) -> QColor:
    """Inside `login`'s lamp, as painted now."""
    grid, panel = window.presence.grid, window.presence
    rect = grid.visualRect(panel._index_of(login))
    image = grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x, y = rect.left() + 2 + 6 + 9, rect.center().y() - 7  # inside its rim, above the glyph
    return image.pixelColor(int(x * ratio), int(y * ratio))


def close_to(a: QColor, b: str) -> bool:
    b = QColor(b)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 24


def test_a_ringing_tile_blinks_and_follows_the_look(window):
    feed(window, 1, 5)  # oxe70021 rings
    window.show()
    QApplication.processEvents()
    delegate = window.presence.delegate
    try:
        delegate.blink_on = True
        assert close_to(lamp_colour(window, "oxe70021"), lamps.LIGHT_LAMPS[RINGING].colour)
        delegate.blink_on = False  # the off phase: a ring, the tile's own background inside
        off = lamp_colour(window, "oxe70021")
        assert not close_to(off, lamps.LIGHT_LAMPS[RINGING].colour)
        delegate.blink_on = True
        lamps.use_look("dark")  # the same tile size and state, another look: not the cached one
        assert close_to(lamp_colour(window, "oxe70021"), lamps.DARK_LAMPS[RINGING].colour)
    finally:
        lamps.use_look("light")


def test_tiles_of_one_look_share_one_pixmap(window):
    window.session.directory([{"login": f"u{i:03d}", "number": str(1000 + i), "lastName": f"Last{i:03d}"} for i in range(200)])
    feed(window, 1, 5)
    window.show()
    QApplication.processEvents()
    lamp_grid._BACKGROUNDS.clear()
    window.presence.grid.viewport().grab()
    shown = len(list(window.presence.visible_source_rows()))
    # Dozens of tiles on screen, a handful of looks among them (unknown, ringing, dialing...).
    assert shown > 20 and 0 < len(lamp_grid._BACKGROUNDS) <= 6
