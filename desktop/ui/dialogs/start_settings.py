"""The Settings dialog's "At start" group: what `cti-monitor` opens with no source named on its
command line (desktop/ui/start_source.py). Used at the next start; no password is kept here."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from desktop.ui import start_source
from desktop.ui.start_source import LAST, LAST_SOURCE, O2G, REMEMBER, SERVER, SOURCE, URL, USER


class StartSettingsBox(QGroupBox):
    def __init__(self, store: QSettings, parent=None):
        super().__init__(self.tr("At start"), parent)
        self.setAccessibleName(self.tr("Source opened at start"))
        self.kind = QComboBox()
        for code, words in start_source.choices().items():
            self.kind.addItem(words, code)
        index = self.kind.findData(str(store.value(SOURCE) or start_source.SIMULATOR))
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.setAccessibleName(self.tr("Open at start"))
        self.kind.setAccessibleDescription(self.tr("What CTI Monitor opens when started without naming a source"))
        self.url = QLineEdit(str(store.value(URL) or ""))
        self.url.setPlaceholderText(self.tr("wss://server:8765 or https://o2g.example.com"))
        self.url.setAccessibleName(self.tr("Address of the server or gateway"))
        self.user = QLineEdit(str(store.value(USER) or ""))
        self.user.setPlaceholderText(self.tr("the O2G login"))
        self.user.setAccessibleName(self.tr("O2G user"))
        self.remember = QCheckBox(self.tr("Re&member the O2G password in the system keyring"),
                                  checked=start_source._flag(store.value(REMEMBER, False)))
        self.remember.setAccessibleName(self.tr("Remember the O2G password in the system keyring"))
        self.remember.setAccessibleDescription(self.tr("Otherwise it is asked at each start; it is never stored in clear"))
        last = str(store.value(LAST_SOURCE) or "")
        opened = start_source.last_source(last)
        self.last_note = QLabel(self.tr("Last used: %s").replace("%s", opened.connect or (f"{opened.o2g} ({opened.user})" if opened.o2g else self.tr("the built-in simulator"))))
        self.last_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(bright-text)")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        for label, field in ((self.tr("&Open at start"), self.kind), (self.tr("Add&ress"), self.url), (self.tr("&User"), self.user)):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow(self.remember)
        form.addRow(self.last_note)
        form.addRow(self.error)
        self.note = QLabel(self.tr("Used when CTI Monitor starts without a source on its command line."))
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.url.setEnabled(kind in (SERVER, O2G))
        self.user.setEnabled(kind == O2G)
        self.remember.setEnabled(kind in (O2G, LAST))
        self.last_note.setVisible(kind == LAST)
        self.error.hide()

    def problem(self) -> str:
        """What is wrong with the fields, said under them; "" when nothing."""
        text = start_source.problem(self.kind.currentData(), self.url.text(), self.user.text())
        self.error.setText(text)
        self.error.setVisible(bool(text))
        return text

    def values(self) -> dict:
        return {SOURCE: self.kind.currentData(), URL: self.url.text().strip(), USER: self.user.text().strip(),
                REMEMBER: self.remember.isChecked()}

    def save(self, store: QSettings) -> None:
        for key, value in self.values().items():
            store.setValue(key, value)
