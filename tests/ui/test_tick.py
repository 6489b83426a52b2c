"""The once-a-second time-in-state refresh signals the users on screen, not all of them."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.models.users_model import NAME, SINCE, LoginRole
from tests.ui.helpers import feed

USERS = 2000


@pytest.fixture
def crowded(window):
    window.session.directory(
        [{"login": f"u{i:05d}", "number": str(100000 + i), "lastName": f"Last{i:05d}"} for i in range(USERS)]
    )
    window.session.flush()
    window.session._second.stop()  # the test ticks by hand
    window.show()
    QApplication.processEvents()
    signalled = []
    window.session.users.dataChanged.connect(
        lambda first, last, roles=(): signalled.extend(range(first.row(), last.row() + 1))
    )
    return window, signalled


def on_screen_in_table(window) -> set[int]:
    """Independently of the code under test: every row the table paints, asked pixel row by row."""
    table, proxy = window.presence.table, window.presence.proxy
    rows = {table.rowAt(y) for y in range(table.viewport().height())} - {-1}
    return {proxy.mapToSource(proxy.index(r, 0)).row() for r in rows}


def test_list_tick_signals_exactly_the_rows_on_screen(crowded):
    window, signalled = crowded
    window.presence.toggle.setChecked(True)
    table = window.presence.table
    table.sortByColumn(NAME, Qt.DescendingOrder)  # screen order is not the model's order
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    QApplication.processEvents()
    window.session.users.tick()
    on_screen = on_screen_in_table(window)
    assert 5 < len(on_screen) < 100
    assert set(signalled) == on_screen  # not the 2,000, and not some other slice


def test_lamp_tick_signals_only_visible_lamps(crowded):
    window, signalled = crowded
    grid = window.presence.grid
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum() // 3)
    QApplication.processEvents()
    window.session.users.tick()
    assert 0 < len(signalled) < 300
    viewport = grid.viewport().rect()
    proxy = window.presence.proxy
    for row in signalled:
        rect = grid.visualRect(proxy.mapFromSource(window.session.users.index(row, NAME)))
        assert rect.intersects(viewport)
    top = grid.indexAt(viewport.topLeft() + QPoint(10, 10))
    assert proxy.mapToSource(top).row() in signalled


def test_nothing_on_screen_nothing_signalled(crowded):
    window, signalled = crowded
    window.hide()
    window.session.users.tick()
    assert signalled == []


def test_the_time_column_reads_the_clock_when_painted(crowded):
    window, _ = crowded
    users = window.session.users
    now = [users._clock()]
    users._clock = lambda: now[0]
    before = users.index(0, SINCE).data()
    now[0] += 65_000
    assert users.index(0, SINCE).data() != before and users.index(0, SINCE).data().startswith("1:0")


def test_blinking_repaints_only_ringing_lamps(window, monkeypatch):
    feed(window, 1, 5)  # oxe70021 rings, oxe70020 rings remotely (dialing lamp, no blink)
    window.show()
    QApplication.processEvents()
    grid = window.presence.grid
    repainted = []
    monkeypatch.setattr(grid, "update", lambda index: repainted.append(index.data(LoginRole)))
    monkeypatch.setattr(grid.viewport(), "update", lambda *a: repainted.append("everything"))
    window.presence.delegate._blink()
    assert repainted == ["oxe70021"]
