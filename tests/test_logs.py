"""The log: in the platform's folder, rotated, debug only with --verbose, and never a secret."""

import logging
import subprocess
import sys

import pytest

from desktop import logs
from tests.conftest import SCENARIOS


@pytest.fixture
def state_home(tmp_path, monkeypatch):
    """platformdirs puts Linux logs under $XDG_STATE_HOME: point it at a temporary folder."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the log folder is located through XDG_STATE_HOME on Linux only")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    level, levels = root.level, {n: logging.getLogger(n).level for n in logs.QUIET}
    yield tmp_path / "state"
    logs.shutdown()
    root.setLevel(level)
    for name, lvl in levels.items():
        logging.getLogger(name).setLevel(lvl)


def test_log_file_in_the_platform_folder_with_debug_only_when_verbose(state_home):
    path = logs.setup("cti-test")
    assert path == state_home / "cti-monitor" / "log" / "cti-test.log" == logs.current_file()
    logging.getLogger("cti.x").debug("hidden detail")
    logging.getLogger("cti.x").info("visible fact")
    logs.setup("cti-test", verbose=True)
    logging.getLogger("cti.x").debug("verbose detail")
    logs.shutdown()
    text = path.read_text()
    assert "visible fact" in text and "verbose detail" in text and "hidden detail" not in text
    assert text.count("(cti-test), Python") == 2  # a banner per start, naming the program


def test_log_rotates_and_keeps_a_bounded_number_of_files(state_home, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup("cti-rotate")
    for i in range(500):
        logging.getLogger("cti.x").info("line %d of filler text to fill the file", i)
    logs.shutdown()
    files = sorted(path.parent.glob("cti-rotate.log*"))
    assert len(files) == logs.BACKUPS + 1
    assert all(f.stat().st_size <= 2_200 for f in files)
    assert "line 499" in path.read_text()


SECRETS = [
    ("connecting to ws://pbx:8765/?token=S3cr3tT0k3n&x=1", "S3cr3tT0k3n"),
    ('hello {"token": "S3cr3tT0k3n", "login": "oxe70020"}', "S3cr3tT0k3n"),
    ("> Authorization: Bearer S3cr3tT0k3n", "S3cr3tT0k3n"),
    ("argv: cti-monitor --connect wss://h --token S3cr3tT0k3n", "S3cr3tT0k3n"),
    ("login failed: password=hunter2hunter2", "hunter2hunter2"),
    ("proxy wss://admin:hunter2hunter2@pbx.example:443/", "hunter2hunter2"),
]


@pytest.mark.parametrize("message,secret", SECRETS)
def test_redact_masks_secrets_but_keeps_the_rest(message, secret):
    out = logs.redact(message)
    assert secret not in out and "***" in out
    assert out.split()[0] == message.split()[0]  # the sentence survives


def test_no_secret_reaches_the_file_or_stderr_even_in_a_traceback(state_home, capsys):
    path = logs.setup("cti-secret", verbose=True)
    log = logging.getLogger("cti.x")
    for message, _ in SECRETS:
        log.info(message)
    try:
        raise ValueError("refused ws://pbx/?token=S3cr3tT0k3n")
    except ValueError:
        log.exception("while connecting")
    # websockets logs every handshake header at debug level: kept quiet even with --verbose
    logging.getLogger("websockets.client").debug("> Authorization: Basic YWRtaW46aHVudGVyMg==")
    logs.shutdown()
    text, err = path.read_text(), capsys.readouterr().err
    for _, secret in SECRETS:
        assert secret not in text and secret not in err
    assert "YWRtaW46aHVudGVyMg" not in text and "ValueError" in text and "while connecting" in err


def test_an_unwritable_log_folder_falls_back_to_stderr(state_home, capsys):
    state_home.parent.mkdir(parents=True, exist_ok=True)
    state_home.write_text("a file where the folder should be")
    assert logs.setup("cti-nowhere") is None
    logging.getLogger("cti.x").warning("still told")
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "still told" in err


def run_cli(*args, env_home):
    env = {"PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(env_home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=60, env=env)


def test_subcommands_log_to_their_own_file_and_stay_quiet_on_stderr(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_STATE_HOME locates the log on Linux only")
    trace = str(next(SCENARIOS.glob("01-*.jsonl")))
    quiet = run_cli("snapshot", trace, env_home=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""  # scripts pipe stdout and read stderr
    verbose = run_cli("snapshot", trace, "--verbose", env_home=tmp_path)
    assert verbose.returncode == 0 and verbose.stdout == quiet.stdout
    log = tmp_path / "cti-monitor" / "log" / "cti-monitor-snapshot.log"
    assert log.read_text().count("(cti-monitor-snapshot)") == 2


def test_a_crashing_subcommand_leaves_its_traceback_in_the_log(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_STATE_HOME locates the log on Linux only")
    # a directory is not a trace: reading it raises IsADirectoryError, an OSError the command reports...
    proc = run_cli("ladder", str(tmp_path), env_home=tmp_path / "state")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    # ...whereas a bug is logged with its traceback, on stderr and in the file
    code = (
        "import sys; from desktop import cli; from desktop.cli import ladder\n"
        "def boom(args): raise RuntimeError('bug with token=S3cr3tT0k3n')\n"
        "ladder.run_ladder = boom\n"
        "orig = ladder.register\n"
        "def register(sub):\n"
        "    orig(sub); sub.choices['ladder'].set_defaults(handler=boom)\n"
        "ladder.register = register\n"
        "sys.exit(cli.main(['ladder', 'x']))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path / "state")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 1
    text = (tmp_path / "state" / "cti-monitor" / "log" / "cti-monitor-ladder.log").read_text()
    for out in (proc.stderr, text):
        assert "RuntimeError: bug with token=***" in out and "Traceback" in out and "S3cr3tT0k3n" not in out
