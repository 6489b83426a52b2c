"""The lamp grid: every user a tile (lamp, name, number, time in state); ringing lamps blink."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate

from desktop.ui import periodic
from desktop.ui.models.users_model import LineStateRole, StaleRole, TileRole
from desktop.ui.routing_words import tile_note
from desktop.ui.widgets.lamps import BLINKING, current_look, paint_lamp, paint_marks

TILE = QSize(170, 40)  # four to a row in the default 1280-pixel window, seed names unclipped
# The lamp view's densities (issue 14): comfortable tiles (lamp, name, number, time in state),
# compact ones (lamp and name, >= 300 on a 1280x800 screen) and a wall of lamps with initials
# or numbers only (>= 1,000 at 1920x1080). The tile's width is a minimum: the grid widens its
# tiles so a row fills the view (LampGrid.fit_width).
COMFORTABLE, COMPACT, WALL = "comfortable", "compact", "wall"
DENSITIES = (COMFORTABLE, COMPACT, WALL)
TILES = {COMFORTABLE: TILE, COMPACT: QSize(88, 16), WALL: QSize(58, 18)}  # compact: 11 across at 1280 px, names readable (short_name); wall: a five-digit number unelided
_SPACING = {COMFORTABLE: 2, COMPACT: 1, WALL: 1}
_LAMP = {COMFORTABLE: 18, COMPACT: 13, WALL: 10}  # lamp diameter: the glyph stays readable
# Looked up once: every enum read off its class is a slow attribute lookup in PySide, and these
# run for every tile of every paint.
_ANTIALIAS, _SELECTED, _ELIDE = QPainter.Antialiasing, QStyle.State_Selected, Qt.ElideRight
_HAS_FOCUS, _DASH = QStyle.State_HasFocus, Qt.DashLine
_TOP_LEFT, _BOTTOM_RIGHT, _BOTTOM_LEFT = Qt.AlignLeft | Qt.AlignTop, Qt.AlignRight | Qt.AlignBottom, Qt.AlignLeft | Qt.AlignBottom
_LEFT = Qt.AlignLeft | Qt.AlignVCenter
_BORDER = QColor("#c8c8c8")
# Tiles without their words, by look (LampDelegate.paint): a few dozen in use at a time; cleared
# when full (a resize or another look brings new keys).
_BACKGROUNDS: dict[tuple, QPixmap] = {}
BACKGROUNDS_KEPT = 256
_MARGIN = 8  # px


def _initials(name: str) -> str:
    return "".join(word[:1] for word in name.split()[:3]).upper()


_SHORT: dict[tuple[str, int, int], str] = {}  # (name, width, font) -> what fits; bounded below
_ELIDE_MIDDLE = Qt.ElideMiddle


def short_name(name: str, fm, width: int) -> str:
    """A name in `width` pixels of a compact tile. Sorted by name, neighbours share their first
    name ("Anne-Sophie …" twelve times over), so cutting the end would hide what tells them
    apart: the whole name when it fits, else the last name whole and as much of the first name
    as fits before it ("Anne-S… Bauer", "A… Mendes"), else the initial and the last name with
    its middle elided ("A. Schm…ottluff")."""
    key = (name, width, fm.height())
    short = _SHORT.get(key)
    if short is not None:
        return short
    first, _, last = name.partition(" ")
    if fm.horizontalAdvance(name) <= width or not last:
        short = name if fm.horizontalAdvance(name) <= width else fm.elidedText(name, _ELIDE_MIDDLE, width)
    else:
        room = width - fm.horizontalAdvance(f"… {last}")
        kept = first
        while kept and fm.horizontalAdvance(kept) > room:
            kept = kept[:-1]
        short = f"{kept}… {last}" if kept else fm.elidedText(f"{first[:1]}. {last}", _ELIDE_MIDDLE, width)
    if len(_SHORT) >= 20_000:  # 10,000 users at two widths; a resize may bring new widths
        _SHORT.clear()
    _SHORT[key] = short
    return short


class LampDelegate(QStyledItemDelegate):
    """Coloured lamp, name and number in a compact tile; ringing lamps blink."""

    BLINK_MS = 500

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.blink_on = True
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._blink)
        self._views = []
        self.density = COMFORTABLE
        self.tile = TILE  # this density's tile, widened by the grid to fill its rows

    def attach(self, view, visible_rows: Callable[[], Iterable[int]]) -> None:
        """Blink the ringing lamps of `view`; `visible_rows` gives its rows on screen."""
        self._views.append((view, visible_rows))
        if not self._timer.isActive():
            periodic.start_in_slot(self._timer, self.BLINK_MS, periodic.BLINK)

    def _blink(self) -> None:
        # Only ringing lamps on screen are repainted: an idle grid costs nothing twice a second.
        self.blink_on = not self.blink_on
        for view, visible_rows in self._views:
            model = view.model()
            column = view.modelColumn()
            for row in visible_rows():
                index = model.index(row, column)
                if BLINKING.get(index.data(LineStateRole)) and not index.data(StaleRole):
                    view.update(index)

    def sizeHint(self, option, index) -> QSize:
        return self.tile

    def paint(self, painter: QPainter, option, index) -> None:
        tile = index.data(TileRole)
        if tile is None:  # between a model swap and the next refresh
            return
        state, name, number, since, stale, missed, routing = tile
        density = self.density
        rect = option.rect
        r = QRect(0, 0, rect.width(), rect.height()).adjusted(*((2, 2, -2, -2) if density == COMFORTABLE else (1, 1, -1, -1)))
        selected = bool(option.state & _SELECTED)
        widget = option.widget
        drop_here = getattr(widget, "drop_row", None) == index.row()
        focus = bool(option.state & _HAS_FOCUS)
        d = _LAMP[density]
        circle = QRectF(r.left() + (6 if density == COMFORTABLE else 1), r.top() + (r.height() - d) / 2, d, d)
        forwarded, dnd = (routing.forward is not None, routing.dnd) if routing is not None else (False, False)
        palette = option.palette
        ratio = painter.device().devicePixelRatio()
        lit = not BLINKING.get(state) or self.blink_on or stale
        # The tile without its words is one of a few looks (its state, the blink's phase, marks,
        # badge, selection): drawn once into a pixmap and copied, not an antialiased frame,
        # lamp and glyph stroked again for every tile of every paint (half a tile's cost).
        key = (rect.width(), rect.height(), density, selected, drop_here, focus, state, lit, bool(stale), missed,
               forwarded, dnd, palette.cacheKey(), id(current_look()), option.font.key(), ratio)
        background = _BACKGROUNDS.get(key)
        if background is None:
            # A margin all round: the badge and the marks may reach past a small tile's edge.
            background = QPixmap((rect.size() + QSize(2 * _MARGIN, 2 * _MARGIN)) * ratio)
            background.setDevicePixelRatio(ratio)
            background.fill(Qt.transparent)
            p = QPainter(background)
            p.setRenderHint(_ANTIALIAS)
            p.translate(_MARGIN, _MARGIN)
            p.setPen(QPen(palette.highlight().color(), 2) if selected or drop_here else QPen(_BORDER))
            p.setBrush(palette.highlight().color().lighter(185) if drop_here else palette.base())
            p.drawRoundedRect(r, 4 if density == COMFORTABLE else 2, 4 if density == COMFORTABLE else 2)
            if focus:  # visible focus for the keyboard: a dashed ring inside the tile
                p.setPen(QPen(palette.text().color(), 1, _DASH))
                p.setBrush(Qt.NoBrush)
                p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 2, 2)
            paint_lamp(p, circle, state, dim=not lit, stale=bool(stale))
            if missed:
                paint_badge(p, circle, missed, option.font)
            if routing is not None:
                paint_marks(p, circle, forwarded, dnd)
            p.end()
            if len(_BACKGROUNDS) >= BACKGROUNDS_KEPT:
                _BACKGROUNDS.clear()
            _BACKGROUNDS[key] = background
        painter.save()
        painter.drawPixmap(rect.left() - _MARGIN, rect.top() - _MARGIN, background)
        painter.translate(rect.topLeft())
        if density != COMFORTABLE:
            # One line: the name (compact) or the number, else initials (wall); the state is
            # the lamp's colour and glyph, the rest is in the tooltip.
            left = int(circle.right()) + 2
            text = QRect(left, r.top(), r.right() - left + 1, r.height())
            fm = option.fontMetrics
            if density == COMPACT:
                label = short_name(name, fm, text.width())
            else:
                label = fm.elidedText(number or _initials(name), _ELIDE, text.width())
            painter.setPen(palette.text().color())
            painter.drawText(text, _LEFT, label)
            painter.restore()
            return
            note = tile_note(routing)
            if note:
                number = f"{number} {note}" if number else note
        if drop_here and getattr(option.widget, "drop_note", ""):
            number = option.widget.drop_note  # where a call dropped here would land
        # Name on top; number and time in state below, the time right-aligned so a column of
        # lamps reads as a column of times. The state itself is the lamp (colour and glyph).
        text = QRect(int(circle.right()) + 6, r.top() + 3, r.right() - int(circle.right()) - 11, r.height() - 6)
        fm = option.fontMetrics
        painter.setPen(palette.text().color())
        painter.drawText(text, _TOP_LEFT, fm.elidedText(name, _ELIDE, text.width()))
        painter.setPen(palette.placeholderText().color())
        painter.drawText(text, _BOTTOM_RIGHT, since)
        room = text.width() - fm.horizontalAdvance(since) - 6
        painter.drawText(text, _BOTTOM_LEFT, fm.elidedText(number, _ELIDE, room))
        painter.restore()


def paint_badge(painter: QPainter, lamp: QRectF, count: int, font) -> None:
    """The missed-call count on the lamp's top left corner: white on red, "9+" beyond nine."""
    text = str(count) if count < 10 else "9+"
    small = type(font)(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
    small.setBold(True)
    painter.setFont(small)
    height = painter.fontMetrics().height() + 1.0
    width = max(height, painter.fontMetrics().horizontalAdvance(text) + 6.0)
    # Over the lamp's top left: the top right is the forward mark's, the right side the name's.
    badge = QRectF(lamp.left() - 4, lamp.top() - height / 2, width, height)
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(QColor("#c62828"))
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.drawText(badge, Qt.AlignCenter, text)
    painter.setFont(font)


class LampGrid(QListView):
    """The lamp grid; remembers which lamp a drag may drop on, for the delegate to highlight
    (Qt draws no drop indicator in icon mode)."""

    drop_row: int | None = None
    # Where a call dropped on the highlighted lamp would land, when not on that user's set
    # ("→ forwarded to 73571", "DND: will be refused"): `landing(index)` says, the tile shows it.
    drop_note: str = ""
    landing: Callable | None = None

    def set_density(self, density: str) -> None:
        """Show tiles of `density` (one of DENSITIES)."""
        delegate = self.itemDelegate()
        delegate.density = density
        self.setSpacing(_SPACING[density])
        delegate.tile = QSize()  # refit even if the width did not change
        self.fit_width()

    def fit_width(self) -> None:
        """Widen the tiles so whole columns fill the view: no empty band at the right."""
        delegate = self.itemDelegate()
        if not isinstance(delegate, LampDelegate):
            return
        base = TILES[delegate.density]
        spacing = self.spacing()
        # The scroll bar's room is always kept: a width depending on whether it shows would
        # flip the layout back and forth at the boundary.
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width() - spacing
        # A pixel to spare: Qt wraps a row that would end exactly at the viewport's edge, which
        # left one column fewer and a band as wide as a tile at the right.
        room -= 1
        columns = max(1, room // (base.width() + spacing))
        tile = QSize(max(base.width(), room // columns - spacing), base.height())
        if tile != delegate.tile:
            delegate.tile = tile
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_width()

    def _mark(self, row: int | None, note: str = "") -> None:
        if row != self.drop_row or note != self.drop_note:
            self.drop_row, self.drop_note = row, note
            self.viewport().update()

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.isAccepted() and index.isValid():
            self._mark(index.row(), self.landing(index) if self.landing is not None else "")
        else:
            self._mark(None)

    def dragLeaveEvent(self, event) -> None:
        self._mark(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._mark(None)
        super().dropEvent(event)
