"""The calls panel: buttons send the command named after the capability, wait for the reply,
show refusals; rebuilding keeps the scroll position."""

from PySide6.QtWidgets import QApplication

from tests.conftest import scenario_lines
from tests.ui.conftest import FakeSource
from tests.ui.helpers import cards_of, feed, press, settle, until


def test_refused_command_shows_in_status_bar_and_button_comes_back(window, aloop):
    source = FakeSource(refuse={"answer"})
    window.use_source(source)
    feed(window, 1, 5)
    window.presence.select("oxe70021")
    (card,) = cards_of(window, "oxe70021")
    button = card.buttons["answer"]
    press(aloop, window, button)
    assert not button.isEnabled()  # disabled until the reply
    aloop.run_until_complete(until(lambda: not source.sent or "refused" in window.statusBar().currentMessage()))
    assert source.sent == [("oxe70021", "answer", "e155fe5632030100", "70021", None)]
    assert "answer refused" in window.statusBar().currentMessage()
    assert "not offered" in window.statusBar().currentMessage()
    assert button.isEnabled()


def test_blind_transfer_asks_a_number_and_sends_it(window, aloop):
    source = FakeSource()
    window.use_source(source)
    feed(window, 1, 6)
    window.presence.select("oxe70021")
    (card,) = cards_of(window, "oxe70021")
    press(aloop, window, card.buttons["blindTransfer"])
    aloop.run_until_complete(until(lambda: "sent" in window.statusBar().currentMessage()))
    assert source.sent == [("oxe70021", "blindTransfer", "e155fe5632030100", None, {"transferTo": "70022"})]


def test_merge_offers_the_users_other_call(window, aloop):
    source = FakeSource()
    window.use_source(source)
    lines = scenario_lines(4)
    # up to the moment oxe70022 has a held call and an active consultation call it may merge
    for upto in range(1, len(lines) + 1):
        window.session.events(lines[upto - 1 : upto])
        user = window.session.model.users.get("oxe70022")
        if user and any("merge" in c.capabilities for c in user.calls.values()):
            break
    window.session.flush()
    window.presence.select("oxe70022")
    mine = cards_of(window, "oxe70022")
    assert len(mine) == 2
    merging = next(c for c in mine if "merge" in c.buttons)
    other = next(c.call.call_ref for c in mine if c is not merging)
    press(aloop, window, merging.buttons["merge"])
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent[0][1] == "merge" and source.sent[0][4] == {"heldCallRef": other}


def test_a_replay_disables_the_call_buttons_saying_why(window, aloop):
    from tests.ui.conftest import replay

    source = replay(window, 1)
    source.seek(5)
    window.session.flush()
    window.presence.select("oxe70021")
    answer = cards_of(window, "oxe70021")[0].slots["answer"]
    assert not answer.isEnabled() and "replay" in answer.toolTip()
    press(aloop, window, answer)
    assert window.statusBar().currentMessage() == ""  # nothing was sent to be refused


def test_make_call_box_from_device_capabilities(window, aloop):
    source = FakeSource()
    window.use_source(source)
    feed(window, 1, 6)  # oxe70021's devices now offer makeCall & co
    window.presence.select("oxe70021")
    offered = {k[2] for k in window.calls.device_buttons if k[0] == "oxe70021"}
    assert offered == {"makeCall", "makeBusinessCall", "makePrivateCall", "unParkCall"}
    window.calls.device_boxes[("oxe70021", "70021")].setText("70022")
    press(aloop, window, window.calls.device_buttons[("oxe70021", "70021", "makeCall")])
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent == [("oxe70021", "makeCall", None, "70021", {"callee": "70022"})]


def test_calls_panel_keeps_its_scroll_position_across_rebuilds(window):
    window.resize(1280, 420)  # short enough that three cards scroll
    window.show()
    lines = scenario_lines(2)
    window.session.events(lines[:19])  # my line's held call, and oxe70021 with two calls
    window.session.flush()
    window.presence.select("oxe70021")
    QApplication.processEvents()
    bar = window.calls._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    kept = bar.value()
    before = list(window.calls.cards)
    # the next event about a shown user (here one that keeps the three cards): the page is rebuilt
    nxt = next(i for i in range(19, len(lines)) if b'"id": "oxe70021"' in lines[i])
    window.session.events(lines[19 : nxt + 1])
    window.session.flush()
    QApplication.processEvents()
    assert window.calls.cards and window.calls.cards[0] is not before[0]
    assert bar.value() == min(kept, bar.maximum()) and bar.value() > 0


class DirectorySource(FakeSource):
    """A source with a PBX directory search, as the O2G source has when the gateway offers it."""

    def __init__(self):
        super().__init__()
        self.searched = []

    async def search_directory(self, text, limit=20):
        self.searched.append(text)
        entries = [{"number": "73571", "firstName": "Jonas", "lastName": "Mendes", "login": "jmendes"}]
        return [e for e in entries if e["lastName"].lower().startswith(text.lower()) or e["number"].startswith(text)]


def test_number_box_offers_pbx_directory_matches_and_takes_the_number(window, aloop, qtbot):
    from PySide6.QtCore import Qt

    source = DirectorySource()
    window.use_source(source)
    window.show()
    feed(window, 1, 6)  # oxe70021's devices offer makeCall
    window.presence.select("oxe70021")
    box = window.calls.device_boxes[("oxe70021", "70021")]
    box.setFocus()
    qtbot.keyClicks(box, "Men")  # typed by the user: a name, not a number
    aloop.run_until_complete(until(lambda: "Jonas Mendes 73571" in window.calls.completer.labels()))
    assert source.searched == ["Men"]  # one search once typing paused, not one per key
    popup = box.completer().popup()
    aloop.run_until_complete(until(lambda: popup.isVisible()))
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    aloop.run_until_complete(until(lambda: box.text() == "73571"))
    window.calls.device_buttons[("oxe70021", "70021", "makeCall")].click()
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent == [("oxe70021", "makeCall", None, "70021", {"callee": "73571"})]


def test_park_asks_where_to_park(window, aloop):
    from desktop.ui.capabilities import spec

    park = spec("park")
    assert park.needs == "number" and park.arg == "parkTo"  # O2G requires parkTo: it is asked


class NoRoutingSource(FakeSource):
    """A source whose gateway does not offer (or license) the routing service."""

    def offers(self, service):
        return service != "routing"


def test_routing_editor_is_absent_when_the_gateway_offers_no_routing(window):
    window.use_source(FakeSource())
    feed(window, 1, 6)
    window.presence.select("oxe70021")
    assert "oxe70021" in window.calls.routing_editors  # offered: shown
    window.use_source(NoRoutingSource())
    feed(window, 1, 6)
    window.presence.select("oxe70021")
    window.calls.rebuild()
    assert window.calls.routing_editors == {}


def test_pick_up_on_a_colleagues_ringing_call_is_sent_from_my_line_with_the_ringing_number(window, aloop, qtbot):
    from PySide6.QtCore import Qt

    source = FakeSource()
    window.use_source(source)
    window.set_my_line("oxe70022")
    feed(window, 1, 5)  # oxe70020 calls oxe70021: ringing at 70021
    window.presence.select("oxe70021")
    window.show()
    settle(aloop, window)
    card = next(c for c in cards_of(window, "oxe70021"))
    button = card.buttons["pickedUp"]
    qtbot.mouseClick(button, Qt.LeftButton, pos=button.rect().center())
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent == [("oxe70022", "pickedUp", "e155fe5632030100", None, {"otherPhoneNumber": "70021"})]
