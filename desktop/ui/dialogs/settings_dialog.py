"""File ▸ Settings… (the platform's Preferences shortcut): language, appearance, my line.

Everything is kept in QSettings (the window's `settings()`): "language" (desktop/ui/i18n.py,
applied at the next start: the dialog says so), "colorScheme" (desktop/ui/appearance.py, applied
at once), "myLine" (applied at once through the window's `set_my_line`), the queue's
highlight thresholds (dialogs/queue_settings.py, applied at once).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.ui import appearance, i18n
from desktop.ui.dialogs.queue_settings import QueueSettingsBox


class SettingsDialog(QDialog):
    def __init__(self, store: QSettings, my_line: str | None, parent=None):
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
        self.look.setAccessibleDescription(self.tr("Light or dark, or as the system is set"))

        self.my_line = QLineEdit(my_line or "")
        self.my_line.setPlaceholderText(self.tr("a login, e.g. oxe70020"))
        self.my_line.setAccessibleName(self.tr("My line"))
        self.my_line.setAccessibleDescription(self.tr("The login whose calls the Calls panel follows"))

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, field in ((self.tr("&Language"), self.language), (self.tr("&Appearance"), self.look), (self.tr("&My line"), self.my_line)):
            caption = QLabel(label)
            caption.setBuddy(field)  # Alt+the underlined letter goes to the field
            form.addRow(caption, field)
            if field is self.language:
                form.addRow(self.restart_note)
        self.queue = QueueSettingsBox(store)  # the waiting-calls queue's highlights
        form.addRow(self.queue)
        form.addRow(buttons)

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

    def save(self) -> dict[str, str]:
        """Store the choices and apply what applies at once (the look); returns them."""
        chosen = self.values()
        self.store.setValue(i18n.SETTING, chosen[i18n.SETTING])
        self.store.setValue(appearance.SETTING, chosen[appearance.SETTING])
        self.queue.save(self.store)
        app = QApplication.instance()
        if app is not None:
            appearance.apply(app, chosen[appearance.SETTING])
        return chosen
