"""A click acts only on the call meant (issue 10, item 1): the real window against the real
simulator, clicks at the positions a user's pointer is at."""

import pytest
from PySide6.QtCore import QPoint

from tests.ui.helpers import buttons_of, cards_of, click_at, lamp, press, settle, until, pause, click
from tests.ui.live import Live, open_window, record_commands


@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


@pytest.fixture
def talking(qtbot, aloop, live):
    """My line oxe70021 talking with oxe70020, its card settled on screen; commands recorded."""
    window, source = open_window(qtbot, aloop, live)
    live.act("oxe70020", "makeCall", callee="70021")
    live.act("oxe70021", "answer", live.ref_of("oxe70021"))
    run(aloop, lambda: "hold" in buttons_of(window, "oxe70021"))
    settle(aloop, window)
    sent = record_commands(source)
    yield window, sent
    aloop.run_until_complete(source.stop())


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def at(window, point):
    """The widget under `point` (window coordinates) and the point in its own coordinates."""
    widget = window.childAt(point)
    return widget, widget.mapFrom(window, point)


def centre_in_window(window, widget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def test_double_clicking_hold_holds_and_never_ends_the_call(talking, live, aloop, qtbot):
    window, sent = talking
    (card,) = cards_of(window, "oxe70021")
    where = centre_in_window(window, card.buttons["hold"])
    click_at(card.buttons["hold"])
    run(aloop, lambda: lamp(window, "oxe70021") == "held")  # the card was rebuilt: Retrieve offered
    # the second click of the double click, at the same place
    widget, point = at(window, where)
    click(widget, point)
    pause(aloop, 0.3)
    assert [action for _, action, _ in sent] == ["hold"]
    assert live.engine.calls_of("oxe70021") and lamp(window, "oxe70021") == "held"
    # Hold is still where it was, disabled; Retrieve came after the other buttons
    (card,) = cards_of(window, "oxe70021")
    assert window.childAt(where) is card.slots["hold"] and not card.slots["hold"].isEnabled()
    assert card.slot_names.index("retrieve") > card.slot_names.index("hold")


def test_a_click_just_after_the_buttons_changed_is_ignored(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    sent = record_commands(source)
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: "answer" in buttons_of(window, "oxe70021"))
    (card,) = cards_of(window, "oxe70021")
    click_at(card.buttons["answer"])  # the card has only just appeared under the pointer
    pause(aloop, 0.05)
    assert sent == [] and "ignored" in window.statusBar().currentMessage()
    settle(aloop, window)  # 400 ms later the same click is meant
    (card,) = cards_of(window, "oxe70021")
    click_at(card.buttons["answer"])
    run(aloop, lambda: lamp(window, "oxe70021") == "talking")
    assert [action for _, action, _ in sent] == ["answer"]
    aloop.run_until_complete(source.stop())


def test_a_repeated_click_of_the_same_button_is_one_command(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: "answer" in buttons_of(window, "oxe70021"))
    live.engine.command("oxe70020", "drop", live.ref_of("oxe70020"))  # unseen: the answer is refused, the card stays
    sent = record_commands(source)
    (card,) = cards_of(window, "oxe70021")
    press(aloop, window, card.buttons["answer"])
    run(aloop, lambda: "refused" in window.statusBar().currentMessage())  # the reply is back, the button enabled
    assert card.buttons["answer"].isEnabled()
    click_at(card.buttons["answer"])  # the double click's second click
    pause(aloop, 0.1)
    assert [action for _, action, _ in sent] == ["answer"]
    aloop.run_until_complete(source.stop())


def test_end_call_for_all_is_set_apart_and_says_what_it_does(talking):
    window, _ = talking
    (card,) = cards_of(window, "oxe70021")
    end, hold, hang_up = card.buttons["terminate"], card.buttons["hold"], card.buttons["drop"]
    assert end.text() == "End call for all" and "everyone" in end.toolTip()
    assert hang_up.text() == "Hang up" and "you leave" in hang_up.toolTip()
    assert end.property("destructive") is True
    # top-right corner of the card, above and right of every other button
    box = lambda b: b.geometry().translated(b.mapTo(card, QPoint(0, 0)) - b.pos())
    others = [box(b) for name, b in card.slots.items() if name != "terminate"]
    assert all(box(end).bottom() < r.top() and box(end).left() > r.right() for r in others)


def test_a_party_leaving_a_conference_moves_no_button(talking, live, aloop, qtbot):
    window, sent = talking
    # my line consults oxe70022 and merges: a conference of three
    box = window.calls.device_boxes[("oxe70021", "70021")]
    box.setText("70022")
    press(aloop, window, window.calls.device_buttons[("oxe70021", "70021", "makeCall")])
    run(aloop, lambda: lamp(window, "oxe70022") == "ringing")
    live.act("oxe70022", "answer", live.ref_of("oxe70022"))
    run(aloop, lambda: "merge" in buttons_of(window, "oxe70021"))
    (card,) = [c for c in cards_of(window, "oxe70021") if "merge" in c.buttons]
    press(aloop, window, card.buttons["merge"])
    run(aloop, lambda: len(cards_of(window, "oxe70021")) == 1 and cards_of(window, "oxe70021")[0].call.conference)
    settle(aloop, window)
    pause(aloop, 0.05)
    (card,) = cards_of(window, "oxe70021")
    before = {name: centre_in_window(window, b) for name, b in card.slots.items()}
    live.act("oxe70022", "drop", live.ref_of("oxe70022"))  # a party drops out
    run(aloop, lambda: not cards_of(window, "oxe70021")[0].call.conference)
    pause(aloop, 0.05)
    (card,) = cards_of(window, "oxe70021")
    after = {name: centre_in_window(window, card.slots[name]) for name in before}
    assert after == before
    assert [a for _, a, _ in sent] == ["makeCall", "merge"]
