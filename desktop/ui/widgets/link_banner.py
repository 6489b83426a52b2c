"""The banner across the window while the state shown is not live (see ui/links.py): when it
stopped, a live countdown to the next connection attempt, and "Retry now"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.links import SERVER, Links

COUNTDOWN_MS = 250  # the countdown's refresh: a second never shows twice or is skipped


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


class LinkBanner(QFrame):
    def __init__(self, links: Links, retry: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkBanner")
        self.setAccessibleName(tr("Connection state"))
        self.setStyleSheet(
            "#linkBanner { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
            "#linkBanner QLabel { color: #8e1b1b; }"
        )
        self.links = links
        self.text = QLabel()
        self.text.setObjectName("linkBannerText")
        self.countdown = QLabel()
        self.countdown.setObjectName("linkBannerCountdown")
        self.retry = QPushButton(tr("Retry now"))
        self.retry.setObjectName("retryNow")
        self.retry.setAccessibleName(tr("Retry now"))
        self.retry.setToolTip(tr("Try to reconnect at once instead of waiting"))
        self.retry.clicked.connect(retry)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.countdown)
        row.addWidget(self.retry)
        self._timer = QTimer(self, interval=COUNTDOWN_MS)
        self._timer.timeout.connect(self._update)
        links.changed.connect(self._update)
        self.hide()

    def _update(self) -> None:
        if self.links.live:
            self._timer.stop()
            self.hide()
            return
        self.text.setText(f"<b>{self.links.banner_text()}</b>")
        server_down = SERVER in self.links.down
        self.countdown.setText(self.links.countdown_text())
        self.countdown.setVisible(server_down)
        self.retry.setVisible(server_down)
        if not self._timer.isActive():
            self._timer.start()
        self.show()
