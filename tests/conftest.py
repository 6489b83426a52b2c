import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "resources" / "scenarios"
SHARED = Path(os.environ.get("CTI_SHARED", ROOT.parent / "shared"))  # beside the clone, as CI lays it
SEED = SHARED / "seed" / "000_98b12dc37aec99e1.txt"
O2G_SAMPLE = SHARED / "o2g" / "tutorial-incoming-call.ndjson.txt"
SETTINGS = Path(tempfile.mkdtemp(prefix="cti-test-settings-"))  # the run's QSettings live here
# The user's own folders (platformdirs on Linux), as they were before the run moved them all
# under SETTINGS: logs, the translations' cache, data and config, also for the subprocesses.
XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
USERS_XDG = {name: os.environ.get(name) for name in XDG_FOLDERS}


def isolate_qt_settings(folder: Path) -> None:
    """Every QSettings from now on reads and writes under `folder`, never the user's own
    (~/.config/CTI Monitor/): NativeFormat is what `QSettings(org, app)` (the window's) uses,
    IniFormat what an explicit format uses; both scopes, so no machine-wide file leaks in."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)  # any other Qt standard location: ~/.qttest, not the real one
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        for scope in (QSettings.UserScope, QSettings.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


def pytest_configure(config):
    # Before any test module is imported, so no QSettings can be made before it.
    isolate_qt_settings(SETTINGS)
    # Nor any call history in the user's data folder (tests that look at it set their own).
    os.environ["CTI_HISTORY_DB"] = str(SETTINGS / "history.sqlite3")
    os.environ["CTI_GROUPS_FILE"] = str(SETTINGS / "groups.json")  # nor the user's groups
    # Nor the user's logs (a command's log file), translations' cache or data, in this process
    # and the commands it starts: those went to ~/.local/state and ~/.cache.
    for name in XDG_FOLDERS:
        os.environ[name] = str(SETTINGS / name.lower())


def pytest_unconfigure(config):
    shutil.rmtree(SETTINGS, ignore_errors=True)


@pytest.fixture(autouse=True)
def _root_logging_restored():
    """A test that sets up the app's logging (desktop.logs) leaves a handler on the root
    logger writing to that test's captured stderr; later tests' warnings then fail to print
    ("I/O operation on closed file"). Take back what a test added."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def scenario_files() -> list[Path]:
    return sorted(SCENARIOS.glob("*.jsonl"))


def scenario_lines(number: int) -> list[bytes]:
    """The lines of seed flow `number` (1-based), as stored in resources/scenarios."""
    (path,) = SCENARIOS.glob(f"{number:02d}-*.jsonl")
    return path.read_bytes().splitlines()


def _shared(path: Path) -> Path:
    """CI lays shared/ beside the clone, so there a missing file is a failure; a developer's
    clone elsewhere skips these few tests, saying how to run them."""
    if not path.exists():
        why = f"this test reads the project's shared ground truth: {path} (set CTI_SHARED to the shared/ folder)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return _shared(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def o2g_sample_lines() -> list[bytes]:
    """The events of the real O2G sample (its comment lines left out)."""
    return [line for line in _shared(O2G_SAMPLE).read_bytes().splitlines() if line.startswith(b"{")]


@pytest.fixture(scope="session")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert.pem, key.pem), made with openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key
