"""What every flat table model here shares: rows in a list, one header per column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class FlatTableModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()  # set by subclasses: the English source, marked for lupdate
    context = ""  # their translation context (QT_TRANSLATE_NOOP's first argument)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.context, self.headers[section]) if self.context else self.headers[section]
        return None
