"""The Settings dialog's "Notifications" group: how a call ringing on my line is told.

The desktop's notification (the tray), the banner in the window, a sound and which one
(desktop/ui/ring_sound.py). Kept under "notify/..." (widgets/ring_notice.py reads them at each
ring, so a change applies at once).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QPushButton, QSystemTrayIcon, QVBoxLayout

from desktop.ui import ring_sound
from desktop.ui.widgets.ring_notice import BANNER, SOUND, SOUND_NAME, TRAY, flag


class NotificationSettingsBox(QGroupBox):
    def __init__(self, store: QSettings, parent=None, play=None):
        super().__init__(self.tr("Notifications of a call ringing on my line"), parent)
        self.setAccessibleName(self.tr("Notifications"))
        self.play = play or ring_sound.play
        self.tray = QCheckBox(self.tr("The desktop's &notification"), checked=flag(store, TRAY))
        self.tray.setAccessibleName(self.tr("Desktop notification"))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.setEnabled(False)
            self.tray.setToolTip(self.tr("This desktop has no notification area"))
            self.tray.setAccessibleDescription(self.tr("This desktop has no notification area"))
        self.banner = QCheckBox(self.tr("A &banner in the window"), checked=flag(store, BANNER))
        self.banner.setAccessibleName(self.tr("Banner in the window"))
        self.sound = QCheckBox(self.tr("A &sound:"), checked=flag(store, SOUND))
        self.sound.setAccessibleName(self.tr("Ring sound"))
        self.sound_name = QComboBox()
        for name in ring_sound.SOUNDS:
            self.sound_name.addItem(ring_sound.words(name), name)
        index = self.sound_name.findData(str(store.value(SOUND_NAME) or ring_sound.DEFAULT))
        self.sound_name.setCurrentIndex(max(index, 0))
        self.sound_name.setAccessibleName(self.tr("Which ring sound"))
        self.try_sound = QPushButton(self.tr("&Play"))
        self.try_sound.setAccessibleName(self.tr("Play the ring sound"))
        self.try_sound.clicked.connect(lambda: self.play(self.sound_name.currentData()))
        self.sound.toggled.connect(self._sound_toggled)
        self._sound_toggled(self.sound.isChecked())
        column = QVBoxLayout(self)
        column.addWidget(self.tray)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.sound)
        row.addWidget(self.sound_name, 1)
        row.addWidget(self.try_sound)
        column.addLayout(row)

    def _sound_toggled(self, on: bool) -> None:
        self.sound_name.setEnabled(on)
        self.try_sound.setEnabled(on)

    def values(self) -> dict:
        return {TRAY: self.tray.isChecked(), BANNER: self.banner.isChecked(), SOUND: self.sound.isChecked(),
                SOUND_NAME: self.sound_name.currentData()}

    def save(self, store: QSettings) -> None:
        for key, value in self.values().items():
            store.setValue(key, value)
