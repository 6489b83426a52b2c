"""The users model sorts itself in one Python sort (the proxy only filters), and a live column
re-sorts at most every RESORT_S seconds, keeping the selection on its user."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

import desktop.ui.models.users_model as users_model
from desktop.model import Model
from desktop.ui.models.users_filter import UsersFilter
from desktop.ui.models.users_model import MISSED, NAME, LoginRole, SortRole, UsersModel


def _table(qtbot, n: int):
    model = Model()
    for i in range(n):
        model.add_user(f"oxe{71000 + i}", str(71000 + i), f"FN-{i:05d}", f"LN-{(i * 7919) % n:05d}", None)
    users = UsersModel(model, clock=lambda: 0)
    proxy = UsersFilter()
    proxy.setSourceModel(users)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    return model, users, proxy, table


def _shown(proxy) -> list[str]:
    return [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())]


def test_sorting_2000_users_never_asks_qt_to_compare(qtbot, monkeypatch):
    asked = []
    real = UsersModel.data
    monkeypatch.setattr(UsersModel, "data", lambda self, index, role=Qt.DisplayRole: (
        asked.append(1) if role == SortRole else None) or real(self, index, role))
    model, users, proxy, table = _table(qtbot, 2000)
    table.sortByColumn(NAME, Qt.DescendingOrder)
    users.refresh([])  # the rows arrive
    users.set_model(model)  # a resynchronization
    assert asked == []  # the proxy's C++ sort would have asked ~40,000 times
    assert proxy.sortColumn() == -1
    names = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, reverse=True) and len(names) == 2000
    table.sortByColumn(NAME, Qt.AscendingOrder)  # a header click
    assert [proxy.index(r, NAME).data() for r in range(proxy.rowCount())] == sorted(names)


def test_a_live_column_resorts_only_every_few_seconds_and_the_selection_stays(qtbot, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(users_model.time, "monotonic", lambda: clock[0])
    model, users, proxy, table = _table(qtbot, 50)
    users.refresh([])
    table.sortByColumn(MISSED, Qt.DescendingOrder)
    chosen = _shown(proxy)[30]
    table.selectionModel().setCurrentIndex(proxy.index(30, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    before = _shown(proxy)
    model.users[chosen].counters["missedCallsNb"] = 9  # the most missed calls of all now
    users.refresh([chosen])
    clock[0] += 1.0
    users.tick()
    assert _shown(proxy) == before  # not yet: a row under the pointer does not jump away
    clock[0] += users_model.RESORT_S
    users.tick()
    assert _shown(proxy)[0] == chosen
    assert table.currentIndex().data(LoginRole) == chosen  # the selection followed its user
