"""The `snapshot` and `ladder` commands as scripts use them: a real subprocess, real files."""

import json
import subprocess
import sys

import pytest

from desktop.protocol.seed import parse_seed
from tests.conftest import SCENARIOS, scenario_lines


def run(*args, stdin: bytes | None = None):
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], input=stdin, capture_output=True, timeout=60
    )
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def flow_path(n):
    (path,) = SCENARIOS.glob(f"{n:02d}-*.jsonl")
    return str(path)


def test_snapshot_at_points_follows_the_schema():
    code, out, err = run("snapshot", flow_path(4), "--at", "20", "--at", "5")
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["at"], second["at"]) == (5, 20)
    assert list(second) == ["at", "users", "links", "rejected", "ignored", "duplicates", "gaps"]
    assert second["links"] == {"pbx": "unknown", "cti": "unknown"}  # a trace says nothing of links
    assert all(u["routing"] is None for u in second["users"])  # nor of routing
    users = {u["login"]: u for u in second["users"]}
    assert [u["login"] for u in second["users"]] == sorted(users)
    (conf,) = users["oxe70022"]["calls"]
    assert list(conf) == ["callRef", "state", "conference", "capabilities", "legs", "participants"]
    assert conf["conference"] is True
    assert conf["capabilities"] == sorted(conf["capabilities"])
    assert [p["participantId"] for p in conf["participants"]] == ["70020", "70021"]
    assert conf["participants"][0] == {"participantId": "70020", "login": "oxe70020", "phoneNumber": "70020", "type": "USER"}
    assert conf["legs"] == [{"deviceId": "70022", "state": "ACTIVE", "capabilities": ["drop"], "ringingRemote": False}]


def test_snapshot_counts_bad_lines_and_keeps_going(tmp_path):
    good = scenario_lines(1)
    bad = [b"{not json", b"[1,2]", b'{"name": "RTSM_CALL_REMOVED", "id": "oxe70020"}',
           b'{"name": "RTSM_WHATEVER", "id": "zzz"}', b"x" * (1024 * 1024 + 10)]
    lines = good[:3] + bad + good[3:] + [good[5]]  # and a stale duplicate at the end
    trace = tmp_path / "t.jsonl"
    trace.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run("snapshot", str(trace), "--at", "3", "--at", "8")
    assert code == 0
    at3, at8 = (json.loads(line) for line in out.splitlines())
    assert at3 == {**at8, "at": 3, "rejected": 0, "ignored": 0}  # bad lines changed no state
    assert (at8["rejected"], at8["ignored"]) == (4, 1)
    assert [u["login"] for u in at8["users"]] == ["oxe70020"]  # the unknown event added no user
    for n in (4, 5, 6, 8):
        assert f"line {n}:" in err
    code, out, err = run("snapshot", str(trace))
    final = json.loads(out)
    assert final["at"] == len(lines) and final["duplicates"] == 1 and final["gaps"] == 0
    assert all(u["calls"] == [] for u in final["users"])


def test_snapshot_reads_stdin_and_o2g(o2g_sample_lines):
    code, out, _ = run("snapshot", "-", "--format", "o2g", "--at", "4", stdin=b"\n".join(o2g_sample_lines))
    state = json.loads(out)
    (user,) = state["users"]
    assert user["login"] == "oxe19141" and user["state"] == "FREE"
    assert user["calls"][0]["legs"][0]["capabilities"] == ["answer"]


def test_snapshot_missing_file_is_a_one_line_error():
    code, out, err = run("snapshot", "/nonexistent/trace.jsonl")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "/nonexistent/trace.jsonl" in err


def test_snapshot_past_the_end_warns():
    code, out, err = run("snapshot", flow_path(1), "--at", "500")
    assert code == 0 and json.loads(out)["at"] == 13 and "only 13 lines" in err


def test_ladder_prints_the_seed_table(seed_text):
    flow = parse_seed(seed_text)[2]
    code, out, err = run("ladder", flow_path(3))
    assert code == 0, err
    header, rule, *rows = out.splitlines()
    assert header == "oxe70020 | oxe70022 | oxe70021 |"
    assert rule == "---|---|---|"
    columns = header.rstrip(" |").split(" | ")
    assert len(rows) == len(flow.rows)
    for row, seed_row in zip(rows, flow.rows):
        cells = [c.strip() for c in row.split(" | ")]
        cells[-1] = cells[-1].rstrip("|").strip()
        filled = [i for i, c in enumerate(cells) if c]
        assert filled == [columns.index(seed_row.event["id"])]
        if seed_row.sentence:
            assert cells[filled[0]] == seed_row.sentence


@pytest.mark.parametrize("command", ["snapshot", "ladder"])
def test_help_lists_the_options(command):
    code, out, _ = run(command, "--help")
    assert code == 0 and "--format" in out
