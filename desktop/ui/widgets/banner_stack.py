"""Banners laid over the bottom of a widget instead of inside its layout: a notice that comes and
goes (a ringing call, a lost connection) never pushes the window's content down and back, so
nothing moves under the pointer when one appears.

What it lies over must stay reachable: `placed` says where the banners are (in the host's
coordinates; empty when none shows), and the window gives the scrolling views beneath a bottom
margin of that much (`reserve_below`), so their last lamps, rows and cards scroll out from
under it; nothing fixed is laid out at the bottom of the panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QVBoxLayout, QWidget

MARGIN = 6  # px from the host's edges


class BannerStack(QWidget):
    placed = Signal(QRect)  # where the banners lie in the host (empty: none shows)

    def __init__(self, host: QWidget, *banners: QWidget):
        super().__init__(host)
        self.setObjectName("bannerStack")
        self.covered = QRect()  # what the banners lie over now, in the host's coordinates
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # Placed once the banner's show or hide is done (resizing a widget in the middle of its
        # show leaves its own layout at the old size); the stack itself is always shown, empty
        # when no banner is, so a banner is visible the moment it shows.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._place)
        for banner in banners:
            column.addWidget(banner)
            banner.installEventFilter(self)
        host.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize and watched is self.parentWidget():
            self._place()
        elif event.type() in (QEvent.Show, QEvent.Hide) and watched is not self.parentWidget():
            self._later.start()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a banner shown, hidden or reworded
            self._place()
        return super().event(event)

    def _place(self) -> None:
        host = self.parentWidget()
        width = max(0, host.width() - 2 * MARGIN)
        height = self.layout().totalHeightForWidth(width) if self.layout().hasHeightForWidth() else self.layout().totalSizeHint().height()
        if not any(not w.isHidden() for w in self._banners()):
            height = 0
        self.setGeometry(MARGIN, host.height() - height - MARGIN, width, height)
        self.raise_()
        covered = QRect(0, host.height() - height - MARGIN, host.width(), height + MARGIN) if height else QRect()
        if covered != self.covered:
            self.covered = covered
            self.placed.emit(covered)

    def _banners(self) -> list[QWidget]:
        layout = self.layout()
        return [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget() is not None]


def reserve_below(view: QAbstractScrollArea, host: QWidget, covered: QRect) -> None:
    """A bottom margin on `view`'s viewport as tall as the part of it `covered` (host
    coordinates) hides: what lies under a banner can be scrolled out from under it. The view's
    own size and top do not change: nothing moves."""
    if not view.isVisible() or covered.isEmpty():
        overlap = 0
    else:
        top_left = view.mapTo(host, view.rect().topLeft())
        overlap = max(0, min(view.height(), top_left.y() + view.height() - covered.top()))
    if hasattr(view, "bottom_reserve"):  # a view that sets its own margins (a table's headers) keeps them
        view.bottom_reserve = overlap
        view.updateGeometries()
        return
    margins = view.viewportMargins()
    if margins.bottom() != overlap:
        margins.setBottom(overlap)
        view.setViewportMargins(margins)
