"""Presence panel: every user as a lamp (grid) or a row (list), with search, state filter, sort."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model.state import LINE_STATES
from desktop.ui.filtering import refilter
from desktop.ui.lamps import LampDelegate, lamp_colour
from desktop.ui.users_model import HEADERS, LineStateRole, LoginRole, NAME, SearchRole, SortRole, UsersModel

ALL_STATES = "all states"
BUSY_STATES = "not idle"


class UsersFilter(QSortFilterProxyModel):
    """Search as you type over name, number and login; filter by line state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._state = ALL_STATES
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.lower().split()))

    def set_state(self, state: str) -> None:
        refilter(self, lambda: setattr(self, "_state", state))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._words and self._state == ALL_STATES:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self._state != ALL_STATES:
            line = index.data(LineStateRole)
            if self._state == BUSY_STATES:
                if line == "idle":
                    return False
            elif line != self._state:
                return False
        haystack = index.data(SearchRole) or ""
        return all(w in haystack for w in self._words)


class PresencePanel(QWidget):
    user_selected = Signal(str)  # login

    def __init__(self, users: UsersModel, parent=None):
        super().__init__(parent)
        self.proxy = UsersFilter(self)
        self.proxy.setSourceModel(users)

        self.search = QLineEdit(placeholderText="Search name, number or login", clearButtonEnabled=True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.state_filter = QComboBox()
        self.state_filter.addItems([ALL_STATES, BUSY_STATES, *LINE_STATES])
        self.state_filter.currentTextChanged.connect(self.proxy.set_state)
        self.sort_by = QComboBox()
        self.sort_by.addItems([f"by {h.lower()}" for h in HEADERS])
        self.sort_by.currentIndexChanged.connect(lambda col: self.proxy.sort(col, Qt.AscendingOrder))
        self.proxy.sort(NAME, Qt.AscendingOrder)  # as the combo box says from the start
        self.toggle = QToolButton(text="List", checkable=True, toolTip="Switch between lamps and a list")
        self.count = QLabel()

        self.grid = QListView()
        self.grid.setViewMode(QListView.IconMode)
        self.grid.setResizeMode(QListView.Adjust)
        self.grid.setMovement(QListView.Static)
        self.grid.setUniformItemSizes(True)  # 10,000 tiles lay out without asking each one its size
        self.grid.setSpacing(2)
        self.grid.setModel(self.proxy)
        self.grid.setModelColumn(NAME)
        self.delegate = LampDelegate(self)
        self.grid.setItemDelegate(self.delegate)
        self.delegate.attach(self.grid)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionModel(self.grid.selectionModel())  # one selection for both views
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(NAME, 180)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.table)
        self.toggle.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.sort_by)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        legend = QHBoxLayout()
        for state in LINE_STATES:
            dot = QLabel(f"<span style='color:{lamp_colour(state).name()}'>●</span> {state}")
            legend.addWidget(dot)
        legend.addStretch(1)
        legend.addWidget(self.count)
        layout.addLayout(legend)

        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.search.returnPressed.connect(self._select_first)

    def _update_count(self, *args) -> None:
        total = self.proxy.sourceModel().rowCount()
        shown = self.proxy.rowCount()
        self.count.setText(f"{shown} of {total} users" if shown != total else f"{total} users")

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        login = current.data(LoginRole) if current.isValid() else None
        if login:
            self.user_selected.emit(login)

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(0, NAME))
            self.stack.currentWidget().setFocus()

    def select(self, login: str) -> bool:
        users: UsersModel = self.proxy.sourceModel()
        row = users.row_of(login)
        if row is None:
            return False
        index = self.proxy.mapFromSource(users.index(row, NAME))
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        return True

    def current_login(self) -> str | None:
        index = self.grid.currentIndex()
        return index.data(LoginRole) if index.isValid() else None
