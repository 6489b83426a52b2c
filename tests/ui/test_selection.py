"""The selection changes only by the user's hand (issue 10, item 3): the real window against
the real simulator, a state filter on, the selected user's state changing under it."""

import pytest
from PySide6.QtWidgets import QLabel

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from tests.ui.helpers import lamp, until, pause, click
from tests.ui.live import Live, open_window


@pytest.fixture
def live(aloop):
    sim = Live(aloop, engine=Engine(seed_directory(4), clock=wall_clock_ms))
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def click_lamp(window, login):
    panel = window.presence
    index = panel._index_of(login)
    rect = panel.grid.visualRect(index)
    click(panel.grid.viewport(), rect.center())


def test_a_selected_user_leaving_the_filter_stays_selected_and_shown(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line="oxe70020")
    for caller, callee in (("oxe70021", "70022"), ("oxe71000", "71001")):
        live.act(caller, "makeCall", callee=callee)
        live.act(f"oxe{callee}", "answer", live.ref_of(f"oxe{callee}"))
    run(aloop, lambda: lamp(window, "oxe71001") == "talking" and lamp(window, "oxe70022") == "talking")
    window.presence.state_filter.setCurrentText("talking")
    run(aloop, lambda: window.presence.proxy.rowCount() == 4)
    click_lamp(window, "oxe70022")
    assert window.calls.selected == "oxe70022" and window.presence.current_login() == "oxe70022"

    live.act("oxe70022", "hold", live.ref_of("oxe70022"))  # oxe70022 (and oxe70021) leave "talking"
    run(aloop, lambda: window.presence.proxy.rowCount() == 2)
    pause(aloop, 0.2)
    assert window.calls.selected == "oxe70022"  # not oxe71000 nor oxe71001
    assert window.presence.current_login() is None
    assert "oxe70022" in window.calls.logins()
    note = window.calls.findChild(QLabel, "hiddenBySearch")
    assert note is not None and "hidden by the filter" in note.text()

    live.act("oxe70022", "retrieve", live.ref_of("oxe70022"))  # back in the filter: selected again
    run(aloop, lambda: window.presence.current_login() == "oxe70022")
    assert window.calls.selected == "oxe70022"
    aloop.run_until_complete(source.stop())
