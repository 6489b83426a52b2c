"""`cti-monitor history` as scripts use it (a real subprocess, a real database file), and
`snapshot --connect ... --history` recording a live simulator's calls."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
import time

from desktop.history.store import Store
from desktop.model.history import CallRecord, Party

T0 = 1_767_225_600_000  # 2026-01-01T00:00:00Z


def run(*args, env=None, timeout=60):
    proc = subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def make_db(path):
    store = Store(path)
    store.write([
        CallRecord("r1", "oxe70022", T0, direction="incoming", parties=[Party("70020", "oxe70020", "Nom70020 Prénom7")],
                   ended=T0 + 5_000, outcome="missed", cause="CLEARED"),
        CallRecord("r2", "oxe70020", T0 + 60_000, direction="outgoing", parties=[Party("70021", "oxe70021", None)],
                   answered=T0 + 62_000, answered_by="oxe70021", ended=T0 + 92_500, outcome="answered"),
        CallRecord("r3", "oxe70022", T0 + 120_000, direction="incoming", parties=[Party("0612345678", None, None)],
                   ended=T0 + 130_000, outcome="missed"),
    ])
    store.acknowledge([r.row_id for r in store.query() if r.call_ref == "r3"])
    store.close()


def lines(out):
    return [json.loads(line) for line in out.splitlines()]


def test_history_json_is_the_documented_shape_newest_first(tmp_path):
    db = tmp_path / "h.sqlite3"
    make_db(db)
    code, out, err = run("history", "--json", "--db", str(db))
    assert code == 0, err
    rows = lines(out)
    assert [r["callRef"] for r in rows] == ["r3", "r2", "r1"]
    assert rows[1] == {
        "callRef": "r2", "login": "oxe70020", "direction": "outgoing",
        "parties": [{"number": "70021", "login": "oxe70021", "name": None}],
        "started": "2026-01-01T00:01:00.000Z", "answered": "2026-01-01T00:01:02.000Z", "answeredBy": "oxe70021",
        "ended": "2026-01-01T00:01:32.500Z", "durationS": 30.5, "outcome": "answered", "cause": None,
        "acknowledged": False,
    }
    assert rows[2]["answered"] is None and rows[2]["durationS"] == 0.0 and rows[0]["acknowledged"] is True


def test_history_filters(tmp_path):
    db = tmp_path / "h.sqlite3"
    make_db(db)

    def refs(*flags):
        code, out, err = run("history", "--json", "--db", str(db), *flags)
        assert code == 0, err
        return [r["callRef"] for r in lines(out)]

    assert refs("--missed") == ["r3", "r1"]
    assert refs("--missed", "--unacknowledged") == ["r1"]
    assert refs("--user", "oxe70020") == ["r2"]
    assert refs("--since", "2026-01-01T00:01:30Z") == ["r3", "r2"]
    assert refs("--since", "2026-01-01T01:01:30+01:00") == ["r3", "r2"]
    assert refs("--limit", "1") == ["r3"]


def test_history_table_export_and_errors(tmp_path):
    db = tmp_path / "h.sqlite3"
    make_db(db)
    code, out, _ = run("history", "--db", str(db))
    assert code == 0 and "Nom70020 Prénom7 (70020)" in out and "missed  *" in out
    target = tmp_path / "h.csv"
    code, _, err = run("history", "--db", str(db), "--missed", "--export", str(target))
    assert code == 0 and "2 calls written" in err
    with open(target, encoding="utf-8") as f:
        exported = list(csv.DictReader(f))
    assert [r["callRef"] for r in exported] == ["r3", "r1"] and exported[1]["names"] == "Nom70020 Prénom7"
    code, out, err = run("history", "--json", "--db", str(tmp_path / "none.sqlite3"))
    assert (code, out) == (0, "") and "no call history" in err
    code, _, err = run("history", "--since", "yesterday", "--db", str(db))
    assert code == 2 and "ISO 8601" in err
    code, _, err = run("snapshot", "resources/scenarios/01-basic-call.jsonl", "--history")
    assert code == 2 and "not a trace" in err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_snapshot_history_records_a_live_simulators_calls(tmp_path):
    db = tmp_path / "live.sqlite3"
    port = free_port()
    sim = subprocess.Popen([sys.executable, "-m", "desktop.cli", "simulator", "--port", str(port), "--users", "10",
                            "--rate", "20", "--speed", "20", "--seed", "3"], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        code, out, err = run("snapshot", "--connect", f"ws://127.0.0.1:{port}", "--duration", "4", "--history",
                             env={"CTI_HISTORY_DB": str(db)})
        assert code == 0, err
    finally:
        sim.terminate()
        sim.wait(10)
    code, out, err = run("history", "--json", "--db", str(db))
    rows = lines(out)
    assert code == 0 and len(rows) >= 2, err
    assert {r["outcome"] for r in rows} <= {"answered", "missed", "abandoned", "busy", "redirected", "forwarded",
                                            "transferred", "voicemail"}
    assert all(r["ended"] >= r["started"] for r in rows)
