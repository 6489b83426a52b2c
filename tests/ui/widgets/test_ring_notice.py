"""A call ringing on my line is announced once; ringing elsewhere is not."""

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.ui.main_window import MainWindow
from tests.conftest import scenario_lines
from tests.ui.conftest import Asker, replay
from tests.ui.helpers import goto


def one_frame_per_event(window, lines):
    for line in lines:
        window.session.events([line])
        window.session.flush()


@pytest.fixture
def notices(window):
    got = []
    window.ring.watcher.rang.connect(lambda ref, title, text: got.append((ref, title, text)))
    return got


def test_ringing_on_my_line_is_announced_once_and_elsewhere_never(window, notices):
    window.set_my_line("oxe70022")
    lines = scenario_lines(3)  # oxe70022 rings for three events, later oxe70021 rings too
    one_frame_per_event(window, lines[:5])
    assert len(notices) == 1
    ref, title, text = notices[0]
    assert ref == "cce729570a010100" and title == "Incoming call" and "70020" in text
    assert window.ring.banner.isVisibleTo(window) and "70020" in window.ring.banner.text.text()  # no tray offscreen

    one_frame_per_event(window, lines[5:6])  # answered: the banner goes, nothing new is said
    assert not window.ring.banner.isVisibleTo(window)
    one_frame_per_event(window, lines[6:])  # includes oxe70021 ringing: not my line
    assert len(notices) == 1


def test_each_new_ringing_call_once_even_after_seeking_back(window, notices):
    window.set_my_line("oxe70021")
    source = replay(window, 2)  # a call rings, later a second one waits while the first is active
    for position in range(1, len(source.cursor) + 1):
        goto(window, source, position)
    assert [n[0] for n in notices] == ["e4a82857df000100", "eea82857e0000100"]
    goto(window, source, 5)  # seek back to the first ring: already announced
    goto(window, source, 17)
    assert len(notices) == 2


def test_tray_message_where_the_platform_has_a_tray(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append((title, text)))
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    assert window.ring.tray is not None
    one_frame_per_event(window, scenario_lines(1)[:6])
    assert len(shown) == 1 and "70020" in shown[0][1]
    assert not window.ring.banner.isVisibleTo(window)  # one notice, not two


def test_the_banner_lies_over_the_content_and_moves_nothing(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.set_my_line("oxe70022")
    lines = scenario_lines(3)
    one_frame_per_event(window, lines[:2])
    QApplication.processEvents()
    where = lambda w: (w.mapTo(window, w.rect().topLeft()), w.size())
    before = [where(w) for w in (window.presence.search, window.presence.grid, window.calls, window.split)]
    one_frame_per_event(window, lines[2:5])  # oxe70022 rings: the banner shows
    QApplication.processEvents()
    banner = window.ring.banner
    assert banner.isVisible() and banner.height() > 0
    assert banner.text.height() >= banner.text.sizeHint().height()  # its words laid out, readable
    assert [where(w) for w in (window.presence.search, window.presence.grid, window.calls, window.split)] == before
    assert banner.mapTo(window, banner.rect().bottomLeft()).y() <= window.centralWidget().geometry().bottom()
