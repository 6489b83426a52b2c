"""The event log: a bounded ring that keeps the newest, filtered by user or callRef."""

import weakref

import pytest

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
    # The user and the callRef are matched each on its own, never as one text across both.
    dock.filter.setText("70022eea")
    assert dock.proxy.rowCount() == 0


def test_log_entries_hold_compact_bytes_not_the_parsed_frame(qtbot):
    """A source that hands the session parsed dicts (WebSocket, O2G) does not make the log hold
    them: 50,000 nested dicts were ~100 MiB and hundreds of thousands of objects for the gc."""
    import gc
    import sys

    import orjson

    session = Session(log_capacity=100)
    frames = [orjson.loads(line) for line in scenario_lines(2)]
    session.events(frames)
    session.flush()
    entry = session.log.entry(0)
    assert type(entry.raw) in (bytes, str) and orjson.loads(entry.raw) == frames[0]
    assert sys.getsizeof(entry.raw) < 2 * len(entry.raw) + 64  # not orjson's 4 KiB write buffer
    assert not any(gc.is_tracked(field) for field in entry)
    from desktop.protocol.describe import describe
    from desktop.protocol.parse import parse_obj

    assert entry.summary() == describe(parse_obj(frames[0]))  # the sentence, from the bytes parsed again


class _Node:
    pass


@pytest.fixture
def clocked(monkeypatch):
    """A session on a clock the test moves (time.monotonic in desktop.ui.session); the collector
    unfrozen after."""
    import gc

    import desktop.ui.session as ui_session

    clock = [100.0]
    monkeypatch.setattr(ui_session.time, "monotonic", lambda: clock[0])
    yield Session(), clock
    gc.unfreeze()


def _cycle_frozen_by_a_frame(session):
    """Garbage only the collector can free, made while a snapshot comes in and frozen with the
    frame's work: a weak reference to it."""
    cycle = _Node()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    session._next_frame()  # the snapshot so far, out of the collector's sight, as it comes in
    return gone


def test_the_state_after_a_reset_is_frozen_out_of_the_collector(qtbot, clocked):
    import gc

    import desktop.ui.session as ui_session

    session, clock = clocked
    gc.unfreeze()
    session.reset(rewind=True)
    assert gc.get_freeze_count() > 0  # (the old model's garbage is seen once the new state settles)
    assert gc.get_threshold()[0] == ui_session.SNAPSHOT_GC_THRESHOLD  # the snapshot's objects survive: fewer passes
    session.events(scenario_lines(2))
    gone = _cycle_frozen_by_a_frame(session)
    gc.collect()
    assert gone() is not None
    session._tick()
    assert gone() is not None  # the snapshot may still be arriving
    clock[0] += ui_session.SETTLE_S
    session._tick()
    assert gone() is None  # the settling collection saw everything
    assert gc.get_freeze_count() > 0  # and froze what lives on
    assert gc.get_threshold() == ui_session._GC_THRESHOLDS  # the collector's own pace again


def test_resets_one_after_the_other_are_collected_all_the_same(qtbot, clocked):
    import desktop.ui.session as ui_session

    session, clock = clocked
    session.reset(rewind=True)
    gone = _cycle_frozen_by_a_frame(session)
    # A link that flaps: a reset every second never lets the state settle for SETTLE_S.
    while clock[0] < 100.0 + ui_session.UNSETTLED_MAX_S:
        clock[0] += 1.0
        session.reset(rewind=False)
        session._tick()
    assert gone() is None


def test_a_frame_laid_out_on_lines_is_saved_as_one_line_and_shown_as_it_came():
    """The log keeps a WebSocket frame as the server sent it (not the object written again); a
    server that pretty-prints its JSON must still give one line per event in a JSONL file."""
    from desktop.ui.models.event_log import LogEntry

    laid_out = '{\n  "name": "RTSM_USER_STATE_MODIFIED",\r\n  "id": "u1", "userState": "BUSY"\n}'
    entry = LogEntry(1, 5, "u1", "UserStateModified", "", laid_out)
    assert entry.raw == laid_out
    assert entry.jsonl() == b'{"name":"RTSM_USER_STATE_MODIFIED","id":"u1","userState":"BUSY"}'
    compact = '{"name": "RTSM_USER_STATE_MODIFIED", "id": "u1"}'
    assert LogEntry(2, 5, "u1", "UserStateModified", "", compact).jsonl() == compact.encode()  # byte for byte
    broken = LogEntry(3, 5, "", "rejected", "", "not\njson", "not JSON", False)
    assert broken.jsonl() == b"not\njson"  # a rejected line is kept as it came


def entries_of(count: int, start: int = 0):
    """`count` accepted log entries of a few hundred bytes each, numbered from `start`."""
    from desktop.ui.models.event_log import LogEntry

    line = scenario_lines(1)[0].decode()
    return [LogEntry(start + i, 1_700_000_000_000 + i, f"u{i % 97}", "CallCreated", f"ref{i}", line) for i in range(count)]


def test_a_burst_waiting_for_its_insert_is_packed_not_held_as_objects(qtbot):
    """Entries that wait for the next insert are packed as they come (a snapshot's burst held
    as objects until its frame was ~0.5 KiB an entry), and still shown only at the insert."""
    import tracemalloc

    from desktop.ui.models.event_log import STAGE_ROWS, EventLogModel

    log = EventLogModel(capacity=50_000)
    inserted = []
    log.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    burst = entries_of(8 * STAGE_ROWS)
    raw_bytes = sum(len(e.raw) for e in burst)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(0, len(burst), 100):  # as a source's batches bring them
        log.append(burst[i:i + 100])
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert held < raw_bytes / 3, (held, raw_bytes)  # as objects: more than the raws themselves
    assert log.rowCount() == 0 and inserted == [] and log.pending() == len(burst)
    log.flush()
    assert inserted == [(0, len(burst) - 1)] and log.rowCount() == len(burst) and log.pending() == 0
    assert [e.seq for e in log.entries()] == [e.seq for e in burst]


def test_a_staged_burst_larger_than_the_ring_keeps_the_newest(qtbot):
    from desktop.ui.models.event_log import STAGE_ROWS, EventLogModel

    capacity = 3 * STAGE_ROWS + 100
    log = EventLogModel(capacity=capacity)
    log.append(entries_of(500))
    log.flush()
    burst = entries_of(6 * STAGE_ROWS, start=500)
    for i in range(0, len(burst), 256):
        log.append(burst[i:i + 256])
        assert log.rowCount() <= capacity
    log.flush()
    assert log.rowCount() == capacity
    assert log.entry(capacity - 1).seq == burst[-1].seq and log.entry(0).seq == burst[-capacity].seq
    assert log.dropped == 500 + len(burst) - capacity
