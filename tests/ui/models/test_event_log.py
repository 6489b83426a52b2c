"""The event log: a bounded ring that keeps the newest, filtered by user or callRef."""

from desktop.ui.session import Session
from tests.conftest import scenario_lines


def test_event_log_stays_bounded_and_keeps_the_newest(qtbot):
    session = Session(log_capacity=100)
    lines = scenario_lines(2) * 40  # 1240 events, mostly stale duplicates after the first round
    session.events(lines[:700])
    session.flush()
    session.events(lines[700:])
    session.flush()
    log = session.log
    assert log.rowCount() == 100
    assert log.entry(0).seq == len(lines) - 99 and log.entry(99).seq == len(lines)
    assert "duplicate" in log.entry(99).summary()


def test_event_log_filter_by_call_ref_and_user(qtbot, window):
    from desktop.ui.models.event_log import CALL, USER

    window.session.events(scenario_lines(2))
    window.session.flush()
    dock = window.log_dock
    dock.filter.setText("eea82857e0000100")
    refs = {dock.proxy.index(r, CALL).data() for r in range(dock.proxy.rowCount())}
    assert refs == {"eea82857e0000100"} and dock.proxy.rowCount() == 11
    dock.filter.setText("OXE70022")
    users = {dock.proxy.index(r, USER).data() for r in range(dock.proxy.rowCount())}
    assert users == {"oxe70022"}
    dock.table.setCurrentIndex(dock.proxy.index(0, 0))
    assert '"name": "RTSM_CALL_CREATED"' in dock.json.toPlainText()
    dock.filter.setText("")
    assert dock.proxy.rowCount() == 31
