"""A call card dropped on a user's lamp redirects or transfers it, only where a capability allows."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.capabilities import CAPABILITIES, drop_capability
from desktop.ui.models.call_drag import call_mime
from tests.conftest import scenario_lines
from tests.ui.conftest import FakeSource
from tests.ui.helpers import cards_of, feed, settle, until

REF = "e155fe5632030100"  # flow 1's call: oxe70020 calls oxe70021
OTHER = {"login": "oxe70022", "number": "70022", "firstName": "Zoe", "lastName": "Other"}


@pytest.fixture
def live(window):
    source = FakeSource()
    window.use_source(source)
    window.session.directory([OTHER])
    return window, source


def lamp_index(window, login):
    users, proxy = window.session.users, window.presence.proxy
    return proxy.mapFromSource(users.index(users.row_of(login), 0))


def card_mime(window, login):
    (card,) = cards_of(window, login)
    return call_mime(card.login, card.call.call_ref)


def drop_on(window, mime, login):
    """The proxy calls the views make while hovering and on release (what Qt's drop path does)."""
    proxy, index = window.presence.proxy, lamp_index(window, login)
    allowed = proxy.canDropMimeData(mime, Qt.MoveAction, -1, -1, index)
    dropped = proxy.dropMimeData(mime, Qt.MoveAction, -1, -1, index)
    assert allowed == dropped
    return dropped


def test_the_table_says_which_capabilities_take_a_dropped_number():
    takers = {name for name, cap in CAPABILITIES.items() if cap.takes_drop}
    assert takers == {"redirect", "blindTransfer"}
    assert all(CAPABILITIES[n].arg for n in takers)
    assert drop_capability({"answer": "1", "redirect": None}).arg == "redirectTo"
    assert drop_capability({"drop": "1", "terminate": None, "teleport": None}) is None


def test_ringing_call_dropped_on_a_lamp_is_redirected_there(live, aloop):
    window, source = live
    feed(window, 1, 5)  # oxe70021 is ringing
    window.presence.select("oxe70021")
    assert drop_on(window, card_mime(window, "oxe70021"), "oxe70022")
    aloop.run_until_complete(until(lambda: "sent" in window.statusBar().currentMessage()))
    assert source.sent == [("oxe70021", "redirect", REF, None, {"redirectTo": "70022"})]


def test_active_call_dropped_on_a_lamp_is_blind_transferred(live, aloop):
    window, source = live
    feed(window, 1, 6)  # answered
    window.presence.select("oxe70021")
    assert drop_on(window, card_mime(window, "oxe70021"), "oxe70022")
    aloop.run_until_complete(until(lambda: "sent" in window.statusBar().currentMessage()))
    assert source.sent == [("oxe70021", "blindTransfer", REF, None, {"transferTo": "70022"})]


def test_no_capability_no_drop_and_nothing_sent(live):
    window, source = live
    feed(window, 1, 5)
    window.presence.select("oxe70021")
    # the caller's side rings remotely: it may hang up or end the call, not send it anywhere
    assert not drop_on(window, card_mime(window, "oxe70020"), "oxe70022")
    assert "cannot be redirected or transferred now" in window.statusBar().currentMessage()  # says why
    # a call cannot be sent to its own line
    assert not drop_on(window, card_mime(window, "oxe70021"), "oxe70021")
    assert "already on that line" in window.statusBar().currentMessage()
    # a call that has ended meanwhile
    stale = card_mime(window, "oxe70021")
    feed(window, 1, 13)
    assert not drop_on(window, stale, "oxe70022")
    assert "ended" in window.statusBar().currentMessage()
    assert source.sent == []


def test_refused_drop_shows_in_status_bar(window, aloop):
    source = FakeSource(refuse={"redirect"})
    window.use_source(source)
    window.session.directory([OTHER])
    feed(window, 1, 5)
    window.presence.select("oxe70021")
    assert drop_on(window, card_mime(window, "oxe70021"), "oxe70022")
    aloop.run_until_complete(until(lambda: "refused" in window.statusBar().currentMessage()))
    assert "redirect refused" in window.statusBar().currentMessage()


def _hover(view, index, mime):
    """Drag enter + move over the centre of `index`, as the platform delivers them; accepted?"""
    pos = view.visualRect(index).center()
    enter = _drag_event(QDragEnterEvent, pos, mime)
    QApplication.sendEvent(view.viewport(), enter)
    move = _drag_event(QDragMoveEvent, pos, mime)
    QApplication.sendEvent(view.viewport(), move)
    return move.isAccepted(), QPointF(pos)


def _drag_event(kind, pos, mime):
    # Qt 6.12 takes a QPointF (and deprecates QPoint); earlier ones only a QPoint.
    args = (Qt.MoveAction | Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    try:
        return kind(QPointF(pos), *args)
    except TypeError:
        return kind(pos, *args)


@pytest.mark.parametrize("list_view", [False, True], ids=["lamps", "list"])
def test_the_views_accept_the_drop_only_where_allowed(live, aloop, list_view):
    window, source = live
    window.show()
    feed(window, 1, 5)
    window.presence.select("oxe70021")
    window.presence.toggle.setChecked(list_view)
    view = window.presence.stack.currentWidget()
    QApplication.processEvents()

    accepted, _ = _hover(view, lamp_index(window, "oxe70022"), card_mime(window, "oxe70020"))
    assert not accepted  # the "not allowed" cursor
    mime = card_mime(window, "oxe70021")
    accepted, pos = _hover(view, lamp_index(window, "oxe70022"), mime)
    assert accepted
    if not list_view:  # icon mode draws no drop indicator: the lamp itself is highlighted
        assert view.drop_row == lamp_index(window, "oxe70022").row()
    drop = QDropEvent(pos, Qt.MoveAction | Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier, QEvent.Drop)
    QApplication.sendEvent(view.viewport(), drop)
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent == [("oxe70021", "redirect", REF, None, {"redirectTo": "70022"})]
    assert getattr(view, "drop_row", None) is None


def test_cards_are_not_rebuilt_under_a_running_handler(window, aloop):
    """Events arriving while a card's handler runs (a drag, a dialog asking a number) must not
    delete that card under it; the rebuild follows once the handler has returned."""
    source = FakeSource()
    window.use_source(source)
    feed(window, 1, 6)
    window.presence.select("oxe70021")
    (card,) = cards_of(window, "oxe70021")

    class SlowAsker:  # the events of the next frame arrive while the dialog is open
        def text(self, parent, title, label):
            window.session.events(scenario_lines(1)[6:8])
            window.session.flush()
            return "70022"

    window.calls.asker = SlowAsker()
    settle(aloop, window)
    card.buttons["blindTransfer"].click()
    assert cards_of(window, "oxe70021") == [card] and not card.buttons["blindTransfer"].isEnabled()
    aloop.run_until_complete(until(lambda: cards_of(window, "oxe70021") != [card]))
    aloop.run_until_complete(until(lambda: "sent" in window.statusBar().currentMessage()))
    assert source.sent == [("oxe70021", "blindTransfer", REF, None, {"transferTo": "70022"})]
