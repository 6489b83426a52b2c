"""Forward, DND and link state in the window, against the real simulator on a loopback port:
the lamps' marks, the drop target saying where a call will land, the card's routing editor
reaching the engine, and the PBX link's loss raising the banner."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.protocol.routing import Route
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from desktop.ui.models.call_drag import call_mime
from desktop.ui.models.users_model import StaleRole
from tests.ui.helpers import cards_of, click_at, lamp, pause, settle, until
from tests.ui.live import Live, open_window
from tests.ui.test_drag_drop import _hover, lamp_index

A, B, C, D = "oxe70020", "oxe70021", "oxe70022", "oxe71000"


@pytest.fixture
def live(aloop):
    sim = Live(aloop, engine=Engine(seed_directory(1), clock=wall_clock_ms))
    yield sim
    sim.close()


@pytest.fixture
def window(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=B)
    yield window
    aloop.run_until_complete(source.stop())


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def tooltip(window, login):
    users = window.session.users
    return users.index(users.row_of(login), 0).data(Qt.ToolTipRole)


def dark_pixels_at_mark(window, login, corner):
    """Near-black pixels where the lamp's routing mark goes (top right: forward; bottom right:
    DND). The lamp's own colours and the tile's white have none there."""
    grid = window.presence.grid
    tile = grid.visualRect(lamp_index(window, login)).adjusted(2, 2, -2, -2)
    top = tile.top() + (tile.height() - 18) / 2
    right = tile.left() + 6 + 18
    y = top if corner == "top" else top + 18
    image = grid.viewport().grab().toImage()
    dark = 0
    for dx in range(-5, 4):
        for dy in range(-4, 5):
            colour = image.pixelColor(int(right + dx), int(y + dy))
            dark += max(colour.red(), colour.green(), colour.blue()) < 70
    return dark


def test_a_forwarded_lamp_shows_the_mark_and_says_where_to_and_dnd_its_own(window, live, aloop):
    assert dark_pixels_at_mark(window, C, "top") == 0 and dark_pixels_at_mark(window, A, "bottom") == 0
    live.act(C, "forward", condition="IMMEDIATE", destination="70020")
    live.act(A, "activateDnd")
    run(aloop, lambda: window.session.model.users[C].routing.forward is not None and window.session.model.users[A].routing.dnd)
    pause(aloop, 0.05)
    assert "forwarded to Nom70020 Prénom7 70020" in tooltip(window, C)
    assert "do not disturb" in tooltip(window, A)
    assert dark_pixels_at_mark(window, C, "top") > 4  # the forward mark, drawn on the lamp
    assert dark_pixels_at_mark(window, C, "bottom") == 0  # and no DND mark
    assert dark_pixels_at_mark(window, A, "bottom") > 4 and dark_pixels_at_mark(window, A, "top") == 0
    # The list view shows the same marks beside the name; a user without routing has none.
    users = window.session.users
    assert users.index(users.row_of(C), 0).data(Qt.DecorationRole) is not None
    assert users.index(users.row_of(B), 0).data(Qt.DecorationRole) is None


def test_the_drop_target_says_where_the_call_will_land_and_it_lands_there(window, live, aloop):
    live.act(A, "makeCall", callee="70021")
    run(aloop, lambda: lamp(window, B) == "ringing" and cards_of(window, B))
    live.act(C, "activateDnd")
    run(aloop, lambda: window.session.model.users[C].routing is not None and window.session.model.users[C].routing.dnd)
    grid = window.presence.grid
    (card,) = cards_of(window, B)
    mime = call_mime(B, card.call.call_ref)
    QApplication.processEvents()
    accepted, _ = _hover(grid, lamp_index(window, C), mime)
    assert accepted and grid.drop_note == "DND: will be refused"
    assert "DND: will be refused" in window.statusBar().currentMessage()

    live.act(C, "deactivateDnd")
    live.act(C, "forward", condition="IMMEDIATE", destination="71000")
    run(aloop, lambda: window.session.model.users[C].routing.forward is not None)
    accepted, pos = _hover(grid, lamp_index(window, C), mime)
    assert accepted and grid.drop_note == "→ forwarded to FN-71000 LN-71000 71000"
    assert "→ forwarded to FN-71000 LN-71000 71000" in window.statusBar().currentMessage()
    QApplication.sendEvent(grid.viewport(), QDropEvent(pos, Qt.MoveAction | Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier, QEvent.Drop))
    run(aloop, lambda: lamp(window, D) == "ringing")
    assert live.engine.leg_of(D, card.call.call_ref)[1] == "RINGING_INCOMING" and live.engine.calls_of(C) == []
    assert grid.drop_note == ""


def test_routing_set_from_the_card_reaches_the_engine_and_refusals_show(window, live, aloop, qtbot):
    # The editor is rebuilt by the frame after the routing state came: wait for it, not for the model.
    run(aloop, lambda: B in window.calls.routing_editors and window.calls.routing_editors[B].summary.text() != "Routing: not known yet")
    editor = window.calls.routing_editors[B]
    assert editor.summary.text() == "Routing: calls ring here"
    settle(aloop, window)
    qtbot.mouseClick(editor.dnd, Qt.LeftButton, pos=editor.dnd.rect().center())
    run(aloop, lambda: live.engine.routing_of(B).dnd)
    run(aloop, lambda: "do not disturb" in window.calls.routing_editors[B].summary.text())
    assert window.calls.routing_editors[B].dnd.isChecked()  # rebuilt from what the PBX said

    # A colleague picked from the directory, on busy: the editor sends forward with both.
    editor = window.calls.routing_editors[B]
    editor.condition.setFocus()
    qtbot.keyClick(editor.condition, Qt.Key_Down)  # always -> when busy, as a user picks it by keyboard
    assert editor.condition.currentData() == "BUSY"
    editor.destination.lineEdit().clear()
    qtbot.keyClicks(editor.destination.lineEdit(), "LN70022-UTF8 FN7 70022")  # a colleague, by name
    qtbot.mouseClick(editor.apply, Qt.LeftButton, pos=editor.apply.rect().center())
    run(aloop, lambda: live.engine.routing_of(B).forward == Route("BUSY", "70022"))
    run(aloop, lambda: "forwarded to LN70022-UTF8 FN7 70022 when busy" in window.calls.routing_editors[B].summary.text())
    editor = window.calls.routing_editors[B]
    assert editor.forward.isChecked() and editor.condition.currentData() == "BUSY"

    # Voicemail is refused for a user without a mailbox: the refusal shows, nothing changes.
    editor.destination.lineEdit().clear()
    qtbot.keyClicks(editor.destination.lineEdit(), "voicemail")
    qtbot.mouseClick(editor.apply, Qt.LeftButton, pos=editor.apply.rect().center())
    run(aloop, lambda: "refused" in window.statusBar().currentMessage())
    assert "NOT_CAPABLE" in window.statusBar().currentMessage()
    run(aloop, lambda: window.calls.routing_editors[B].refusal.isVisible())
    assert "no voicemail" in window.calls.routing_editors[B].refusal.text()
    assert live.engine.routing_of(B).forward == Route("BUSY", "70022")

    # A number typed by hand, then the forward switched off.
    editor = window.calls.routing_editors[B]
    editor.destination.setEditText("")
    qtbot.keyClicks(editor.destination.lineEdit(), "71000")
    editor.condition.setFocus()
    qtbot.keyClick(editor.condition, Qt.Key_Up)  # when busy -> always
    assert editor.condition.currentData() == "IMMEDIATE"
    qtbot.mouseClick(editor.apply, Qt.LeftButton, pos=editor.apply.rect().center())
    run(aloop, lambda: live.engine.routing_of(B).forward == Route("IMMEDIATE", "71000"))
    editor = window.calls.routing_editors[B]
    run(aloop, lambda: window.calls.routing_editors[B].forward.isChecked())
    editor = window.calls.routing_editors[B]
    qtbot.mouseClick(editor.forward, Qt.LeftButton, pos=editor.forward.rect().center())
    run(aloop, lambda: live.engine.routing_of(B).forward is None)
    assert live.engine.routing_of(B).dnd  # the rest stays


def test_pbx_link_loss_raises_the_banner_naming_it_and_greys_the_lamps(window, live, aloop):
    banner = window.link_banner
    assert banner.isHidden()
    live.server.simulate_link("pbx", up=False)
    run(aloop, lambda: banner.isVisible())
    assert "PBX link down since" in banner.text.text()
    users = window.session.users
    assert users.index(users.row_of(A), 0).data(StaleRole) is not None
    assert window.session.snapshot()["links"]["pbx"] == "down"
    # Meanwhile on the PBX a call starts, unseen; when the link returns the window shows it.
    live.engine.link_up()
    live.engine.command(A, "makeCall", args={"callee": "70022"})
    live.engine.link_down()
    live.server.simulate_link("pbx", up=True)
    run(aloop, lambda: banner.isHidden() and lamp(window, C) == "ringing")
    assert users.index(users.row_of(A), 0).data(StaleRole) is None
    live.server.simulate_link("cti", up=False)
    run(aloop, lambda: banner.isVisible() and "CTI link down since" in banner.text.text())


def test_a_session_that_may_not_set_someones_routing_disables_their_editor_and_says_why(qtbot, aloop):
    from desktop.ui.main_window import MainWindow
    from tests.ui.conftest import Asker, FakeSource
    from tests.ui.helpers import feed

    class UserSession(FakeSource):
        def routing_refused(self, login):
            return "" if login == B else "a user session sets only its own routing"

    window = MainWindow(my_line=B, asker=Asker())
    qtbot.addWidget(window)
    window.use_source(UserSession())
    feed(window, 1, 5)  # oxe70020 calls oxe70021
    window.presence.select(A)
    window.calls.show_user(A)
    mine, theirs = window.calls.routing_editors[B], window.calls.routing_editors[A]
    assert mine.dnd.isEnabled() and mine.apply.isEnabled()
    assert not theirs.dnd.isEnabled() and not theirs.apply.isEnabled()
    assert "only its own routing" in theirs.dnd.toolTip()


def test_a_large_directory_reaches_the_editor_once_the_state_settled_and_never_another_s(qtbot, aloop, live, monkeypatch):
    """Above IMMEDIATE_UP_TO users the colleagues' list is built once the state has settled
    (it was 0.1 s of a 10,000-user full state); until then the editor offers voicemail
    alone, never a list from another directory, and the card is rebuilt when the list is in."""
    from desktop.ui.widgets import routing_editor

    monkeypatch.setattr(routing_editor, "IMMEDIATE_UP_TO", 2)
    monkeypatch.setattr(routing_editor, "BUILD_DELAY_MS", 60_000)  # only the settled state builds it
    window, source = open_window(qtbot, aloop, live, my_line=B)
    try:
        def offered():
            box = window.calls.routing_editors[B].destination
            return [box.itemText(i) for i in range(box.count())]

        run(aloop, lambda: B in window.calls.routing_editors)
        assert offered() == ["voicemail"]
        before = window.calls.routing_editors[B]
        run(aloop, lambda: len(offered()) > 1, timeout=5)
        assert window.calls.routing_editors[B] is not before  # rebuilt by the list, not by an event of B
        assert offered()[0] == "voicemail" and any(text.endswith(" 70022") for text in offered())
        assert not any(text.endswith(" 70021") for text in offered())  # B's own number is not offered to B
    finally:
        aloop.run_until_complete(source.stop())
