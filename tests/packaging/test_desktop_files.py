"""packaging/linux: the launcher and AppStream metainfo pass Debian's validators and agree with
the code (application id, icon name, version)."""

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from desktop.version import APP_ID
from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def validator(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install {package}); .ci/run installs it")
    return path


def test_desktop_file_validate():
    proc = subprocess.run([validator("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_appstreamcli_validate():
    proc = subprocess.run([validator("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_launcher_names_the_app_its_icon_and_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert (d["Name"], d["Icon"], d["Exec"], d["Type"]) == ("CTI Monitor", APP_ID, "cti-monitor", "Application")


def test_metainfo_agrees_with_pyproject_and_the_launcher():
    root = ET.parse(METAINFO).getroot()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == version, "add a <release> for pyproject's version"
