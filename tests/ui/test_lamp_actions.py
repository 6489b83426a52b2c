"""Issue 14 §2 (first part): double-click or Enter on a lamp acts from my line, against the real
simulator: it calls them while my line has no answered call, else transfers my call to them."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import lamp, until
from tests.ui.live import Live, open_window, record_commands


@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def lamp_rect(window, login):
    presence = window.presence
    index = presence._index_of(login)
    presence.grid.scrollTo(index)
    return presence.grid.visualRect(index)


def test_enter_on_a_lamp_calls_them_from_my_line(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)  # my line oxe70021, idle
    sent = record_commands(source)
    grid = window.presence.grid
    QTest.mouseClick(grid.viewport(), Qt.LeftButton, Qt.NoModifier, lamp_rect(window, "oxe70022").center())
    assert window.presence.current_login() == "oxe70022"
    QTest.keyClick(grid, Qt.Key_Return)
    run(aloop, lambda: lamp(window, "oxe70022") == "ringing")
    assert [(login, action) for login, action, _ in sent] == [("oxe70021", "makeCall")]
    aloop.run_until_complete(source.stop())


def test_double_click_on_a_lamp_transfers_my_answered_call_there(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    live.act("oxe70020", "makeCall", callee="70021")
    live.act("oxe70021", "answer", live.ref_of("oxe70021"))
    run(aloop, lambda: lamp(window, "oxe70021") == "talking")
    sent = record_commands(source)
    # The test asker picks the first choice offered: the blind transfer.
    # A double click as the mouse gives it: a click, then the second press (Qt's double click).
    where = lamp_rect(window, "oxe70022").center()
    QTest.mouseClick(window.presence.grid.viewport(), Qt.LeftButton, Qt.NoModifier, where)
    QTest.mouseDClick(window.presence.grid.viewport(), Qt.LeftButton, Qt.NoModifier, where)
    run(aloop, lambda: lamp(window, "oxe70022") == "ringing")
    assert [(login, action) for login, action, _ in sent] == [("oxe70021", "blindTransfer")]
    assert not live.engine.calls_of("oxe70021")  # my line is free again
    aloop.run_until_complete(source.stop())


def test_help_lists_the_keyboard_shortcuts(window, qtbot):
    (help_menu,) = [m.menu() for m in window.menuBar().actions() if m.text() == "&Help"]
    (action,) = [a for a in help_menu.actions() if "Keyboard" in a.text()]
    action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    text = box.text()
    assert "Ctrl+Shift+A" in text and "Enter, double click" in text and "Arrows" in text
