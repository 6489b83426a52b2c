"""`cti-monitor install-desktop`: launcher, icon and metainfo where desktops look, Exec pointing here."""

import shutil
import subprocess
import sys

import pytest

from desktop.cli import install_desktop as inst
from desktop.version import APP_ID


@pytest.mark.parametrize("arg,quoted", [
    ("/opt/cti/cti-monitor", "/opt/cti/cti-monitor"),
    ("/home/ann/My Apps/cti-monitor", '"/home/ann/My Apps/cti-monitor"'),
    ('/weird/"$x`\\', '"/weird/\\"\\$x\\`\\\\"'),
    ("/100%/cti", "/100%%/cti"),
])
def test_exec_quoting_follows_the_desktop_entry_spec(arg, quoted):
    assert inst.exec_quote(arg) == quoted


def test_install_and_uninstall(tmp_path):
    command = [str(tmp_path / "My Apps" / "cti-monitor")]
    paths = inst.install(tmp_path / "share", command)
    assert paths["desktop"] == tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert paths["icon"].read_bytes() == (inst.resources.icon_path("app")).read_bytes()
    assert paths["metainfo"].read_text().count(f"<id>{APP_ID}</id>") == 1
    lines = paths["desktop"].read_text().splitlines()
    assert [line for line in lines if line.startswith("Exec=")] == [f'Exec="{command[0]}"']
    assert f"Icon={APP_ID}" in lines
    if shutil.which("desktop-file-validate"):  # the quoting above must be valid, not only as we read it
        proc = subprocess.run(["desktop-file-validate", str(paths["desktop"])], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout
    removed = inst.uninstall(tmp_path / "share")
    assert sorted(removed) == sorted(paths.values()) and not any(p.exists() for p in paths.values())


def test_the_command_from_a_checkout_runs_this_interpreter(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "desktop.cli", "install-desktop"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    launcher = (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={sys.executable} -m desktop.cli" in launcher
