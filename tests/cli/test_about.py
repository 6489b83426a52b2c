"""`cti-monitor about`: the facts name the package itself and its resources."""

from pathlib import Path

import desktop
from desktop.cli.about import facts


def test_facts_name_the_desktop_package_and_its_icons():
    out = facts()
    assert Path(out["package"]) == Path(desktop.__file__).resolve().parent
    assert "app" in out["icons"] and out["scenarios"]
