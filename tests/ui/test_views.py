"""Models behind the views: bounded log, filters, and bursts refreshed once per frame."""

import orjson

from desktop.ui.session import Session
from desktop.ui.users_model import LoginRole
from tests.conftest import scenario_lines


def fresh_copies(flow: int, copies: int) -> list[bytes]:
    """Flow `flow` played by `copies` disjoint trios of users, interleaved like live traffic."""
    base = [orjson.loads(l) for l in scenario_lines(flow)]
    out = []
    for k in range(copies):
        text = orjson.dumps(base).decode()
        for n in ("70020", "70021", "70022"):
            text = text.replace(n, f"{n}{k:05d}")
        text = text.replace('0100"', f'{k:05d}"')
        out.append([orjson.dumps(o) for o in orjson.loads(text)])
    return [line for step in zip(*out) for line in step]


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
    from desktop.ui.event_log import CALL, USER

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


def test_rejected_lines_are_counted_and_logged(qtbot):
    session = Session()
    session.events([b"not json", b'{"name": "RTSM_CALL_CREATED"}', scenario_lines(1)[0]])
    session.flush()
    assert session.stats()["rejected"] == 2
    assert session.log.entry(0).kind == "rejected" and "not JSON" in session.log.entry(0).summary()
    assert session.users.rowCount() == 1


def test_presence_search_and_state_filter(window):
    window.session.events(scenario_lines(2)[:18])
    window.session.flush()
    proxy = window.presence.proxy
    window.presence.search.setText("70022")
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70022"]
    window.presence.search.setText("fn-70021")  # by name, any case
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70021"]
    window.presence.search.setText("")
    window.presence.state_filter.setCurrentText("held")
    assert [proxy.index(r, 0).data(LoginRole) for r in range(proxy.rowCount())] == ["oxe70020"]
    window.presence.state_filter.setCurrentText("all states")
    assert proxy.rowCount() == 3
    assert "3 users" in window.presence.count.text()


def test_burst_of_20000_events_is_applied_with_few_view_refreshes(qtbot):
    session = Session()
    lines = fresh_copies(1, 1540)  # 13 events per copy: 20,020 events, 3,080 users
    assert len(lines) >= 20_000
    refreshed = []
    session.refreshed.connect(refreshed.append)
    for i in range(0, len(lines), 500):  # as a live source delivers a burst: many batches
        session.events(lines[i : i + 500])
    assert session.flushes == 0  # nothing painted while applying
    qtbot.waitUntil(lambda: bool(refreshed), timeout=2000)
    assert session.flushes == 1 and len(refreshed[0]) == 3080
    assert session.users.rowCount() == 3080
    assert session.users.refreshes <= 3  # one insert and a few dataChanged runs, not 20,000
    assert session.log.rowCount() == len(lines)
    assert session.stats()["rejected"] == 0 and session.stats()["gaps"] == 0
    assert all(u.line_state == "idle" for u in session.model.users.values())


def test_save_events_writes_them_back_as_jsonl(window, tmp_path):
    lines = scenario_lines(3)
    window.session.events(lines)
    window.session.flush()
    out = tmp_path / "s.jsonl"
    assert window.save_events(str(out)) == len(lines)
    assert out.read_bytes().splitlines() == lines
