"""Buttons send the command named after the capability, wait for the reply, show refusals."""

from tests.conftest import scenario_lines
from tests.ui.conftest import FakeSource
from tests.ui.helpers import cards_of, until


def feed(window, flow, upto):
    window.session.events(scenario_lines(flow)[:upto])
    window.session.flush()


def test_refused_command_shows_in_status_bar_and_button_comes_back(window, aloop):
    source = FakeSource(refuse={"answer"})
    window.use_source(source)
    feed(window, 1, 5)
    window.presence.select("oxe70021")
    (card,) = cards_of(window, "oxe70021")
    button = card.buttons["answer"]
    button.click()
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
    card.buttons["blindTransfer"].click()
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
    merging.buttons["merge"].click()
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent[0][1] == "merge" and source.sent[0][4] == {"heldCallRef": other}


def test_replay_refuses_commands_with_a_clear_message(window, aloop):
    from tests.ui.conftest import replay

    source = replay(window, 1)
    source.seek(5)
    window.session.flush()
    window.presence.select("oxe70021")
    cards_of(window, "oxe70021")[0].buttons["answer"].click()
    aloop.run_until_complete(until(lambda: "refused" in window.statusBar().currentMessage()))
    assert "replay" in window.statusBar().currentMessage()


def test_make_call_box_from_device_capabilities(window, aloop):
    source = FakeSource()
    window.use_source(source)
    feed(window, 1, 6)  # oxe70021's devices now offer makeCall & co
    window.presence.select("oxe70021")
    offered = {k[2] for k in window.calls.device_buttons if k[0] == "oxe70021"}
    assert offered == {"makeCall", "makeBusinessCall", "makePrivateCall", "unParkCall"}
    window.calls.device_boxes[("oxe70021", "70021")].setText("70022")
    window.calls.device_buttons[("oxe70021", "70021", "makeCall")].click()
    aloop.run_until_complete(until(lambda: source.sent))
    assert source.sent == [("oxe70021", "makeCall", None, "70021", {"callee": "70022"})]
