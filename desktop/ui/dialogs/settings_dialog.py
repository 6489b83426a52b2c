"""File ▸ Settings… (the platform's Preferences shortcut), in three tabs.

General: language (desktop/ui/i18n.py, applied at the next start: the dialog says so), look
("colorScheme", desktop/ui/appearance.py, at once), lamp density ("lampDensity", the View menu's
key, at once), my line ("myLine", at once through the window's `set_my_line`).
Calls: notifications of a ringing call on my line (dialogs/notification_settings.py, at once),
the queue's highlight thresholds (dialogs/queue_settings.py, at once).
Start and history: the source opened at start (dialogs/start_settings.py, next start) and the
call history's retention (dialogs/history_settings.py, at once).
Everything is in QSettings (the window's `settings()`, the platform's location).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.ui import appearance, i18n
from desktop.ui.dialogs.history_settings import HistorySettingsBox
from desktop.ui.dialogs.notification_settings import NotificationSettingsBox
from desktop.ui.dialogs.queue_settings import QueueSettingsBox
from desktop.ui.dialogs.start_settings import StartSettingsBox
from desktop.ui.widgets.lamp_grid import COMFORTABLE, COMPACT, DENSITIES, WALL

DENSITY = "lampDensity"  # the View ▸ Lamp density menu's key too


def density_labels() -> list[tuple[str, str]]:
    """The View menu's words for the densities (the presence panel's translations)."""
    translate = QCoreApplication.translate
    words = {COMFORTABLE: translate("PresencePanel", "Comfortable"), COMPACT: translate("PresencePanel", "Compact"), WALL: translate("PresencePanel", "Wall")}
    return [(name, words[name]) for name in DENSITIES]


class SettingsDialog(QDialog):
    def __init__(self, store: QSettings, my_line: str | None, parent=None, density: str | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(self.tr("System default") if code == "" else name, code)
        self._select(self.language, str(store.value(i18n.SETTING) or ""))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The window's language, used from the next start"))
        self.restart_note = QLabel(self.tr("A new language applies when CTI Monitor starts again."))
        self.restart_note.setWordWrap(True)

        self.look = QComboBox()
        for code, words in appearance.choices().items():
            self.look.addItem(words, code)
        self._select(self.look, str(store.value(appearance.SETTING) or ""))
        self.look.setAccessibleName(self.tr("Appearance"))
        self.look.setAccessibleDescription(self.tr("Light, dark or high contrast, or as the system is set"))

        self.density = QComboBox()
        for code, words in density_labels():
            self.density.addItem(words, code)
        self._select(self.density, density or str(store.value(DENSITY) or COMFORTABLE))
        self.density.setAccessibleName(self.tr("Lamp density"))
        self.density.setAccessibleDescription(self.tr("How many lamps fit: comfortable tiles, compact ones, or a wall of lamps"))

        self.my_line = QLineEdit(my_line or "")
        self.my_line.setPlaceholderText(self.tr("a login, e.g. oxe70020"))
        self.my_line.setAccessibleName(self.tr("My line"))
        self.my_line.setAccessibleDescription(self.tr("The login whose calls the Calls panel follows"))

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        form = QFormLayout(general)
        for label, field in ((self.tr("&Language"), self.language), (self.tr("&Appearance"), self.look),
                             (self.tr("Lamp &density"), self.density), (self.tr("&My line"), self.my_line)):
            caption = QLabel(label)
            caption.setBuddy(field)  # Alt+the underlined letter goes to the field
            form.addRow(caption, field)
            if field is self.language:
                form.addRow(self.restart_note)
        self.notifications = NotificationSettingsBox(store)
        self.queue = QueueSettingsBox(store)  # the waiting-calls queue's highlights
        self.start = StartSettingsBox(store)
        self.history = HistorySettingsBox(store)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        for title, widgets in ((self.tr("&General"), [general]), (self.tr("&Calls"), [self.notifications, self.queue]),
                               (self.tr("Start and &history"), [self.start, self.history])):
            if len(widgets) == 1:
                page = widgets[0]
            else:
                page = QWidget()
                column = QVBoxLayout(page)
                for w in widgets:
                    column.addWidget(w)
                column.addStretch(1)
            self.tabs.addTab(page, title)
        self.start_page = self.tabs.widget(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    @staticmethod
    def _select(box: QComboBox, code: str) -> None:
        index = box.findData(code)
        box.setCurrentIndex(index if index >= 0 else 0)

    def values(self) -> dict[str, str]:
        return {
            i18n.SETTING: self.language.currentData(),
            appearance.SETTING: self.look.currentData(),
            "myLine": self.my_line.text().strip(),
        }

    def accept(self) -> None:
        """OK: not while the start source is wrong; its tab is shown, the error said there."""
        if self.start.problem():
            self.tabs.setCurrentWidget(self.start_page)
            self.start.url.setFocus()
            return
        super().accept()

    def save(self) -> dict[str, str]:
        """Store the choices and apply what applies at once (the look); returns them, with the
        density (the window applies it, and my line)."""
        chosen = self.values()
        self.store.setValue(i18n.SETTING, chosen[i18n.SETTING])
        self.store.setValue(appearance.SETTING, chosen[appearance.SETTING])
        self.store.setValue(DENSITY, self.density.currentData())
        for box in (self.notifications, self.queue, self.start, self.history):
            box.save(self.store)
        chosen = {**chosen, DENSITY: self.density.currentData()}
        app = QApplication.instance()
        if app is not None:
            appearance.apply(app, chosen[appearance.SETTING])
        return chosen
