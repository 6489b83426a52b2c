"""A notification when a call rings on my line: the desktop's (tray) where the platform has
one, a banner in the window, and a sound, each as Settings ▸ Notifications says (NOTIFY_KEYS,
read at each ring: a change applies at once).

Once per call: a callRef is announced the first time it is seen ringing on my line, and never
again, however many events it gets while ringing, and even when a replay seeks back over it
or a reconnection rebuilds the state from a snapshot.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSystemTrayIcon, QToolButton, QWidget

from desktop.ui import ring_sound
from desktop.ui.words import ring_notice, rings_here

# QSettings keys and their defaults: the desktop's notification and the banner on, no sound.
TRAY, BANNER, SOUND, SOUND_NAME = "notify/tray", "notify/banner", "notify/sound", "notify/soundName"
NOTIFY_DEFAULTS = {TRAY: True, BANNER: True, SOUND: False}


def flag(store, key: str) -> bool:
    """A yes/no setting (QSettings gives "true"/"false" strings from its files)."""
    value = store.value(key, NOTIFY_DEFAULTS.get(key, False))
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")


REMEMBERED = 1000  # callRefs already announced; bounded so a long session stays flat
SHOWN_MS = 10_000


class RingWatcher(QObject):
    rang = Signal(str, str, str)  # callRef, title, text

    def __init__(self, session, my_line: Callable[[], str | None], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.my_line = my_line
        self._announced: OrderedDict[str, None] = OrderedDict()
        session.refreshed.connect(self._refreshed)

    def ringing(self) -> dict:
        """My line's calls ringing right now, by callRef."""
        login = self.my_line()
        user = self.session.model.users.get(login) if login else None
        return {ref: call for ref, call in (user.calls.items() if user else ()) if rings_here(call)}

    def _refreshed(self, dirty: frozenset) -> None:
        login = self.my_line()
        if not login or (dirty and login not in dirty):
            return
        user = self.session.model.users.get(login)
        for ref, call in self.ringing().items():
            if ref in self._announced:
                continue
            self._announced[ref] = None
            if len(self._announced) > REMEMBERED:
                self._announced.popitem(last=False)
            title, text = ring_notice(call, user, self.session.model.users)
            self.rang.emit(ref, title, text)


class RingBanner(QFrame):
    """The in-window notice: non-modal, goes away when the call stops ringing or on ×."""

    def __init__(self, watcher: RingWatcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ringBanner")
        self.setStyleSheet(
            "#ringBanner { background: #fff3e0; border: 1px solid #e65100; border-radius: 4px; }"
            # its own ink: the look's text colour (white in dark) would vanish on the pale orange
            "#ringBanner QLabel, #ringBanner QToolButton { color: #3e2723; }"
        )
        self.watcher = watcher
        self.call_ref: str | None = None
        self.text = QLabel()
        close = QToolButton(text="×", autoRaise=True, toolTip=self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(close, 0, Qt.AlignRight)
        watcher.session.refreshed.connect(self._refreshed)
        self.hide()

    def show_ring(self, call_ref: str, title: str, text: str) -> None:
        self.call_ref = call_ref
        self.text.setText(f"<b>{title}</b>: {text}")
        self.show()

    def _refreshed(self, dirty) -> None:
        if not self.isHidden() and self.call_ref not in self.watcher.ringing():
            self.hide()


class RingNotifier(QObject):
    """Says it once per new ringing call: through the tray when there is one, else the banner."""

    def __init__(self, session, my_line: Callable[[], str | None], icon: QIcon, parent: QWidget, store=None):
        super().__init__(parent)
        self.store = store  # QSettings (the window's); None: the defaults
        self.play = ring_sound.play  # the seam the tests replace: no real sound there
        self.watcher = RingWatcher(session, my_line, self)
        self.banner = RingBanner(self.watcher)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("CTI Monitor"))
            self.tray.show()
        self.shown = 0
        self.watcher.rang.connect(self._rang)

    def wants(self, key: str) -> bool:
        return flag(self.store, key) if self.store is not None else NOTIFY_DEFAULTS.get(key, False)

    def _rang(self, call_ref: str, title: str, text: str) -> None:
        self.shown += 1
        tray = self.tray is not None and self.wants(TRAY)
        if tray:
            self.tray.showMessage(title, text, QSystemTrayIcon.Information, SHOWN_MS)
        if self.wants(BANNER):
            self.banner.show_ring(call_ref, title, text)  # stays while it rings
        if self.wants(SOUND):
            name = self.store.value(SOUND_NAME) if self.store is not None else None
            self.play(str(name or ring_sound.DEFAULT))
