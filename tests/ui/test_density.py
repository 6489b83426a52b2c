"""Issue 14 §1: lamp densities counted on screen at the stated window sizes, remembered; the
lamps fill the width; a live sort holds while the pointer is over the view."""

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.main_window import MainWindow
from desktop.ui.models.users_model import NAME, SINCE
from desktop.ui.widgets.lamp_grid import COMFORTABLE, COMPACT, WALL
from tests.ui.conftest import Asker
from tools.screenshots import crowd_directory


def crowd(window, count=2000):
    directory = crowd_directory(count, random.Random(14))
    window.session.directory([u.public() for u in directory.users.values()])
    window.session.flush()
    return directory


def lamps_on_screen(window) -> int:
    """Lamps wholly inside the grid's viewport."""
    presence = window.presence
    grid, proxy = presence.grid, presence.proxy
    area = grid.viewport().rect()
    return sum(area.contains(grid.visualRect(proxy.index(r, NAME))) for r in presence.visible_rows(grid))


def open_window(qtbot, size):
    window = MainWindow(my_line="oxe70020", asker=Asker())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose(qtbot, window, density):
    """From the View menu, as a user does."""
    window.density_actions[density].trigger()
    qtbot.wait(20)


def test_compact_shows_300_lamps_at_1280x800_with_the_log_dock(qtbot):
    window = open_window(qtbot, (1280, 800))
    crowd(window)
    assert window.log_dock.isVisible()
    comfortable = lamps_on_screen(window)
    choose(qtbot, window, COMPACT)
    assert lamps_on_screen(window) >= 300 > comfortable


def test_wall_shows_1000_lamps_at_1920x1080(qtbot):
    window = open_window(qtbot, (1920, 1080))
    crowd(window)
    choose(qtbot, window, WALL)
    assert lamps_on_screen(window) >= 1000


def test_lamps_fill_the_width_at_every_density(qtbot):
    window = open_window(qtbot, (1280, 800))
    crowd(window)
    grid, proxy = window.presence.grid, window.presence.proxy
    for density in (COMFORTABLE, COMPACT, WALL):
        choose(qtbot, window, density)
        first_row = [grid.visualRect(proxy.index(r, NAME)) for r in range(60)]
        top = first_row[0].top()
        right = max(r.right() for r in first_row if r.top() == top)
        band = grid.viewport().width() - right
        assert band <= grid.verticalScrollBar().sizeHint().width() + 8, (density, band)


def test_no_band_at_any_width_of_the_lamps(qtbot):
    """Swept across widths: at one where a row would end exactly at the edge, Qt wrapped it and
    left a tile-wide band (806 px at the comfortable density)."""
    window = open_window(qtbot, (1280, 800))
    crowd(window, 200)
    grid, proxy = window.presence.grid, window.presence.proxy
    for density in (COMFORTABLE, COMPACT):
        choose(qtbot, window, density)
        for width in range(700, 880, 3):
            grid.resize(width, grid.height())
            grid.doItemsLayout()
            first_row = [grid.visualRect(proxy.index(r, NAME)) for r in range(30)]
            right = max(r.right() for r in first_row if r.top() == first_row[0].top())
            # The scroll bar's room is kept, plus what dividing the width into whole tiles leaves.
            assert grid.viewport().width() - right <= grid.verticalScrollBar().sizeHint().width() + 10, (density, width)


def test_density_is_remembered_and_the_panel_box_follows(qtbot):
    window = open_window(qtbot, (1280, 800))
    choose(qtbot, window, WALL)
    assert window.presence.density_box.currentData() == WALL
    window.close()
    again = open_window(qtbot, (1280, 800))
    assert again.presence.density == WALL
    assert again.density_actions[WALL].isChecked()
    again.presence.density_box.setCurrentIndex(1)  # the panel's box: compact
    assert again.density_actions[COMPACT].isChecked()


def test_the_dense_views_leave_the_calls_panel_a_slim_column(qtbot):
    window = open_window(qtbot, (1280, 800))
    lamps, calls = window.split.sizes()
    assert lamps > calls >= 500  # comfortable: a call card's buttons fit
    assert window.split.handleWidth() >= 6
    choose(qtbot, window, COMPACT)
    lamps, calls = window.split.sizes()
    assert lamps > 3 * calls
    window.resize(1600, 800)  # a wider window: the lamps get the room
    qtbot.wait(20)
    assert window.split.sizes()[1] == calls


def test_a_live_sort_waits_while_the_pointer_is_over_the_view(qtbot, monkeypatch):
    import desktop.ui.models.users_model as users_model

    window = open_window(qtbot, (1280, 800))
    crowd(window, 40)
    users = window.session.users
    window.presence.sort_by.setCurrentIndex(window.presence.LONGEST_IN_STATE)
    assert users.sort_order() == (SINCE, Qt.DescendingOrder)
    monkeypatch.setattr(users_model, "RESORT_S", 0.0)
    grid = window.presence.grid
    QTest.mouseMove(grid.viewport(), QPoint(40, 40))
    qtbot.waitUntil(window.presence.pointer_over, timeout=2000)
    # The first user in the order changes state now: the order changes, but not under the pointer.
    users.sort(SINCE, Qt.DescendingOrder)  # the order as it stands
    before = users.logins()
    users._since[before[0]] = (users._since[before[0]][0], 10**15)  # now the newest in state
    users.tick()
    assert users.logins() == before
    QTest.mouseMove(window.statusBar(), QPoint(5, 5))
    qtbot.waitUntil(lambda: not window.presence.pointer_over(), timeout=2000)
    users.tick()
    assert users.logins() != before and users.logins()[-1] == before[0]


def test_the_list_shows_the_lamp_and_the_tooltip_the_time_in_state(qtbot):
    from desktop.ui.models.users_model import STATE

    window = open_window(qtbot, (1280, 800))
    crowd(window, 10)
    window.presence.toggle.click()
    table = window.presence.table
    index = window.presence.proxy.index(0, STATE)
    icon = index.data(Qt.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert table.visualRect(index).isValid()
    tip = window.presence.proxy.index(0, NAME).data(Qt.ToolTipRole)
    assert " for " in tip.splitlines()[0]


def test_longest_waiting_puts_the_ringing_users_first_oldest_first(qtbot):
    from desktop.simulator.engine import Engine
    from tools.screenshots import ScriptedSource

    window = open_window(qtbot, (1280, 800))
    directory = crowd_directory(30, random.Random(7))
    clock = [1_735_725_600_000]
    engine = Engine(directory, clock=lambda: clock[0])
    window.use_source(ScriptedSource(clock, 30))
    session = window.session
    session.state("connected")
    session.directory([u.public() for u in directory.users.values()])
    logins = list(directory.users)
    session.events([e for login in logins for e in engine.snapshot(login)])
    session.flush()
    called = [logins[9], logins[2], logins[25]]  # in the order they start ringing
    for caller, callee in zip(logins[26:], called):
        clock[0] += 5_000
        session.events(engine.command(caller, "makeCall", None, args={"callee": directory.users[callee].number}).events)
        session.flush()
    window.presence.sort_by.setCurrentIndex(window.presence.LONGEST_WAITING)
    proxy = window.presence.proxy
    from desktop.ui.models.users_model import LoginRole

    shown = [proxy.index(r, NAME).data(LoginRole) for r in range(5)]
    assert shown[:3] == called
    assert not window.presence.table.horizontalHeader().isSortIndicatorShown()
