"""A seed flow replayed into the real window drives the lamps, the cards and their buttons."""

from tests.ui.conftest import replay
from tests.ui.helpers import cards_of, goto, lamp, until


def test_ringing_call_shows_answer_not_hold_then_hold_after_answer(window):
    source = replay(window, 1)
    goto(window, source, 5)  # oxe70021 is offered the call
    assert lamp(window, "oxe70021") == "ringing"
    assert window.presence.select("oxe70021")
    (card,) = cards_of(window, "oxe70021")
    assert card.badge.text() == "ringing"
    assert "FN-70020" not in card.parties.text() or "70020" in card.parties.text()
    assert {"answer", "redirect", "pickedUp", "redirectToVoiceMail"} <= set(card.buttons)
    assert "hold" not in card.buttons

    goto(window, source, 6)  # answered
    assert lamp(window, "oxe70021") == "talking"
    (card,) = cards_of(window, "oxe70021")
    assert card.badge.text() == "active"
    assert {"hold", "drop", "blindTransfer", "terminate"} == set(card.buttons)
    assert "answer" not in card.buttons


def test_my_line_is_pinned_first(window):
    source = replay(window, 1)
    goto(window, source, 5)
    window.presence.select("oxe70021")
    assert [c.login for c in window.calls.cards] == ["oxe70020", "oxe70021"]
    assert window.calls.cards[0].badge.text() == "ringing remote"


def test_seek_backwards_restores_the_earlier_state(window):
    source = replay(window, 4)
    goto(window, source, 20)
    window.presence.select("oxe70020")
    assert lamp(window, "oxe70020") == "conference"
    (card,) = cards_of(window, "oxe70020")
    assert card.badge.text() == "conference" and "dropMe" in card.buttons

    goto(window, source, 11)  # back to: first call on hold, consultation not started yet
    assert lamp(window, "oxe70020") == "held"
    assert lamp(window, "oxe70021") is None  # not seen yet at line 11
    (card,) = cards_of(window, "oxe70020")
    assert card.badge.text() == "on hold" and "dropMe" not in card.buttons
    assert window.session.log.rowCount() == 11
    assert window.calls.selected == "oxe70020" and window.presence.current_login() == "oxe70020"

    goto(window, source, len(source.cursor))
    assert {lamp(window, l) for l in ("oxe70020", "oxe70021", "oxe70022")} == {"idle"}
    assert window.calls.cards == []


def test_conference_card_lists_both_other_parties(window):
    source = replay(window, 4)
    goto(window, source, 20)
    (card,) = cards_of(window, "oxe70020")
    text = card.parties.text()
    assert "70021" in text and "70022" in text
    assert "conference" in card.details.text()


def test_voicemail_party_is_named_voicemail(window):
    source = replay(window, 7)
    for position in range(1, len(source.cursor) + 1):
        goto(window, source, position)
        for card in window.calls.cards:
            if "887" in card.parties.text():
                assert "Voicemail" in card.parties.text()
                return
    raise AssertionError("no card ever showed the voicemail service")


def test_replay_plays_to_the_end_under_the_qt_event_loop(window, aloop):
    source = replay(window, 2)
    source.set_speed(1000.0)
    source.play()
    aloop.run_until_complete(until(lambda: source.cursor.at_end))
    window.session.flush()
    assert {lamp(window, l) for l in ("oxe70020", "oxe70021", "oxe70022")} == {"idle"}
    assert window.replay_bar.slider.value() == len(source.cursor)


