"""The window's session: rejected lines counted and logged, bursts applied with one refresh a frame."""

from desktop.ui.session import Session
from tests.conftest import scenario_lines
from tests.ui.helpers import fresh_copies


def test_rejected_lines_are_counted_and_logged(qtbot):
    session = Session()
    session.events([b"not json", b'{"name": "RTSM_CALL_CREATED"}', scenario_lines(1)[0]])
    session.flush()
    assert session.stats()["rejected"] == 2
    assert session.log.entry(0).kind == "rejected" and "not JSON" in session.log.entry(0).summary()
    assert session.users.rowCount() == 1


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
    # A burst's rows go into the log with its frame, packed, not held as objects until the
    # log's own slower pace; a frame of a few events leaves them to it.
    assert session.log.rowCount() == len(lines)
    assert session.stats()["rejected"] == 0 and session.stats()["gaps"] == 0
    assert all(u.line_state == "idle" for u in session.model.users.values())
    session.events(scenario_lines(1)[:3])
    session._next_frame()
    assert session.log.rowCount() == len(lines) and session.log.pending() == 3
    qtbot.waitUntil(lambda: session.log.rowCount() == len(lines) + 3, timeout=2000)


def test_a_bursts_last_frame_comes_as_soon_as_the_source_has_caught_up(qtbot):
    """While a burst comes in, frames are BURST_FRAME_MS apart; the small batch that says the
    source has caught up brings the last frame within FRAME_MS, and a second small batch does
    not push it back to a burst's pace."""
    from desktop.ui.session import BURST_FRAME_MS, CAUGHT_UP_EVENTS, FRAME_MS

    session = Session()
    lines = fresh_copies(1, 200)  # 2,600 events
    session.events(lines[:800])
    session._next_frame()  # a burst's frame: the next one is a burst's too
    session.events(lines[800:1600])
    assert session._frame.interval() == BURST_FRAME_MS
    session.events(lines[1600:2400])
    assert session._frame.interval() == BURST_FRAME_MS and session._frame.remainingTime() > FRAME_MS
    session.events(lines[2400:2400 + CAUGHT_UP_EVENTS - 1])  # caught up
    assert session._frame.interval() <= FRAME_MS and session._frame.remainingTime() <= FRAME_MS
    session.events(lines[2400 + CAUGHT_UP_EVENTS - 1:2400 + CAUGHT_UP_EVENTS + 5])
    assert session._frame.interval() <= FRAME_MS
    qtbot.waitUntil(lambda: session.flushes == 2, timeout=FRAME_MS * 10)
    assert session._dirty == set()
    session.events(lines[:CAUGHT_UP_EVENTS])  # a batch that is not small after that frame: a burst again
    assert session._frame.interval() == BURST_FRAME_MS


def test_a_bursts_last_frame_is_due_at_once_when_the_last_frame_is_frame_ms_old(qtbot):
    """The caught-up batch does not wait FRAME_MS more when the burst's timer has already
    run that long: the frame is due now."""
    from desktop.ui.session import BURST_FRAME_MS, CAUGHT_UP_EVENTS, FRAME_MS

    session = Session()
    lines = fresh_copies(1, 200)
    session.events(lines[:800])
    session._next_frame()
    session.events(lines[800:1600])
    assert session._frame.interval() == BURST_FRAME_MS
    qtbot.wait(FRAME_MS + 10)
    assert session.flushes == 1
    session.events(lines[1600:1600 + CAUGHT_UP_EVENTS - 1])  # caught up
    assert session._frame.interval() == 0
    qtbot.waitUntil(lambda: session.flushes == 2, timeout=FRAME_MS * 10)


def test_live_traffic_is_shown_at_once_after_a_quiet_spell_then_at_most_once_a_frame(qtbot):
    """A change after a quiet spell gets its frame at once; the next ones come FRAME_MS after
    the last frame, not FRAME_MS after they arrived (that made the first one wait a frame)."""
    from desktop.ui.session import BURST_EVENTS, BURST_FRAME_MS, FRAME_MS

    session = Session()
    lines = fresh_copies(1, 200)
    session.events(lines[:3])  # quiet until now
    assert session._frame.isActive() and session._frame.interval() == 0
    qtbot.waitUntil(lambda: session.flushes == 1, timeout=FRAME_MS * 10)
    session.events(lines[3:6])  # right after that frame: due FRAME_MS after it, not sooner
    assert 0 < session._frame.interval() <= FRAME_MS
    qtbot.waitUntil(lambda: session.flushes == 2, timeout=FRAME_MS * 10)
    qtbot.wait(FRAME_MS + 5)
    session.events(lines[6:9])  # a frame or more since the last: at once again
    assert session._frame.interval() == 0
    qtbot.waitUntil(lambda: session.flushes == 3, timeout=FRAME_MS * 10)
    qtbot.wait(FRAME_MS + 5)
    session.events(lines[9:9 + BURST_EVENTS])  # a burst's first run waits for the runs behind it
    assert session._frame.interval() == FRAME_MS
    session.events(lines[9 + BURST_EVENTS:9 + 2 * BURST_EVENTS])
    assert session._frame.interval() == BURST_FRAME_MS


def test_frames_commit_the_history_a_few_times_a_second_and_flush_and_tick_commit_the_rest(qtbot, monkeypatch):
    import desktop.ui.session as ui_session

    clock = [100.0]
    monkeypatch.setattr(ui_session.time, "monotonic", lambda: clock[0])
    session = Session()
    commits = []
    monkeypatch.setattr(session, "commit_history", lambda: commits.append(clock[0]))
    lines = scenario_lines(1)
    for at, line in zip((100.0, 100.1, 100.2, 100.3, 100.4), lines):
        clock[0] = at
        session.events([line])
        session._next_frame()
    assert commits == [100.0, 100.3]  # not one transaction per frame
    assert len(commits) == 2
    session._tick()  # the once-a-second tick takes what the frames left
    assert len(commits) == 3
    session.flush()  # and a flush, always (saving the events, closing the window)
    assert len(commits) >= 4


def test_names_that_come_after_the_rows_sort_them(qtbot):
    """As from O2G: the logins first (the rows by login), the names read later."""
    from desktop.ui.models.users_model import LoginRole

    session = Session()
    session.directory([{"login": "oxe1"}, {"login": "oxe2"}, {"login": "oxe3"}])
    session.flush()
    rows = lambda: [session.users.index(r, 0).data(LoginRole) for r in range(session.users.rowCount())]
    assert rows() == ["oxe1", "oxe2", "oxe3"]
    session.directory([{"login": "oxe1", "lastName": "Zed"}, {"login": "oxe2", "lastName": "Young"}, {"login": "oxe3", "lastName": "Abel"}])
    session.flush()
    assert rows() == ["oxe3", "oxe2", "oxe1"]
