"""`make bench-gui` works: a brief run (small N, a few seconds) prints its JSON contract with
figures that come from a real window, not placeholders. The targets themselves are met in the
benchmark, not here."""

import json
import subprocess
import sys

from desktop.cli.bench_gui import compile_package
from desktop.ui.bench_window import percentile

KEYS = ["users", "events_per_s", "full_state_s", "bare_full_state_s", "full_state_ratio", "rss_mib",
        "bare_rss_mib", "loop_lag_ms_p99", "loop_lag_ms_max", "screen_ms_p50", "screen_ms_p99", "cpu_share"]


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile([5.0], 99) == 5.0
    assert percentile([], 99) is None


def test_the_package_is_compiled_as_an_install_would_even_where_bytecode_is_not_written(tmp_path, monkeypatch):
    # The measuring machine sets PYTHONDONTWRITEBYTECODE: the children would compile at each start.
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "mod.py").write_text("VALUE = 1\n")
    assert compile_package(tmp_path)
    assert list((tmp_path / "inner" / "__pycache__").glob("mod.*.pyc"))


def test_a_brief_run_prints_every_figure():
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.bench_gui", "--users", "200", "--rate", "300", "--warmup", "1", "--seconds", "3"],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(result) == KEYS
    assert result["users"] == 200
    assert result["events_per_s"] > 0  # traffic reached the window
    assert 0 < result["bare_full_state_s"] and 0 < result["full_state_s"] < 60
    assert abs(result["full_state_ratio"] - result["full_state_s"] / result["bare_full_state_s"]) < 0.05 * result["full_state_ratio"]
    assert result["rss_mib"] > result["bare_rss_mib"] > 10  # the real window holds more than a bare one
    assert result["screen_ms_p99"] >= result["screen_ms_p50"] > 0  # on-screen events were painted
    assert 0 < result["cpu_share"] < 2.0
    assert "start-up: window shown" in done.stderr


def test_the_o2g_mode_counts_the_requests_of_the_full_state():
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.bench_gui", "--o2g", "--users", "100", "--rate", "100", "--warmup", "0.5",
         "--seconds", "1", "--rounds", "1"],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(result) == KEYS + ["o2g", "rest_requests", "bare_o2g_full_state_s"]
    assert result["o2g"] is True and result["rest_requests"] >= 3  # at least a login, a subscription, a snapshot
    assert 0 < result["full_state_s"] < 60
    assert 0 < result["bare_o2g_full_state_s"] < 60
    assert "bare O2G client" in done.stderr
    assert "CTI_BENCH_O2G_PASSWORD" not in " ".join(done.args)
