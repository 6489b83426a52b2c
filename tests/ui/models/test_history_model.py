"""The History table reads the store a page at a time: never the whole table."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from desktop.history.store import Query, Store
from desktop.model.history import CallRecord, Party
from desktop.ui.models.history_model import OUTCOME, PAGE, PARTY, HistoryModel

T0 = 1_767_225_600_000


def filled(n):
    store = Store()
    store.write([
        CallRecord(f"r{i}", "oxe70021" if i % 2 else "oxe70022", T0 + i * 1000, direction="incoming",
                   parties=[Party("70020", "oxe70020", "Zoé")], ended=T0 + i * 1000 + 500,
                   outcome="missed" if i % 5 == 0 else "answered", answered=None if i % 5 == 0 else T0 + i * 1000 + 100)
        for i in range(n)
    ])
    return store


def test_pages_on_demand_newest_first(qtbot):
    store = filled(2 * PAGE + 50)
    model = HistoryModel(lambda: store)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert model.record(0).call_ref == f"r{2 * PAGE + 49}"
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 50 and not model.canFetchMore()
    assert model.reads == 3


def test_a_view_scrolled_to_the_end_fetches_the_next_page(qtbot):
    store = filled(3 * PAGE)
    model = HistoryModel(lambda: store)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    assert model.rowCount() == PAGE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=3000)
    assert model.rowCount() <= 3 * PAGE


def test_a_filter_reads_again_and_words_say_the_outcome(qtbot):
    store = filled(100)
    model = HistoryModel(lambda: store)
    model.set_query(Query(missed=True))
    assert model.rowCount() == 20
    assert model.index(0, OUTCOME).data() == "missed"
    assert model.index(0, PARTY).data() == "Zoé (70020)"
    model.set_query(Query(missed=True, login="oxe70022"))
    assert model.rowCount() == 10 and all(model.record(r).login == "oxe70022" for r in range(10))
