"""The History dock and the lamps' missed-call badges, used as a receptionist would: a replayed
flow fills a history in memory only; a live missed call is called back with a click and is
acknowledged once the call back is answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.history.store import Store
from desktop.model.history import CallRecord, Party
from desktop.sources.websocket import WebSocketSource
from desktop.ui.main_window import MainWindow
from desktop.ui.models.history_model import OUTCOME, PARTY, USER
from desktop.ui.models.users_model import MissedRole
from tests.ui.conftest import Asker, replay
from tests.conftest import scenario_lines
from tests.ui.helpers import goto, lamp, until
from tests.ui.test_live import Live


def badge(window, login):
    users = window.session.users
    row = users.row_of(login)
    return None if row is None else users.index(row, 0).data(MissedRole)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton, pos=widget.rect().center())


def select_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, USER))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def shown(window):
    model = window.history.model
    return [(model.record(r).login, model.index(r, OUTCOME).data()) for r in range(model.rowCount())]


@pytest.fixture
def user_db(tmp_path, monkeypatch):
    path = tmp_path / "user-history.sqlite3"
    monkeypatch.setenv("CTI_HISTORY_DB", str(path))
    return path


@pytest.fixture
def win(qtbot, user_db):
    w = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.history_dock.raise_()
    return w


def test_a_replay_fills_the_panel_and_badges_but_never_the_users_history(win, qtbot, user_db):
    source = replay(win, 8)
    goto(win, source, len(source.cursor))
    win.history.refresh()
    assert shown(win) == [("oxe70020", "abandoned"), ("oxe70022", "missed")]
    assert badge(win, "oxe70022") == 1 and badge(win, "oxe70020") == 0
    assert win.history.model.index(1, PARTY).data() == "Nom70020 Prénom7 (70020)"
    assert win.history.model.index(1, USER).data() == "FN-70022 LN-70022"  # the user's name, not its login

    click(qtbot, win.history_dock.missed)
    assert shown(win) == [("oxe70022", "missed")]
    select_row(qtbot, win.history_dock.table, 0)
    assert win.history_dock.ack_button.isEnabled()
    click(qtbot, win.history_dock.ack_button)
    assert badge(win, "oxe70022") == 0
    click(qtbot, win.history_dock.unacknowledged)
    assert shown(win) == []

    goto(win, source, 3)  # sought back before the call ended: its rows are not history yet
    win.history.refresh()
    click(qtbot, win.history_dock.missed)
    click(qtbot, win.history_dock.unacknowledged)
    assert shown(win) == []
    assert not user_db.exists() or Store(user_db).count() == 0


def test_search_is_accent_and_case_blind(win, qtbot):
    source = replay(win, 1)
    goto(win, source, len(source.cursor))
    win.history.refresh()
    qtbot.keyClicks(win.history_dock.search, "PRENOM")
    qtbot.waitUntil(lambda: shown(win) == [("oxe70021", "answered")], timeout=3000)
    win.history_dock.search.clear()
    qtbot.keyClicks(win.history_dock.search, "nobody")
    qtbot.waitUntil(lambda: shown(win) == [], timeout=3000)


def test_a_missed_call_called_back_and_answered_is_acknowledged(qtbot, aloop, user_db):
    live = Live(aloop)
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.history_dock.raise_()  # its tab clicked: the rows in front
    source = WebSocketSource(f"ws://127.0.0.1:{live.port}")
    try:
        window.use_source(source)
        aloop.run_until_complete(source.start())
        aloop.run_until_complete(until(lambda: window.session.connection == "connected" and lamp(window, "oxe70021")))
        # oxe70022 calls my line and gives up while it rings: a missed call for oxe70021.
        ref = live.act("oxe70022", "makeCall", callee="70021")["callRef"]
        aloop.run_until_complete(until(lambda: lamp(window, "oxe70021") == "ringing"))
        live.act("oxe70022", "terminate", ref)

        def refreshed_badge():
            window.history.refresh()
            return badge(window, "oxe70021") == 1

        aloop.run_until_complete(until(refreshed_badge))
        assert ("oxe70021", "missed") in shown(window)
        row = shown(window).index(("oxe70021", "missed"))
        select_row(qtbot, window.history_dock.table, row)
        assert window.history_dock.call_back_button.isEnabled()
        click(qtbot, window.history_dock.call_back_button)
        aloop.run_until_complete(until(lambda: live.engine.calls_of("oxe70022")))
        back = live.ref_of("oxe70022")
        assert lamp(window, "oxe70021") in ("dialing", "ringing", "idle", "talking")
        assert badge(window, "oxe70021") == 1  # ringing is not answered yet
        live.act("oxe70022", "answer", back)

        def acknowledged():
            window.history.refresh()
            return badge(window, "oxe70021") == 0

        aloop.run_until_complete(until(acknowledged))
        stored = Store(user_db, readonly=True)
        missed = [r for r in stored.query() if r.login == "oxe70021" and r.outcome == "missed"]
        assert len(missed) == 1 and missed[0].acknowledged
    finally:
        aloop.run_until_complete(source.stop())
        window.close()
        live.close()


def test_a_store_that_fails_is_shown_once_and_the_window_goes_on(qtbot, tmp_path, monkeypatch):
    from tests.ui.conftest import FakeSource

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("CTI_HISTORY_DB", str(blocker / "history.sqlite3"))
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    window.show()
    window.history_dock.raise_()  # its tab clicked: the rows in front
    window.use_source(FakeSource())
    qtbot.waitUntil(lambda: window.history._writer.error is not None, timeout=5000)
    window.history.refresh()
    assert window.history_dock.error.isVisible() and "cannot open the call history" in window.history_dock.error.text()
    window.session.events(scenario_lines(8))  # events still apply, lamps still move
    window.session.flush()
    assert lamp(window, "oxe70020") == "idle"
    window.history_dock.error.clear()
    window.history.refresh()
    assert window.history_dock.error.text() == ""  # shown once, not again every second


def test_the_selection_survives_new_rows(win, qtbot):
    source = replay(win, 8)
    goto(win, source, len(source.cursor))
    win.history.refresh()
    select_row(qtbot, win.history_dock.table, 1)
    (chosen,) = win.history_dock.selected_records()
    win.session.recorder.writer.submit([
        CallRecord("later", "oxe70021", 1704905299000, direction="incoming", parties=[Party("70020", "oxe70020", None)],
                   ended=1704905299500, outcome="missed"),
    ])
    win.history.refresh(force=True)
    assert win.history.model.rowCount() == 3 and win.history.model.record(0).call_ref == "later"
    assert [r.row_id for r in win.history_dock.selected_records()] == [chosen.row_id]
    assert win.history_dock.call_back_button.isEnabled()


def test_over_o2g_the_history_is_the_gateways_and_acknowledging_acknowledges_there(qtbot, aloop, user_db):
    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.o2g.gateway import start_gateway
    from desktop.simulator.ws.feeds import wall_clock_ms
    from desktop.sources.o2g.source import O2GSource
    from tests.simulator.o2g.switchable import PASSWORD

    engine = Engine(seed_directory(), clock=wall_clock_ms)
    running = aloop.run_until_complete(start_gateway(engine, password=PASSWORD))
    gateway = running.gateway

    def act(login, action, ref=None, **args):
        result = engine.command(login, action, ref, args=args or None)
        gateway.publish(result.events)
        return result.result.get("callRef")

    ref = act("oxe70022", "makeCall", callee="70021")  # a missed call before the window connects
    act("oxe70022", "terminate", ref)
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    window.show()
    window.history_dock.raise_()  # its tab clicked: the rows in front
    source = O2GSource(running.url, "admin", PASSWORD, ["oxe70020", "oxe70021", "oxe70022"])
    try:
        window.use_source(source)
        aloop.run_until_complete(source.start())

        def listed():
            window.history.refresh()
            return badge(window, "oxe70021") == 1

        aloop.run_until_complete(until(listed))
        row = shown(window).index(("oxe70021", "missed"))
        record = window.history.model.record(row)
        assert record.record_id is not None  # the gateway's record, not one derived here
        select_row(qtbot, window.history_dock.table, row)
        click(qtbot, window.history_dock.ack_button)
        (on_gateway,) = [r for r in gateway.comlog._records["oxe70021"].values() if str(r.recordId) == record.record_id]
        aloop.run_until_complete(until(lambda: on_gateway.acknowledged is True))

        def cleared():
            window.history.refresh()
            return badge(window, "oxe70021") == 0

        aloop.run_until_complete(until(cleared))
        assert all(r.record_id is not None for r in Store(user_db, readonly=True).query())
    finally:
        aloop.run_until_complete(source.stop())
        window.close()
        aloop.run_until_complete(running.stop())


def test_the_date_range_filters_by_day(win, qtbot):
    from PySide6.QtCore import QDate

    source = replay(win, 1)  # recorded on 2024-01-10
    goto(win, source, len(source.cursor))
    win.history.refresh()
    dock = win.history_dock
    dock.date_from.setDate(QDate(2024, 1, 11))
    dock.date_to.setDate(QDate(2024, 1, 12))
    click(qtbot, dock.dates)
    assert dock.date_from.isEnabled() and shown(win) == []
    dock.date_from.setDate(QDate(2024, 1, 9))
    assert len(shown(win)) == 2
    dock.date_to.setDate(QDate(2024, 1, 9))
    assert shown(win) == []
    click(qtbot, dock.dates)
    assert len(shown(win)) == 2


def test_behind_the_log_tab_the_rows_wait_and_the_badges_do_not(win, qtbot):
    """Hidden behind the event log, the history's rows are not queried again at every commit
    (a query and a reset a second at 120 calls/s); the badges still follow, and raising the tab
    shows what was written meanwhile."""
    win.log_dock.raise_()
    qtbot.waitUntil(lambda: win.history_dock.visibleRegion().isEmpty())
    source = replay(win, 8)
    reads = win.history.model.reads
    goto(win, source, len(source.cursor))
    win.history.refresh()
    assert win.history.model.reads == reads and shown(win) == []
    assert badge(win, "oxe70022") == 1  # the lamps' badge did not wait
    win.history_dock.raise_()
    qtbot.waitUntil(lambda: shown(win) == [("oxe70020", "abandoned"), ("oxe70022", "missed")], timeout=2000)
