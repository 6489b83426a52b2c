"""Presence panel: every user as a lamp (grid) or a row (list), with search, state filter, sort.

Lamps are drop targets for calls dragged from the calls panel: the views take drops, and their
proxy (models/users_filter.py) asks the drop handler whether and what to send.

Groups (issue 14): the chooser above the lamps (widgets/group_chooser.py: tabs or sections)
picks which group's lamps are shown; what the panel does with groups is in presence_groups.py.
Lamps dragged onto one of one's own groups join it.

The selection changes only by the user's hand. When the selected user leaves the filter (their
state changed, the search was edited) Qt would move the current lamp to a neighbour: that move
is ignored, the lamp is left unselected and `selection_hidden` says so; the user comes back
selected when the filter shows them again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor
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
from desktop.ui import periodic
from desktop.ui.words import filter_words, number, sort_words
from desktop.ui.models.users_filter import ALL_STATES, BUSY_STATES, DropHandler, UsersFilter
from desktop.ui.models.users_model import LoginRole, NAME, SINCE, WAITING, UsersModel
from desktop.ui.groups_book import ALL, GroupsBook
from desktop.ui.panels.presence_groups import PresenceGroups
from desktop.ui.routing_words import landing_note
from desktop.ui.widgets.group_chooser import TABS, GroupChooser
from desktop.ui.widgets.lamp_grid import COMFORTABLE, COMPACT, DENSITIES, WALL, LampDelegate, LampGrid
from desktop.ui.widgets.legend import Legend


_KEY_PRESS, _CONTEXT_MENU = QEvent.KeyPress, QEvent.ContextMenu


def _is_menu_key(event) -> bool:
    """The context-menu key, or Shift+F10 (its stand-in on keyboards without one)."""
    key, mods = event.key(), event.modifiers() & ~Qt.KeypadModifier
    return key == Qt.Key_Menu or (key == Qt.Key_F10 and mods == Qt.ShiftModifier)
_ENTER_KEYS = (Qt.Key_Return, Qt.Key_Enter)


class PresencePanel(PresenceGroups, QWidget):
    user_selected = Signal(str)  # login
    selection_hidden = Signal(bool)  # the selected user is (no longer) hidden by the filter
    density_changed = Signal(str)  # one of lamp_grid.DENSITIES
    user_activated = Signal(str)  # login: a lamp or row double-clicked, or Enter on it
    # login, where (global): a lamp or row right-clicked, or the menu key / Shift+F10 on it
    menu_requested = Signal(str, QPoint)
    group_changed = Signal(str)  # the key of the group the user picked (groups_book), "" for none
    message = Signal(str)  # what a change of groups met (a name taken, the file not writable)
    groups_mode_wanted = Signal(str)  # tabs or sections, asked from a group's menu (the window saves it)

    def __init__(self, users: UsersModel, parent=None, book: GroupsBook | None = None, asker=None):
        super().__init__(parent)
        self.proxy = UsersFilter(self)
        self.proxy.setSourceModel(users)
        self.book = book or GroupsBook(parent=self)
        self.asker = asker  # names of new groups, confirmations (dialogs/asker.py)
        self.chooser = GroupChooser(self)
        self.chooser.fallback = ALL
        self._departments: dict[str, frozenset[str]] = {}
        self._entries: list = []  # groups_book.Entry, as offered now
        self._members: dict[str, frozenset[str] | None] = {}  # key -> its logins (None: everyone)
        # The group asked for (remembered from the last run, or picked): a department may only
        # come with the directory, a moment after the window opened; shown as soon as it exists.
        self._wanted_group = ALL
        self.selected: str | None = None  # as the user chose it, whatever the filter shows
        self._hidden = False
        self._moving = 0  # > 0 while the proxy adds, removes or reorders rows
        self._restoring = False
        # Connected before the views take the proxy, so these run before their selection
        # models move the current index: a move inside them is the model's, not the user's.
        for about, done in (
            (self.proxy.rowsAboutToBeRemoved, self.proxy.rowsRemoved),
            (self.proxy.layoutAboutToBeChanged, self.proxy.layoutChanged),
            (self.proxy.modelAboutToBeReset, self.proxy.modelReset),
        ):
            about.connect(self._model_moves)
            done.connect(self._model_moved)
        self.proxy.rowsInserted.connect(lambda *a: self._restore_later())
        self._restore_timer = QTimer(self, singleShot=True, interval=0)
        self._restore_timer.timeout.connect(self._restore)

        self.search = QLineEdit(placeholderText=self.tr("Search name, number or login"), clearButtonEnabled=True)
        self.search.setMinimumWidth(150)
        self.search.textChanged.connect(self.proxy.set_search)
        self.state_filter = QComboBox()
        for state in (ALL_STATES, BUSY_STATES, *LINE_STATES):  # shown in words, filtered by the state
            self.state_filter.addItem(filter_words(state), state)
        self.state_filter.currentIndexChanged.connect(lambda i: self.proxy.set_state(self.state_filter.itemData(i)))
        self.sort_by = QComboBox()
        self.sort_by.addItems(sort_words())  # one per column of HEADERS
        # After the columns: the orders a receptionist asks for by name (issue 14).
        self.LONGEST_IN_STATE = self.sort_by.count()
        self.sort_by.addItem(self.tr("longest in state"))
        self.LONGEST_WAITING = self.sort_by.count()
        self.sort_by.addItem(self.tr("longest waiting (ringing first)"))
        self.sort_by.setAccessibleName(self.tr("Sort users"))
        # As wide as a short order's words, not the longest's (its list shows them whole): the
        # search box beside it keeps room to type in every language.
        self.sort_by.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sort_by.setMinimumContentsLength(14)
        self.sort_by.currentIndexChanged.connect(self._sort_chosen)
        self.density = COMFORTABLE
        self.density_box = QComboBox()
        self.density_box.setAccessibleName(self.tr("Lamp density"))
        self.density_box.setToolTip(self.tr("Lamp density: comfortable, compact or a wall of lamps"))
        for name, label in self.density_labels():
            self.density_box.addItem(label, name)
        self.density_box.currentIndexChanged.connect(lambda i: self.set_density(self.density_box.itemData(i)))
        self.toggle = QToolButton(text=self.tr("List"), checkable=True, toolTip=self.tr("Switch between lamps and a list"))
        self.everywhere = QToolButton(text=self.tr("In all groups"), checkable=True)
        self.everywhere.setToolTip(self.tr("Search and filter by state across all groups, not only the one shown"))
        self.everywhere.setAccessibleName(self.tr("Search all groups"))
        self.everywhere.toggled.connect(self.proxy.set_everywhere)
        self.count = QLabel()

        self.grid = self._lamp_grid()
        self.table = self._user_table()
        for view in (self.grid, self.table):
            _take_drops(view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.table)
        self.toggle.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self._lay_out()

        users.watch(self.visible_source_rows)
        users.hold_while(self.pointer_over)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.search.returnPressed.connect(self._select_first)
        self.chooser.chosen.connect(self._group_chosen)
        self.chooser.picked.connect(self._group_picked)
        self.chooser.dropped.connect(self.add_to_group)
        self.chooser.menu_requested.connect(self.group_menu)
        self.book.changed.connect(self._groups_changed)
        # Departments come with the directory: looked at again once users stop arriving.
        self._directory_timer = QTimer(self, singleShot=True, interval=300)
        self._directory_timer.timeout.connect(self._directory_changed)
        users.rowsInserted.connect(lambda *a: self._directory_timer.start())
        users.modelReset.connect(self._directory_timer.start)
        # New users counted at once (the first second after connecting shows real counts); a
        # state change waits for the once-a-second count.
        self._counts_soon = QTimer(self, singleShot=True, interval=0)
        self._counts_soon.timeout.connect(self.update_counts)
        users.rowsInserted.connect(lambda *a: self._counts_soon.start())
        users.modelReset.connect(self._counts_soon.start)
        self._counts_timer = periodic.every(self, 1000, periodic.GROUP_COUNTS, self.update_counts)  # the counts by state
        self._groups_changed()
        for view in (self.grid, self.table):
            # doubleClicked and keys, not `activated`: on some desktops activated is a single
            # click, and a single click only selects.
            view.doubleClicked.connect(self._activated)
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == _KEY_PRESS and obj in (self.grid, self.table):
            if event.key() in _ENTER_KEYS:
                index = obj.currentIndex()
                if index.isValid():
                    self._activated(index)
                    return True
            elif _is_menu_key(event):
                return self._menu_at(obj, obj.currentIndex())
        elif kind == _CONTEXT_MENU:
            view = next((v for v in (self.grid, self.table) if obj in (v, v.viewport())), None)
            if view is not None:
                # The mouse: the lamp under the pointer; the keyboard (Qt's own menu key): the focused one.
                by_mouse = event.reason() == QContextMenuEvent.Mouse and obj is view.viewport()
                return self._menu_at(view, view.indexAt(event.pos()) if by_mouse else view.currentIndex())
        return super().eventFilter(obj, event)

    def _menu_at(self, view, index) -> bool:
        """The lamp's menu for `index` of `view`, under it; False when there is no lamp there."""
        login = index.data(LoginRole) if index.isValid() else None
        if not login:
            return False
        if view.currentIndex() != index:  # the menu acts on the lamp it was opened on: select it, as a click would
            view.setCurrentIndex(index)
        rect = view.visualRect(index)
        self.menu_requested.emit(login, view.viewport().mapToGlobal(rect.center()))
        return True

    def _activated(self, index) -> None:
        login = index.data(LoginRole)
        if login:
            self.user_activated.emit(login)

    def _lamp_grid(self) -> LampGrid:
        grid = LampGrid()
        grid.setViewMode(QListView.IconMode)
        grid.setResizeMode(QListView.Adjust)
        grid.setMovement(QListView.Static)
        grid.setUniformItemSizes(True)  # 10,000 tiles lay out without asking each one its size
        grid.setSpacing(2)
        grid.setModel(self.proxy)
        grid.setModelColumn(NAME)
        self.delegate = LampDelegate(self)
        grid.setItemDelegate(self.delegate)
        self.delegate.attach(grid, lambda: self.visible_rows(grid))
        grid.landing = self._landing
        grid.setSelectionMode(QAbstractItemView.SingleSelection)
        return grid

    def _landing(self, index) -> str:
        """Where a call dropped on the lamp at proxy `index` would land (see routing_words)."""
        users = self.proxy.sourceModel()
        return landing_note(users.core, users.user(self.proxy.mapToSource(index).row()))

    def _user_table(self) -> QTableView:
        table = UsersTable()
        table.setModel(self.proxy)
        table.setSelectionModel(self.grid.selectionModel())  # one selection for both views
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSortingEnabled(True)
        # One sort for both views, shown in both places: the header's indicator (which starts
        # descending) and the "by ..." box, each following the other.
        table.sortByColumn(NAME, Qt.AscendingOrder)
        table.horizontalHeader().sortIndicatorChanged.connect(self._sorted_by_header)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(NAME, 180)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.everywhere)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.sort_by)
        bar.addWidget(self.density_box)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)  # the groups' tabs took a row of lamps: the gaps give it back
        layout.addLayout(bar)
        # The user count beside the tabs (the legend's row has no room to spare for it at the
        # default size); as sections, at the legend's end (legend.place_count).
        self.tab_row = QHBoxLayout()
        self.tab_row.addWidget(self.chooser.tabs, 1)
        layout.addLayout(self.tab_row)
        layout.addWidget(self.chooser.before)
        # The legend and the count above the lamps: the panel's bottom is where the window's
        # banners lie (a call ringing, a lost connection), over the lamps' scrollable end only.
        self.legend = Legend(self.count)
        self.legend_counts = self.legend.counts
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.chooser.after)

    def visible_source_rows(self) -> list[int]:
        """Users on screen in the current view, as rows of the users model.

        Both views lay rows out top to bottom in proxy order (the grid wraps left to right), so
        the first and last rows on screen are found by bisecting on their rectangles: a few
        dozen lookups whatever the number of users."""
        proxy = self.proxy
        return [proxy.mapToSource(proxy.index(r, NAME)).row() for r in self.visible_rows(self.stack.currentWidget())]

    def visible_rows(self, view) -> range:
        """Proxy rows `view` shows on screen now."""
        proxy = self.proxy
        count = proxy.rowCount()
        if not count or not view.isVisible():
            return range(0)
        column = NAME  # the grid shows only its model column; any column serves the table
        height = view.viewport().height()
        rows = range(count)
        first = bisect_left(rows, 0, key=lambda r: view.visualRect(proxy.index(r, column)).bottom())
        last = bisect_right(rows, height, key=lambda r: view.visualRect(proxy.index(r, column)).top()) - 1
        return range(first, last + 1)

    def _sort_chosen(self, choice: int) -> None:
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(choice != self.LONGEST_WAITING)
        if choice == self.LONGEST_WAITING:
            # No column says it: the users model sorts by it directly, the header shows no arrow.
            self.proxy.sourceModel().sort(WAITING, Qt.AscendingOrder)
        elif choice == self.LONGEST_IN_STATE:
            # The time-in-state column's key is minus the start: descending puts the oldest first.
            self.table.sortByColumn(SINCE, Qt.DescendingOrder)
        else:
            self.table.sortByColumn(choice, Qt.AscendingOrder)

    def _sorted_by_header(self, column: int, order) -> None:
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.sort_by.blockSignals(True)
        longest = column == SINCE and order == Qt.DescendingOrder
        self.sort_by.setCurrentIndex(self.LONGEST_IN_STATE if longest else column)
        self.sort_by.blockSignals(False)

    def density_labels(self) -> list[tuple[str, str]]:
        labels = {COMFORTABLE: self.tr("Comfortable"), COMPACT: self.tr("Compact"), WALL: self.tr("Wall")}
        return [(name, labels[name]) for name in DENSITIES]

    def set_density(self, density: str) -> None:
        """Lamp tiles of `density` (lamp_grid.DENSITIES; anything else: comfortable)."""
        if density not in DENSITIES:
            density = COMFORTABLE
        self.grid.set_density(density)
        changed = density != self.density
        self.density = density
        self.density_box.blockSignals(True)
        self.density_box.setCurrentIndex(DENSITIES.index(density))
        self.density_box.blockSignals(False)
        if changed:
            self.density_changed.emit(density)

    def pointer_over(self) -> bool:
        """The pointer is over the users (or a drag is on): rows must not move under it."""
        if self.grid.drop_row is not None:
            return True
        viewport = self.stack.currentWidget().viewport()
        # Entered and still inside: a Leave can go missing (a relayout under the pointer),
        # so the cursor's position confirms what the Enter said.
        return viewport.underMouse() and viewport.rect().contains(viewport.mapFromGlobal(QCursor.pos()))

    def focus_chain(self) -> list[QWidget]:
        """Tab's order here: the bar, the groups (the tabs, or the headers above the lamps), the
        lamps or the list, the headers below."""
        chooser = self.chooser
        bar = [self.search, self.everywhere, self.state_filter, self.sort_by, self.density_box, self.toggle]
        before = [chooser.tabs] if chooser.mode == TABS else [h for h in chooser.headers.values() if chooser.before.isAncestorOf(h)]
        after = [h for h in chooser.headers.values() if chooser.after.isAncestorOf(h)]
        return [*bar, *before, self.grid, self.table, *after]

    def set_drop_handler(self, handler: DropHandler | None) -> None:
        self.proxy.drop_handler = handler

    def _update_count(self, *args) -> None:
        total = self.proxy.sourceModel().rowCount()
        shown = self.proxy.rowCount()
        self.count.setText(self.tr("%1 of %n user(s)", "", total).replace("%1", number(shown)) if shown != total else self.tr("%n user(s)", "", total))

    def _model_moves(self, *args) -> None:
        self._moving += 1

    def _model_moved(self, *args) -> None:
        self._moving = max(0, self._moving - 1)
        self._restore_later()

    def _restore_later(self) -> None:
        if not self._restore_timer.isActive():
            self._restore_timer.start()

    def _restore(self) -> None:
        """Put the current lamp back on the selected user, or on nobody while they are hidden."""
        if self.selected is None:
            return
        index = self._index_of(self.selected)
        self._restoring = True
        try:
            selection = self.grid.selectionModel()
            if index is None:
                if self.grid.currentIndex().isValid():
                    selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.Clear)
            elif self.grid.currentIndex() != index:
                selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        finally:
            self._restoring = False
        hidden = index is None
        if hidden != self._hidden:
            self._hidden = hidden
            self.selection_hidden.emit(hidden)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring:
            return
        if self._moving:  # Qt moving the current lamp off a row the filter just removed
            self._restore_later()
            return
        login = current.data(LoginRole) if current.isValid() else None
        if login and login != self.selected:
            self.selected = login
            if self._hidden:
                self._hidden = False
                self.selection_hidden.emit(False)
            self.user_selected.emit(login)

    def _index_of(self, login: str) -> QModelIndex | None:
        users: UsersModel = self.proxy.sourceModel()
        row = users.row_of(login)
        if row is None:
            return None
        index = self.proxy.mapFromSource(users.index(row, NAME))
        return index if index.isValid() else None

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(0, NAME))
            self.stack.currentWidget().setFocus()

    def select(self, login: str) -> bool:
        index = self._index_of(login)
        if index is None:
            return False
        self.grid.setCurrentIndex(index)
        return True

    def forget_selection(self) -> None:
        """No user selected (another source: its users are not these)."""
        self.selected = None
        self._restoring = True
        try:
            self.grid.selectionModel().clear()
        finally:
            self._restoring = False
        if self._hidden:
            self._hidden = False
            self.selection_hidden.emit(False)

    def current_login(self) -> str | None:
        index = self.grid.currentIndex()
        return index.data(LoginRole) if index.isValid() else None


class UsersTable(QTableView):
    """The list view; keeps a bottom margin under its rows while a banner lies over its end
    (banner_stack.reserve_below): Qt sets a table's viewport margins for its headers itself."""

    bottom_reserve = 0

    def updateGeometries(self) -> None:
        super().updateGeometries()
        margins = self.viewportMargins()
        if margins.bottom() != self.bottom_reserve:
            margins.setBottom(self.bottom_reserve)
            self.setViewportMargins(margins)


def _take_drops(view: QAbstractItemView) -> None:
    # Calls are dropped on lamps; lamps are dragged out onto a group (never onto another lamp:
    # the proxy takes only calls).
    view.setDragDropMode(QAbstractItemView.DragDrop)
    view.setDragEnabled(True)
    view.setDefaultDropAction(Qt.CopyAction)
    # The whole tile or row is the target: without overwrite mode its edges would mean
    # "insert between users", which no drop here can do.
    view.setDragDropOverwriteMode(True)
    view.setDropIndicatorShown(True)
    view.viewport().setAcceptDrops(True)  # QListView's static movement turned it off
