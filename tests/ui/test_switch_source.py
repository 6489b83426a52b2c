"""Switching source clears every view of the old one (issue 10, item 7): the real window on the
real simulator, then on a trace, then on another server."""

import pytest

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from desktop.sources.websocket import WebSocketSource
from tests.conftest import SCENARIOS
from tests.ui.helpers import cards_of, lamp, until, click
from tests.ui.live import Live, open_window


@pytest.fixture
def live(aloop):
    sim = Live(aloop, engine=Engine(seed_directory(6), clock=wall_clock_ms))
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def select_first_log_row(window):
    window.session.flush()  # the log is inserted at its own pace (ui/session.py LOG_FRAME_MS)
    table = window.log_dock.table
    click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())


def test_opening_a_trace_leaves_nothing_of_the_simulator_on_screen(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line="oxe70020")
    live.act("oxe71000", "makeCall", callee="71001")
    run(aloop, lambda: lamp(window, "oxe71001") == "ringing")
    window.presence.select("oxe71001")
    run(aloop, lambda: cards_of(window, "oxe71001"))
    select_first_log_row(window)
    assert window.log_dock.json.toPlainText()
    assert window.session.users.rowCount() == 9  # the simulator's directory

    aloop.run_until_complete(source.stop())
    (trace,) = SCENARIOS.glob("01-*.jsonl")
    window.open_trace(str(trace))
    window.session.flush()
    assert window.calls.selected is None and window.calls.cards == []
    assert window.presence.current_login() is None
    assert "oxe71001" not in window.session.users.logins()  # no grey lamps of the old directory
    assert window.session.users.rowCount() == 0  # nothing played yet
    assert window.log_dock.json.toPlainText() == ""
    assert window.link_banner.isHidden()


def test_switching_servers_drops_the_old_servers_selected_user_and_calls(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line="oxe70020")
    live.act("oxe71000", "makeCall", callee="71001")
    window.presence.select("oxe71000")
    run(aloop, lambda: cards_of(window, "oxe71000"))
    other = Live(aloop)  # the seed's three users only
    try:
        aloop.run_until_complete(source.stop())
        fresh = WebSocketSource(f"ws://127.0.0.1:{other.port}")
        window.use_source(fresh)
        aloop.run_until_complete(fresh.start())
        run(aloop, lambda: window.session.connection == "connected" and lamp(window, "oxe70020"))
        window.session.flush()
        assert window.calls.selected is None
        assert window.calls.logins() == ["oxe70020"]
        assert cards_of(window, "oxe71000") == []
        assert sorted(window.session.users.logins()) == ["oxe70020", "oxe70021", "oxe70022"]
        aloop.run_until_complete(fresh.stop())
    finally:
        other.close()
