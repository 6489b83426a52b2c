"""WCAG AA contrast of what tells a line's state, in every look and at every density: a lamp's
fill against its tile (3:1, a mark), the glyph on the lamp (4.5:1, it may be a "?"), the tile's
text (4.5:1), the routing marks and the missed-call badge; and the app's icons on the buttons
and panels of each look (3:1). The numbers are computed from the tables and from the pixels
actually painted."""

from collections import Counter

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap

from desktop import resources
from desktop.model.state import RINGING
from desktop.ui import appearance
from desktop.ui.contrast import MARK, TEXT, ratio
from desktop.ui.widgets import lamp_grid, lamps
from desktop.ui.widgets.icons import APP, icon

LOOKS = (appearance.LIGHT, appearance.DARK, appearance.HIGH_CONTRAST)


@pytest.fixture
def look(qapp, request):
    yield appearance.apply(qapp, request.param)
    appearance.apply(qapp, appearance.LIGHT)


def _base(look: str) -> QColor:
    return QColor(appearance.PALETTES[look][QPalette.Base])


def test_every_look_has_a_lamp_table_and_a_palette():
    assert set(lamps.LOOKS) == set(LOOKS) == set(appearance.PALETTES)
    for table in lamps.LOOKS.values():
        assert set(table.lamps) == set(lamps.LIGHT_LAMPS)
        assert {s for s, lamp in table.lamps.items() if lamp.blinks} == {s for s, b in lamps.BLINKING.items() if b}


@pytest.mark.parametrize("name", LOOKS)
def test_lamp_fills_and_glyphs_reach_aa_in_the_tables(name):
    base = _base(name)
    table = lamps.LOOKS[name]
    failures = []
    for state, lamp in [*table.lamps.items(), ("stale", lamps.Lamp(table.stale, False, "?"))]:
        fill = QColor(lamp.colour)
        if ratio(fill, base) < MARK:
            failures.append(f"{state} {lamp.colour} on {base.name()}: {ratio(fill, base):.2f}")
        if lamp.glyph and ratio(lamps.ink_on(fill), fill) < TEXT:
            failures.append(f"{state} glyph: {ratio(lamps.ink_on(fill), fill):.2f}")
    assert not failures, failures


def _painted(state, diameter: int, base: QColor, dim=False, stale=False):
    """The pixels of one lamp painted as the grid paints it, on its tile's background."""
    ratio_ = 4  # enough pixels to find the glyph even at the wall's 10 px
    size = diameter + 4
    pixmap = QPixmap(size * ratio_, size * ratio_)
    pixmap.setDevicePixelRatio(ratio_)
    pixmap.fill(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    lamps.paint_lamp(painter, QRectF(2, 2, diameter, diameter), state, dim=dim, stale=stale)
    painter.end()
    image = pixmap.toImage()
    c = image.width() / 2
    r = diameter * ratio_ / 2 - 3  # inside the rim
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if (x + 0.5 - c) ** 2 + (y + 0.5 - c) ** 2 < r * r]


@pytest.mark.parametrize("look", LOOKS, indirect=True)
@pytest.mark.parametrize("density", lamp_grid.DENSITIES)
def test_painted_lamps_reach_aa_at_every_density(look, density):
    base = _base(look)
    diameter = lamp_grid._LAMP[density]
    table = lamps.current_look()
    failures = []
    for state, lamp in table.lamps.items():
        for stale in (False, True):
            pixels = _painted(state, diameter, base, stale=stale)
            fill = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
            fill = QColor.fromRgb(fill)
            wanted = QColor(table.stale if stale else lamp.colour)
            assert fill == wanted, (look, state, stale, fill.name())
            if ratio(fill, base) < MARK:
                failures.append(f"{density} {state} stale={stale}: fill {ratio(fill, base):.2f}")
            if lamp.glyph:
                glyph = max(ratio(p, fill) for p in pixels)
                if glyph < MARK:
                    failures.append(f"{density} {state} stale={stale}: glyph {glyph:.2f}")
    # The off phase of a blinking lamp: its ring and glyph on the tile, in the lamp's colour.
    off = _painted(RINGING, diameter, base, dim=True)
    assert max(ratio(p, base) for p in off) >= MARK
    assert not failures, failures


@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_tile_text_badges_and_marks_reach_aa(look, qapp):
    palette = qapp.palette()
    base = palette.color(QPalette.Base)
    assert base == _base(look)
    # The tile's name, its number and time in state (placeholder text), the dense views' label.
    assert ratio(palette.color(QPalette.Text), base) >= TEXT
    assert ratio(palette.color(QPalette.PlaceholderText), base) >= TEXT
    assert ratio(palette.color(QPalette.WindowText), palette.color(QPalette.Window)) >= TEXT
    assert ratio(palette.color(QPalette.HighlightedText), palette.color(QPalette.Highlight)) >= TEXT
    # Errors and destructive buttons (palette(bright-text) in their style sheets).
    for ground in (QPalette.Button, QPalette.Window):
        assert ratio(palette.color(QPalette.BrightText), palette.color(ground)) >= TEXT
    # The banners keep their own pale ground and dark ink whatever the look.
    assert ratio("#3e2723", "#fff3e0") >= TEXT and ratio("#8e1b1b", "#fdecea") >= TEXT
    # The missed-call count: white on red (lamp_grid.paint_badge).
    assert ratio("#ffffff", "#c62828") >= TEXT
    # Routing marks: dark ink on a white badge, the badge told from the tile by its fill or rim.
    assert ratio(lamps.MARK_INK, "#ffffff") >= MARK
    assert max(ratio("#ffffff", base), ratio(lamps.MARK_INK, base)) >= MARK


def test_the_light_look_mends_a_faint_placeholder(qapp):
    """Fusion's own light placeholder (black at half alpha) is 3.9:1 on white: the light look
    replaces it, even when the platform's palette is kept."""
    assert ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) < TEXT
    appearance.apply(qapp, appearance.SYSTEM)
    try:
        palette = qapp.palette()
        assert ratio(palette.color(QPalette.PlaceholderText), palette.color(QPalette.Base)) >= TEXT
    finally:
        appearance.apply(qapp, appearance.LIGHT)


def _silhouette(image) -> set[int]:
    """The colours an icon shows against what is behind it: its opaque pixels next to a
    see-through one (a white cross on a red disc is told from the button by the red)."""
    w, h = image.width(), image.height()
    alpha = [[image.pixelColor(x, y).alpha() for y in range(h)] for x in range(w)]
    return {image.pixelColor(x, y).rgb() for x in range(1, w - 1) for y in range(1, h - 1)
            if alpha[x][y] == 255 and min(alpha[x - 1][y], alpha[x + 1][y], alpha[x][y - 1], alpha[x][y + 1]) < 255}


def _icons():
    return sorted(p.stem for p in resources.icon_path(APP).parent.glob("*.svg") if p.stem != APP)


@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_icons_read_on_buttons_and_panels_of_every_look(look, qapp):
    palette = qapp.palette()
    grounds = {role: palette.color(role) for role in (QPalette.Button, QPalette.Window, QPalette.Base)}
    failures = []
    names = _icons()
    assert len(names) >= 10
    for name in names:
        inks = _silhouette(icon(name).pixmap(48, 48).toImage())
        assert inks, name
        for ink in inks:
            for role, ground in grounds.items():
                if ratio(QColor.fromRgb(ink), ground) < MARK:
                    failures.append(f"{name} {QColor.fromRgb(ink).name()} on {ground.name()}: {ratio(QColor.fromRgb(ink), ground):.2f}")
    assert not failures, failures


def test_high_contrast_applies_at_once_to_palette_lamps_and_icons(qapp):
    before = icon("hold").pixmap(24, 24).toImage().pixelColor(8, 12)
    try:
        assert appearance.apply(qapp, appearance.HIGH_CONTRAST) == appearance.HIGH_CONTRAST
        assert qapp.palette().color(QPalette.Window) == QColor("#000000")
        assert qapp.palette().color(QPalette.Highlight) == QColor("#ffff00")
        assert lamps.current_look() is lamps.LOOKS["highContrast"]
        after = icon("hold").pixmap(24, 24).toImage().pixelColor(8, 12)  # the same QIcon object
        assert after != before and after == QColor("#ffff00")
    finally:
        appearance.apply(qapp, appearance.LIGHT)
    assert lamps.current_look() is lamps.LOOKS["light"]
    assert qapp.palette().color(QPalette.Window) != QColor("#000000")
