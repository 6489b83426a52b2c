"""Keyboard shortcuts act on my line's calls only (issue 10, item 2): keys pressed on the real
window, against the real simulator."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import buttons_of, cards_of, lamp, settle, until, pause
from tests.ui.live import Live, open_window, record_commands

HANG_UP = (Qt.Key_H, Qt.ControlModifier | Qt.ShiftModifier)


@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def keys(window, key, modifiers):
    window.activateWindow()
    QTest.keyClick(window, key, modifiers)


def test_hang_up_shortcut_never_touches_a_colleagues_call(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line="oxe70021")
    qtbot.waitActive(window)
    live.act("oxe70020", "makeCall", callee="70022")
    live.act("oxe70022", "answer", live.ref_of("oxe70022"))
    window.presence.select("oxe70022")  # my line idle, a colleague talking and selected
    run(aloop, lambda: "drop" in buttons_of(window, "oxe70022"))
    settle(aloop, window)
    sent = record_commands(source)
    keys(window, *HANG_UP)
    pause(aloop, 0.3)
    assert sent == []
    assert live.engine.calls_of("oxe70022") and lamp(window, "oxe70022") == "talking"
    (card,) = cards_of(window, "oxe70022")
    assert card.buttons["drop"].shortcut().isEmpty()
    assert "my line only" in card.buttons["drop"].toolTip()

    # the same keys with a call on my line hang up my line's call, not the colleague's
    live.act("oxe70020", "makeCall", callee="70021")  # oxe70020 consults my line
    live.act("oxe70021", "answer", live.ref_of("oxe70021"))
    run(aloop, lambda: "drop" in buttons_of(window, "oxe70021"))
    settle(aloop, window)
    (mine,) = cards_of(window, "oxe70021")
    assert "Ctrl+Shift+H" in mine.buttons["drop"].toolTip()
    keys(window, *HANG_UP)
    run(aloop, lambda: not live.engine.calls_of("oxe70021"))
    assert [(login, action) for login, action, _ in sent] == [("oxe70021", "drop")]
    assert live.engine.calls_of("oxe70022")
    aloop.run_until_complete(source.stop())


def test_ctrl_shift_n_calls_the_number_in_my_lines_box(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line="oxe70021")
    qtbot.waitActive(window)
    window.presence.select("oxe70022")  # a colleague's box is shown too, but gets no shortcut
    run(aloop, lambda: ("oxe70022", "70022", "makeCall") in window.calls.device_buttons)
    assert window.calls.device_buttons[("oxe70022", "70022", "makeCall")].shortcut().isEmpty()
    window.calls.device_boxes[("oxe70021", "70021")].setText("70020")
    settle(aloop, window)
    sent = record_commands(source)
    keys(window, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    run(aloop, lambda: live.engine.calls_of("oxe70020"))
    assert [(login, action) for login, action, _ in sent] == [("oxe70021", "makeCall")]
    aloop.run_until_complete(source.stop())
