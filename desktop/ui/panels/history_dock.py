"""History dock: one row per call, newest first; filters, call back, acknowledge."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, QTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.history.store import Query
from desktop.model.history import CallRecord
from desktop.ui.models.history_model import DIRECTION, DURATION, OUTCOME, PARTY, TIME, USER, HistoryModel
from desktop.ui.widgets.icons import icon

SEARCH_DELAY_MS = 250  # typing a name runs one query, not one per key


class HistoryDock(QDockWidget):
    call_back = Signal(object)  # CallRecord
    acknowledge = Signal(list)  # [CallRecord]

    def __init__(self, model: HistoryModel, parent=None):
        super().__init__(self.tr("History"), parent)
        self.setObjectName("historyDock")
        self.model = model
        self._selected_login: str | None = None

        self.missed = QCheckBox(self.tr("Missed only"))
        self.unacknowledged = QCheckBox(self.tr("Unacknowledged only"))
        self.follow = QCheckBox(self.tr("Selected user only"))
        self.search = QLineEdit(placeholderText=self.tr("Search names and numbers"), clearButtonEnabled=True)
        self.dates = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7), calendarPopup=True, enabled=False)
        self.date_to = QDateEdit(today, calendarPopup=True, enabled=False)
        self.call_back_button = QPushButton(icon("makeCall"), self.tr("Call back"), enabled=False)
        self.ack_button = QPushButton(self.tr("Acknowledge"), enabled=False)
        self.error = QLabel(visible=False, wordWrap=True)
        self.error.setStyleSheet("color: palette(bright-text)")  # red, readable in every look (appearance.py)
        for widget, name in (
            (self.missed, self.tr("Show missed calls only")),
            (self.unacknowledged, self.tr("Show unacknowledged calls only")),
            (self.follow, self.tr("Show the selected user's calls only")),
            (self.search, self.tr("Search the history by name or number")),
            (self.dates, self.tr("Limit the history to a date range")),
            (self.date_from, self.tr("First day shown")),
            (self.date_to, self.tr("Last day shown")),
            (self.call_back_button, self.tr("Call the other party back from my line")),
            (self.ack_button, self.tr("Mark the selected calls acknowledged")),
            (self.error, self.tr("Call history error")),
        ):
            widget.setAccessibleName(name)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Call history"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.setWordWrap(False)
        for col, width in ((TIME, 140), (USER, 160), (PARTY, 220), (DIRECTION, 70), (DURATION, 70)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(OUTCOME, QHeaderView.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # New rows arrive at the top once a second while calls end: the rows selected and the
        # one at the top of the view stay where the user left them.
        self._kept: tuple[list[int], int | None] = ([], None)
        model.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self._restore_place)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for box in (self.missed, self.unacknowledged, self.follow):
            box.toggled.connect(self.apply_filters)
        self.dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.call_back_button.clicked.connect(self._call_back_clicked)
        self.ack_button.clicked.connect(self._ack_clicked)

        filters = QHBoxLayout()
        for w in (self.missed, self.unacknowledged, self.follow):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        for w in (self.dates, self.date_from, QLabel(self.tr("to")), self.date_to):
            filters.addWidget(w)
        actions = QHBoxLayout()
        actions.addWidget(self.error, 1)
        actions.addStretch()
        actions.addWidget(self.call_back_button)
        actions.addWidget(self.ack_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setWidget(body)

    # --- filters ------------------------------------------------------------------------

    def set_selected_login(self, login: str | None) -> None:
        self._selected_login = login
        if self.follow.isChecked():
            self.apply_filters()

    def current_query(self) -> Query:
        since = until = None
        if self.dates.isChecked():
            start = QDateTime(self.date_from.date(), QTime(0, 0))
            end = QDateTime(self.date_to.date().addDays(1), QTime(0, 0))
            since, until = start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()
        return Query(
            login=self._selected_login if self.follow.isChecked() else None,
            missed=self.missed.isChecked(),
            unacknowledged=self.unacknowledged.isChecked(),
            since=since,
            until=until,
            text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _keep_place(self) -> None:
        selected = [r.row_id for r in self.selected_records()]
        top = self.model.record(self.table.rowAt(0)) if self.table.verticalScrollBar().value() else None
        self._kept = (selected, top.row_id if top is not None else None)

    def _restore_place(self) -> None:
        selected, top = self._kept
        rows = {self.model.record(r).row_id: r for r in range(self.model.rowCount())} if selected or top else {}
        selection = self.table.selectionModel()
        for row_id in selected:
            row = rows.get(row_id)
            if row is not None:
                selection.select(self.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        if top in rows:
            self.table.scrollTo(self.model.index(rows[top], 0), QAbstractItemView.PositionAtTop)
        self._selection_changed()

    # --- actions ------------------------------------------------------------------------

    def selected_records(self) -> list[CallRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record(row) for row in rows) if r is not None]

    def _selection_changed(self, *args) -> None:
        records = self.selected_records()
        self.call_back_button.setEnabled(len(records) == 1 and records[0].other_party() is not None)
        self.ack_button.setEnabled(any(not r.acknowledged for r in records))

    def _double_clicked(self, index) -> None:
        record = self.model.record(index.row())
        if record is not None and record.other_party() is not None:
            self.call_back.emit(record)

    def _call_back_clicked(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self.call_back.emit(records[0])

    def _ack_clicked(self) -> None:
        records = [r for r in self.selected_records() if not r.acknowledged]
        if records:
            self.acknowledge.emit(records)
