"""`pip install .` gives a working cti-monitor that finds its resources in the package, not in a
source tree: build the wheel from a copy of the sources, install it into a fresh venv, use it.

The fresh venv sees the third-party packages of the running one (PySide6 is 230 MB: copying it
would take longer than the rest of the test) through a folder of links that leaves out this
project's own package, so only the wheel can provide `desktop`.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import venv
import zipfile
from pathlib import Path

import pytest

from desktop.version import APP_ID
from tests.conftest import ROOT, SCENARIOS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links and bin/ layout: POSIX only")

SOURCES = ["pyproject.toml", "setup.py", "README.md", "desktop", "resources", "packaging/linux"]
OWN = ("desktop", "cti_monitor", "__editable__", "_cti_monitor", "__pycache__")


def sh(*cmd, **kw):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=180, **kw)
    assert proc.returncode == 0, f"{cmd}: {proc.stdout[-2000:]}{proc.stderr[-2000:]}"
    return proc


@pytest.fixture(scope="module")
def install(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    sh(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check", "-w", tmp / "dist", src)
    (wheel,) = (tmp / "dist").glob("cti_monitor-*.whl")

    # Third-party packages of this venv, seen through links, without this project's own files.
    deps = tmp / "deps"
    deps.mkdir()
    outer = Path(sysconfig.get_paths()["purelib"])
    for entry in outer.iterdir():
        if not entry.name.startswith(OWN) and entry.suffix != ".pth":
            (deps / entry.name).symlink_to(entry)
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = Path(sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (purelib / "deps.pth").write_text(f"{deps}\n")
    sh(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--disable-pip-version-check", wheel)
    home = tmp / "home"
    env = {"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin", "HOME": str(home), "XDG_STATE_HOME": str(home / "state"),
           "XDG_DATA_HOME": str(home / "share"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return {"wheel": wheel, "venv": env_dir, "purelib": purelib, "exe": env_dir / "bin" / "cti-monitor",
            "env": env, "home": home, "cwd": tmp}


def run(install, *args):
    return sh(install["exe"], *args, env=install["env"], cwd=install["cwd"])


def test_the_wheel_carries_the_package_and_its_resources(install):
    names = set(zipfile.ZipFile(install["wheel"]).namelist())
    packages = {str(p.parent.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("__init__.py")}
    assert {f"{p}/__init__.py" for p in packages} <= names, "a subpackage is missing from setup.py's list"
    shipped = {f"desktop/share/{p.relative_to(ROOT / 'resources')}" for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert shipped <= names
    assert {f"desktop/share/linux/{APP_ID}.desktop", f"desktop/share/linux/{APP_ID}.metainfo.xml"} <= names
    assert not any(n.startswith(("tests/", "resources/", "packaging/")) for n in names)


def test_installed_command_uses_the_packaged_resources(install):
    import json

    facts = json.loads(run(install, "about", "--check-icons").stdout)
    assert Path(facts["package"]).is_relative_to(install["purelib"])
    assert Path(facts["resources"]) == install["purelib"] / "desktop" / "share"
    assert facts["scenarios"] == sorted(p.name for p in SCENARIOS.glob("*.jsonl"))
    assert facts["icons"] and all(facts["painted_pixels"].values())
    assert run(install, "--version").stdout.strip() == f"cti-monitor {facts['version']}"


def test_installed_snapshot_matches_the_source_tree(install):
    packaged = install["purelib"] / "desktop" / "share" / "scenarios" / "04-conference-party-leaves.jsonl"
    out = run(install, "snapshot", packaged, "--at", "20").stdout
    here = sh(sys.executable, "-m", "desktop.cli", "snapshot", SCENARIOS / packaged.name, "--at", "20").stdout
    assert out == here and '"conference":true' in out


def test_installed_window_starts_offscreen_on_the_simulator(install):
    log = install["home"] / "state" / "cti-monitor" / "log" / "cti-monitor.log"
    proc = subprocess.Popen([install["exe"]], env=install["env"], cwd=install["cwd"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 20
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if log.is_file() and "connected (1 now)" in log.read_text():
                break
            time.sleep(0.2)
        alive = proc.poll() is None
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=20)
    assert alive, output
    assert "connected (1 now)" in log.read_text()
    assert "Traceback" not in output + log.read_text()


def test_installed_install_desktop_points_at_the_venvs_command(install):
    run(install, "install-desktop")
    launcher = install["home"] / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={install['exe']}" in launcher.read_text().splitlines()
    assert (install["home"] / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
