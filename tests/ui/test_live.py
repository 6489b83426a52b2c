"""The real window against the real simulator on a loopback port: clicks go out as commands,
the simulated OXE answers with events, and the window shows what a user would see."""


import pytest

from desktop.sources.websocket import WebSocketSource
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Asker
from tests.ui.live import Live
from tests.ui.helpers import buttons_of, cards_of, lamp, press, settle, until




@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


@pytest.fixture
def connected(qtbot, aloop, live):
    window = MainWindow(my_line="oxe70021", asker=Asker(text="70022"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    source = WebSocketSource(f"ws://127.0.0.1:{live.port}")
    window.use_source(source)
    aloop.run_until_complete(source.start())
    aloop.run_until_complete(until(lambda: window.session.connection == "connected" and lamp(window, "oxe70021")))
    yield window, source
    aloop.run_until_complete(source.stop())


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def click(window, login, action):
    aloop = __import__("asyncio").get_event_loop()
    settle(aloop, window)
    (card,) = [c for c in cards_of(window, login) if action in c.buttons]  # the card as it is now
    press(aloop, window, card.buttons[action])


def test_an_idle_line_offers_make_call_from_the_subscription_snapshot(connected, aloop):
    window, _ = connected
    run(aloop, lambda: ("oxe70021", "70021", "makeCall") in window.calls.device_buttons)


def test_ringing_answer_hold_retrieve_by_clicking(connected, live, aloop):
    window, _ = connected
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: lamp(window, "oxe70021") == "ringing" and "answer" in buttons_of(window, "oxe70021"))
    (card,) = cards_of(window, "oxe70021")
    assert card.buttons["answer"].isEnabled() and "hold" not in card.buttons
    assert lamp(window, "oxe70020") == "dialing"

    click(window, "oxe70021", "answer")
    run(aloop, lambda: lamp(window, "oxe70021") == "talking" and "hold" in buttons_of(window, "oxe70021"))
    assert "answer" not in buttons_of(window, "oxe70021")

    click(window, "oxe70021", "hold")
    run(aloop, lambda: lamp(window, "oxe70021") == "held" and "retrieve" in buttons_of(window, "oxe70021"))
    assert lamp(window, "oxe70020") == "held"  # the OXE holds both ends, as the seed shows
    click(window, "oxe70021", "retrieve")
    run(aloop, lambda: lamp(window, "oxe70021") == "talking" and lamp(window, "oxe70020") == "talking")


def test_consult_then_merge_into_a_conference(connected, live, aloop):
    window, _ = connected
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: "answer" in buttons_of(window, "oxe70021"))
    click(window, "oxe70021", "answer")
    run(aloop, lambda: lamp(window, "oxe70021") == "talking")
    # the make-call box of my line: a consultation call holds the first one
    run(aloop, lambda: ("oxe70021", "70021", "makeCall") in window.calls.device_buttons)
    box = window.calls.device_boxes[("oxe70021", "70021")]
    box.setText("70022")
    press(aloop, window, window.calls.device_buttons[("oxe70021", "70021", "makeCall")])
    run(aloop, lambda: len(cards_of(window, "oxe70021")) == 2 and lamp(window, "oxe70022") == "ringing")
    live.act("oxe70022", "answer", live.ref_of("oxe70022"))
    run(aloop, lambda: "merge" in buttons_of(window, "oxe70021"))
    click(window, "oxe70021", "merge")
    run(aloop, lambda: len(cards_of(window, "oxe70021")) == 1 and cards_of(window, "oxe70021")[0].call.conference)
    (card,) = cards_of(window, "oxe70021")
    assert set(card.call.participants) == {"70020", "70022"}
    assert "conference of 3" in card.details.text()
    assert "Nom70020 Prénom7" in card.parties.text() and "LN70022-UTF8 FN7" in card.parties.text()  # as on their lamps
    assert lamp(window, "oxe70021") == lamp(window, "oxe70020") == lamp(window, "oxe70022") == "conference"


def test_redirected_call_says_where_it_came_from(connected, live, aloop):
    window, _ = connected
    live.engine.set_forward("oxe70022", "70021")
    live.act("oxe70020", "makeCall", callee="70022")
    run(aloop, lambda: lamp(window, "oxe70021") == "ringing" and len(cards_of(window, "oxe70021")) == 1)
    (card,) = cards_of(window, "oxe70021")
    assert "redirected from 70022" in card.details.text()
    assert lamp(window, "oxe70022") == "idle"


def test_a_refused_command_is_shown_and_the_button_comes_back(connected, live, aloop):
    window, _ = connected
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: "answer" in buttons_of(window, "oxe70021"))
    live.engine.command("oxe70020", "drop", live.ref_of("oxe70020"))  # unseen by the window: events not sent
    click(window, "oxe70021", "answer")
    run(aloop, lambda: "refused" in window.statusBar().currentMessage())
    assert "UNKNOWN_CALL" in window.statusBar().currentMessage()
    (card,) = cards_of(window, "oxe70021")
    assert card.buttons["answer"].isEnabled()


def test_server_killed_and_restarted_the_window_reconnects_with_the_right_state(qtbot, aloop, live, connected):
    window, source = connected
    live.act("oxe70020", "makeCall", callee="70021")
    run(aloop, lambda: lamp(window, "oxe70021") == "ringing")
    port = live.port
    live.close()
    run(aloop, lambda: window.session.connection.startswith("reconnecting"))
    # Meanwhile, on the restarted PBX, a different call exists and the old one is gone.
    restarted = Live(aloop, port=port)
    try:
        restarted.act("oxe70022", "makeCall", callee="70020")
        run(aloop, lambda: window.session.connection == "connected" and source.connections == 2, timeout=10)
        run(aloop, lambda: lamp(window, "oxe70020") == "ringing" and cards_of(window, "oxe70021") == [])
        assert lamp(window, "oxe70021") == "idle"
        assert lamp(window, "oxe70022") == "dialing"
    finally:
        restarted.close()


def test_an_event_id_gap_resynchronizes_from_the_server(connected, aloop):
    window, source = connected
    run(aloop, lambda: lamp(window, "oxe70022") == "idle")
    # A frame that jumps far ahead in oxe70022's sequence: events were lost on the way.
    window.session.events([{"name": "RTSM_USER_STATE_MODIFIED", "id": "oxe70022", "eventId": 99, "userState": "BUSY"}])
    window.session.flush()
    assert window.session.stats()["gaps"] == 1
    # The window asks for the whole state again and the server's snapshot says FREE.
    run(aloop, lambda: lamp(window, "oxe70022") == "idle" and window.session.stats()["gaps"] == 0)
    assert source.connections == 1  # resubscribed on the same connection


def test_file_connect_opens_a_websocket_source_and_keeps_no_token(qtbot, aloop, live):
    from desktop.ui.main_window import settings

    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    opened = []
    window.on_open_source = opened.append
    window.connect_to("http://example.invalid")  # refused before anything is built
    assert opened == [] and "ws://" in window.statusBar().currentMessage()
    window.connect_to(f"ws://127.0.0.1:{live.port}", token="t0ken")
    (source,) = opened
    assert source.url == f"ws://127.0.0.1:{live.port}"
    assert settings().value("lastSource") == f"ws:ws://127.0.0.1:{live.port}"
    assert "t0ken" not in str([settings().value(k) for k in settings().allKeys()])
