"""Help > About: version from pyproject, the source in use (secrets masked), where the log is."""

import tomllib

from desktop.ui.dialogs.about_dialog import build_about
from tests.conftest import ROOT


def pyproject_version():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_about_names_version_source_and_log(qapp):
    box = build_about(None, "wss://pbx:8765/?token=S3cr3tT0k3n")
    text = box.text()
    assert f"CTI Monitor {pyproject_version()}" in text
    assert "wss://pbx:8765/?token=***" in text and "S3cr3tT0k3n" not in text
    assert "Log file" in text and "Resources" in text
    assert not box.iconPixmap().isNull()


def test_help_menu_opens_about_on_the_current_source(window):
    from tests.ui.conftest import replay

    replay(window, 1)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    (about,) = [a for a in menus["Help"].actions() if "About" in a.text()]
    box = window.show_about()
    try:
        assert "replay flow 1" in box.text()
        assert box.isVisible() and box.windowTitle() == "About CTI Monitor"
    finally:
        box.close()
    assert about.isEnabled()
