"""The window's command line: what it hands desktop/ui/run.py, and bad options as exit 2."""

from desktop import logs
from desktop.app.sources import SourceOptions
from desktop.cli import window
from desktop.ui import run


def test_the_window_gets_the_source_options_and_play(monkeypatch):
    seen = []
    monkeypatch.setattr(logs, "setup", lambda *a, **k: None)
    monkeypatch.setattr(run, "run", lambda options, log_path, **kw: seen.append((options, kw["play"])) or 0)
    monkeypatch.setenv("CTI_TOKEN", "from-env")
    assert window.main(["--replay", "t.jsonl", "--play", "--login", "oxe70021", "--connect", "ws://h:1"]) == 0
    ((options, play),) = seen
    assert play is True
    assert options == SourceOptions(replay="t.jsonl", connect="ws://h:1", token="from-env", my_line="oxe70021")


def test_a_bad_option_is_one_line_and_exit_status_2(monkeypatch, capsys):
    monkeypatch.setattr(logs, "setup", lambda *a, **k: None)
    monkeypatch.setattr(run, "run", lambda *a, **k: 0)
    assert window.main(["--o2g", "https://gw", "--monitor-file", "/nowhere/logins"]) == 2
    assert capsys.readouterr().err == "cti-monitor: cannot read --monitor-file /nowhere/logins: No such file or directory\n"
