"""The small modal questions a call button asks before sending (a number, which call, which party)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


class Asker(QObject):
    """What a button asks the user before sending; tests replace it to avoid modal dialogs."""

    def text(self, parent, title: str, label: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label)
        return value.strip() if ok and value.strip() else None

    def choice(self, parent, title: str, label: str, items: list[str]) -> str | None:
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return value if ok else None

    def pick_or_type(self, parent, title: str, label: str, items: list[str]) -> str | None:
        """One of `items`, or something typed instead."""
        value, ok = QInputDialog.getItem(parent, title, label, items or [""], 0, True)
        return value.strip() if ok else None

    def confirm(self, parent, title: str, text: str) -> bool:
        """Yes or No, No the default: for a choice that is probably a mistake."""
        answer = QMessageBox.warning(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def open_path(self, parent, title: str, filter: str) -> str | None:
        """A file to read, or None."""
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
        return path or None

    def save_path(self, parent, title: str, name: str, filter: str) -> str | None:
        """Where to write a file, `name` proposed; or None."""
        path, _ = QFileDialog.getSaveFileName(parent, title, name, filter)
        return path or None
