"""File ▸ Connect…: a server address and, if it needs one, a token (never stored)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.sources.addresses import check_url


class ConnectDialog(QDialog):
    def __init__(self, url: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.url = QLineEdit(url or "ws://127.0.0.1:8765")
        self.token = QLineEdit(echoMode=QLineEdit.Password, placeholderText=self.tr("only if the server asks for one"))
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(bright-text)")  # red, readable in every look (appearance.py)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Address"), self.url)
        self.url.setAccessibleName(self.tr("Address"))
        form.addRow(self.tr("Token"), self.token)
        self.token.setAccessibleName(self.tr("Token"))
        form.addRow(self.error)
        form.addRow(buttons)

    def _accept(self) -> None:
        try:
            check_url(self.url.text().strip())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def values(self) -> tuple[str, str | None]:
        return self.url.text().strip(), self.token.text() or None
