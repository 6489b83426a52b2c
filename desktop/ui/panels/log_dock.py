"""Event log dock: the bounded log table, a user/callRef filter, the selected event's JSON."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.event_log import CALL, EVENT, SUMMARY, TIME, USER, EventLogFilter, EventLogModel


class EventLogDock(QDockWidget):
    def __init__(self, log: EventLogModel, parent=None):
        super().__init__(self.tr("Event log"), parent)
        self.setObjectName("eventLogDock")
        self.log = log
        self.proxy = EventLogFilter(self)
        self.proxy.setSourceModel(log)

        self.filter = QLineEdit(placeholderText=self.tr("Filter by user or callRef"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.autoscroll = QCheckBox(self.tr("Follow new events"), checked=True)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, width in ((TIME, 95), (USER, 80), (EVENT, 135), (CALL, 130)):  # widest event kind unclipped
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(SUMMARY, QHeaderView.Stretch)

        self.json = QPlainTextEdit(readOnly=True, placeholderText=self.tr("Select an event to see its JSON"))
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))

        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.json)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.autoscroll)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.setWidget(body)

        self.table.selectionModel().currentRowChanged.connect(self._show_json)
        log.modelReset.connect(self.json.clear)  # another source, or a rewind: that event is gone
        self.proxy.rowsInserted.connect(self._follow)

    def _follow(self, *args) -> None:
        if self.autoscroll.isChecked():
            self.table.scrollToBottom()

    def _show_json(self, current, previous) -> None:
        if not current.isValid():
            self.json.clear()
            return
        entry = self.log.entry(self.proxy.mapToSource(current).row())
        self.json.setPlainText(entry.json_text() if entry else "")
