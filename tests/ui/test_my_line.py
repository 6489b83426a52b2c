"""Line > Set my line warns about a login the directory does not have, and changes nothing
unless the user confirms."""

from desktop.ui.main_window import MainWindow, settings
from tests.ui.conftest import Asker, replay


def set_my_line_action(window):
    (menu,) = [m.menu() for m in window.menuBar().actions() if m.text() == "&Line"]
    (action,) = [a for a in menu.actions() if a.text().startswith("Set &my line")]
    return action


def test_a_login_not_in_the_directory_needs_confirming(qtbot):
    asker = Asker(typed="oxe7002")  # a typo for oxe70020
    window = MainWindow(my_line="oxe70021", asker=asker)
    qtbot.addWidget(window)
    replay(window, 1).seek(6)
    window.session.flush()
    set_my_line_action(window).trigger()
    assert asker.confirmations and "not in the directory" in asker.confirmations[0]
    assert window.calls.my_line == "oxe70021" and "unchanged" in window.statusBar().currentMessage()

    asker._confirm = True  # the user means it
    set_my_line_action(window).trigger()
    assert window.calls.my_line == "oxe7002" and settings().value("myLine") == "oxe7002"

    asker._typed, asker.confirmations = "oxe70020", []  # a known login: no question asked
    set_my_line_action(window).trigger()
    assert window.calls.my_line == "oxe70020" and asker.confirmations == []
