"""The SQLite store: upserts, the schema migration, retention, queries, the writer thread and
what happens when the disk fails."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.app.session import IngestSession
from desktop.history.store import MIGRATIONS, SCHEMA_VERSION, Query, Retention, Store, StoreError, connect
from desktop.history.writer import Recorder, Writer
from desktop.model.history import CallRecord, Party
from tests.conftest import scenario_lines

DAY = 86_400_000
NOW = 1_800_000_000_000


def row(login="oxe70022", ref="r1", started=NOW - 1000, ended=NOW, outcome="missed", direction="incoming", name="Élodie Noël", number="70020"):
    return CallRecord(ref, login, started, direction=direction, parties=[Party(number, "oxe70020", name)],
                      ended=ended, outcome=outcome, cause="CLEARED")


def test_an_amended_row_replaces_the_old_one_and_stays_acknowledged(tmp_path):
    store = Store(tmp_path / "h.sqlite3")
    store.write([row()])
    (stored,) = store.query()
    assert store.acknowledge([stored.row_id]) == 1
    store.write([row(outcome="redirected")])
    (again,) = store.query()
    assert (again.outcome, again.acknowledged, again.row_id) == ("redirected", True, stored.row_id)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_database_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    old.execute("INSERT INTO calls (login, call_ref, started, parties, ended, outcome, missed) "
                "VALUES ('oxe70022', 'old', 1, '[[\"70020\", null, null]]', 2, 'missed', 1)")
    old.commit()
    old.close()
    store = Store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    (kept,) = store.query()
    assert (kept.call_ref, kept.record_id, kept.parties) == ("old", None, [Party("70020", None, None)])
    store.write([row()], mark={"frame": 1, "time": NOW})
    assert store.last_frame() == {"frame": 1, "time": NOW}


def test_a_newer_schema_is_refused_with_its_reason(tmp_path):
    path = tmp_path / "new.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer CTI Monitor"):
        connect(path)


def test_retention_prunes_by_age_then_by_count():
    store = Store()
    store.write([row(ref=f"r{i}", started=NOW - i * DAY - 1, ended=NOW - i * DAY) for i in range(10)])
    assert store.prune(Retention(days=5, rows=100), now_ms=NOW) == 4  # 6, 7, 8, 9 days old
    assert store.prune(Retention(days=5, rows=3), now_ms=NOW) == 3  # the oldest beyond three
    assert [r.call_ref for r in store.query()] == ["r0", "r1", "r2"]


def test_filters_newest_first_and_an_accent_blind_search():
    store = Store()
    store.write([
        row(ref="a", ended=NOW - 30),
        row(ref="b", ended=NOW - 20, outcome="answered"),
        row(ref="c", ended=NOW - 10, login="oxe70021", name="Zoé"),
        row(ref="d", ended=NOW, direction="outgoing", outcome="abandoned"),
    ])
    assert [r.call_ref for r in store.query()] == ["d", "c", "b", "a"]
    assert [r.call_ref for r in store.query(Query(missed=True))] == ["c", "a"]
    assert [r.call_ref for r in store.query(Query(missed=True, login="oxe70022"))] == ["a"]
    assert [r.call_ref for r in store.query(Query(text="NOEL"))] == ["d", "b", "a"]
    assert [r.call_ref for r in store.query(Query(text="zoe"))] == ["c"]
    assert [r.call_ref for r in store.query(Query(text="100%"))] == []  # LIKE's wildcards are literal
    assert [r.call_ref for r in store.query(Query(since=NOW - 15))] == ["d", "c"]
    assert store.missed_counts() == {"oxe70022": 1, "oxe70021": 1}
    store.acknowledge([r.row_id for r in store.query(Query(login="oxe70021"))])
    assert store.missed_counts() == {"oxe70022": 1}
    assert [r.call_ref for r in store.query(Query(unacknowledged=True, missed=True))] == ["a"]
    assert [r.call_ref for r in store.query(limit=2, offset=1)] == ["c", "b"]


def test_export_csv(tmp_path):
    store = Store()
    store.write([row()])
    out = tmp_path / "h.csv"
    assert store.export_csv(out) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("callRef,login,direction,numbers")
    assert "Élodie Noël" in lines[1] and ",missed," in lines[1]


def test_the_threaded_writer_commits_each_frame_and_readers_see_it(tmp_path):
    path = tmp_path / "h.sqlite3"
    writer = Writer(path, threaded=True)
    writer.submit([row(ref="x")], {"frame": 1, "time": NOW})
    writer.run(lambda store: store.acknowledge([1]))
    assert writer.flush()
    reader = Store(path, readonly=True)
    (got,) = reader.query()
    assert got.call_ref == "x" and got.acknowledged
    assert writer.rows == 1 and writer.commits >= 2 and writer.error is None
    writer.close()


def test_a_store_that_cannot_be_opened_is_reported_once_and_stops_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    writer = Writer(blocker / "h.sqlite3", threaded=True)
    writer.submit([row()])
    assert writer.flush()
    assert "cannot open the call history" in writer.take_error()
    assert writer.take_error() is None  # once
    writer.submit([row()])  # and still no exception
    writer.close()


def test_a_session_with_a_recorder_stores_a_replayed_flow():
    writer = Writer(":memory:")
    session = IngestSession(recorder=Recorder(writer))
    session.events(scenario_lines(8))
    got = sorted((r.login, r.outcome) for r in writer.store.query())
    assert got == [("oxe70020", "abandoned"), ("oxe70022", "missed")]
    assert writer.store.last_frame()["time"] == 1704905255236  # the flow's last event


def test_the_writer_prunes_in_the_background(tmp_path):
    path = tmp_path / "h.sqlite3"
    writer = Writer(path, Retention(days=90, rows=2), threaded=True)
    writer.submit([row(ref=f"r{i}", started=NOW + i, ended=NOW + i + 1) for i in range(5)])
    assert writer.flush() and writer.flush()  # the second one waits for the prune after the first
    assert [r.call_ref for r in Store(path, readonly=True).query()] == ["r4", "r3"]
    writer.close()


def test_the_writers_queue_is_bounded_in_rows(tmp_path, monkeypatch):
    from desktop.history import writer as writer_module

    monkeypatch.setattr(writer_module, "QUEUE_ROWS", 3)
    writer = Writer(tmp_path / "h.sqlite3", threaded=True)
    writer._queue.put(("run", lambda store: __import__("time").sleep(0.3), None))  # the disk is slow
    writer.submit([row(ref="a"), row(ref="b")])
    writer.submit([row(ref="c"), row(ref="d")])  # over the bound: dropped, said once
    assert writer.dropped == 1 and "cannot keep up" in writer.take_error()
    assert writer.flush()
    assert sorted(r.call_ref for r in Store(tmp_path / "h.sqlite3", readonly=True).query()) == ["a", "b"]
    writer.submit([row(ref="e")])  # room again once written
    assert writer.flush() and writer._pending_rows == 0
    assert sorted(r.call_ref for r in Store(tmp_path / "h.sqlite3", readonly=True).query()) == ["a", "b", "e"]
    writer.close()
