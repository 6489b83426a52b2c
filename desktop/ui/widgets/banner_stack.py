"""Banners laid over the bottom of a widget instead of inside its layout: a notice that comes and
goes (a ringing call, a lost connection) never pushes the window's content down and back, so
nothing moves under the pointer when one appears."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

MARGIN = 6  # px from the host's edges


class BannerStack(QWidget):
    def __init__(self, host: QWidget, *banners: QWidget):
        super().__init__(host)
        self.setObjectName("bannerStack")
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

    def _banners(self) -> list[QWidget]:
        layout = self.layout()
        return [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget() is not None]
