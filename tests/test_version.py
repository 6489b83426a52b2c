"""One version, written in pyproject.toml, seen everywhere: --version, metadata, the source-tree fallback."""

import subprocess
import sys
import tomllib
from importlib import metadata

from desktop import version as version_module
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, timeout=60)


def test_version_is_pyprojects():
    assert version_module.version() == PYPROJECT


def test_version_switch_on_the_window_and_the_subcommand_parser():
    for args in (["--version"], ["--login", "oxe70021", "--version"]):
        proc = cli(*args)
        assert (proc.returncode, proc.stdout.strip()) == (0, f"cti-monitor {PYPROJECT}")


def test_without_metadata_the_source_tree_pyproject_answers(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version_module.metadata, "version", missing)
    version_module.version.cache_clear()
    try:
        assert version_module.version() == PYPROJECT
    finally:
        version_module.version.cache_clear()
