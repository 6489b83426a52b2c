"""Issue 14, what last session's screenshots showed: at the compact and wall densities the slim
calls panel cut its cards at the right, the ring banner covered the presence panel's legend
(and what lies under a banner could not be reached), compact tiles cut names at ~8 characters.
The window as a user has it: 400 users, my line ringing (the banner shows), the selected user
with a held call and a consultation (the widest cards)."""

import random

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.simulator.engine import Engine
from desktop.ui.main_window import MainWindow
from desktop.ui.models.users_model import NAME
from desktop.ui.widgets.lamp_grid import COMPACT, WALL, short_name
from tests.ui.conftest import Asker
from tools.screenshots import ScriptedSource, crowd_directory

SIZES = {COMPACT: (1280, 800), WALL: (1920, 1080)}


def busy_window(qtbot, density):
    directory = crowd_directory(400, random.Random(12))
    logins = list(directory.users)
    me, chosen = logins[0], logins[1]
    window = MainWindow(my_line=me, asker=Asker())
    qtbot.addWidget(window)
    window.resize(*SIZES[density])
    window.show()
    qtbot.waitExposed(window)
    window.density_actions[density].trigger()
    clock = [1_735_725_600_000]
    engine = Engine(directory, clock=lambda: clock[0])
    window.use_source(ScriptedSource(clock, 400))
    session = window.session
    session.state("connected")
    session.directory([u.public() for u in directory.users.values()])
    session.events([e for login in logins for e in engine.snapshot(login)])

    def run(login, action, ref=None, **args):
        result = engine.command(login, action, ref, args=args or None)
        session.events(result.events)
        return result.result.get("callRef")

    number = lambda login: directory.users[login].number
    held = run(chosen, "makeCall", callee=number(logins[2]))
    run(logins[2], "answer", held)
    consult = run(chosen, "makeCall", callee=number(logins[3]))
    run(logins[3], "answer", consult)
    run(logins[4], "makeCall", callee=number(me))  # my line rings: the banner shows
    session.flush()
    window.presence.select(chosen)
    for _ in range(3):
        QApplication.processEvents()
    assert window.ring.banner.isVisible()
    return window


def in_central(window, widget, rect=None) -> QRect:
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(window.centralWidget(), rect.topLeft()), rect.size())


@pytest.mark.parametrize("density", [COMPACT, WALL])
def test_the_slim_calls_panel_fits_its_cards(qtbot, density):
    window = busy_window(qtbot, density)
    area = window.calls.scroll_area
    viewport = area.viewport()
    page = area.widget()
    assert len(window.calls.cards) >= 3  # my ringing call, their held call and consultation
    assert page.width() <= viewport.width()
    assert not area.horizontalScrollBar().isVisible()
    buttons = [b for card in window.calls.cards for b in card.slots.values()]
    buttons += [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert any(b.objectName() == "cap_terminate" for b in buttons)  # the widest row: End call for all
    for widget in buttons + window.calls.cards:
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        assert right <= viewport.width(), (widget.objectName(), widget.text() if hasattr(widget, "text") else "", right, viewport.width())


@pytest.mark.parametrize("density", [COMPACT, WALL])
def test_the_ring_banner_covers_no_legend_and_hides_nothing_for_good(qtbot, density):
    window = busy_window(qtbot, density)
    covered = window.banners.covered
    assert not covered.isEmpty()
    banner = in_central(window, window.ring.banner)
    presence = window.presence
    for label in [presence.count] + [w for w in presence.findChildren(type(presence.count)) if w.isVisible() and not w.text() == ""]:
        assert not in_central(window, label).intersects(banner), label.text()
    # The lamps' end and the calls' end scroll out from under the banner.
    grid = presence.grid
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    QApplication.processEvents()
    last = presence.proxy.index(presence.proxy.rowCount() - 1, NAME)
    assert in_central(window, grid.viewport(), grid.visualRect(last)).bottom() < banner.top()
    area = window.calls.scroll_area
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    QApplication.processEvents()
    card = window.calls.cards[-1]
    assert in_central(window, card).bottom() < banner.top()
    # Once the banner goes, the room is given back.
    window.ring.banner.hide()
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.banners.covered.isEmpty() and grid.viewportMargins().bottom() == 0 == area.viewportMargins().bottom()


def test_compact_names_keep_the_last_name_whole_and_the_first_name_as_far_as_fits(qapp):
    from PySide6.QtGui import QFont

    fm = QFontMetrics(QFont())
    width = fm.horizontalAdvance("Anne-S… Bauer")
    assert short_name("Bo Li", fm, width) == "Bo Li"
    anne, anna = short_name("Anne-Sophie Bauer", fm, width), short_name("Anna Bauer", fm, width)
    assert anne.endswith(" Bauer") and anne.startswith("Anne") and "…" in anne
    assert anna == "Anna Bauer"  # fits whole
    # Neighbours in a by-name order, once told apart only by what was cut off, read apart.
    assert short_name("Anne-Sophie Weber", fm, width) != anne
    long = short_name("Amara Van der Westhuizen", fm, width)
    assert fm.horizontalAdvance(long) <= width and long.startswith("A") and long.endswith("n")


def test_compact_tiles_show_more_than_eight_characters_of_a_name(qtbot):
    window = busy_window(qtbot, COMPACT)
    tile = window.presence.grid.itemDelegate().tile
    room = tile.width() - 17  # the lamp and the margins
    assert window.presence.grid.fontMetrics().horizontalAdvance("Anna Bauer") <= room
