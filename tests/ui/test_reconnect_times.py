"""After a reconnect the clocks continue and the cards keep their direction (issue 10, item 8):
the real simulator's server killed and restarted on the same PBX, under the real window."""

import re

import pytest

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from desktop.ui.models.users_model import SINCE
from desktop.ui.words import UNKNOWN_TIME
from tests.ui.conftest import FakeSource
from tests.ui.helpers import cards_of, lamp, pause, until
from tests.ui.live import Live, open_window


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def seconds(text: str) -> int:
    m, s = re.fullmatch(r"(\d+):(\d\d)", text).groups()
    return int(m) * 60 + int(s)


def lamp_time(window, login):
    users = window.session.users
    return users.index(users.row_of(login), SINCE).data()


@pytest.fixture
def engine():
    return Engine(seed_directory(0), clock=wall_clock_ms)


def test_times_and_direction_continue_after_the_server_restarts(qtbot, aloop, engine):
    live = Live(aloop, engine=engine)
    window, source = open_window(qtbot, aloop, live, my_line="oxe70021")
    live.act("oxe70020", "makeCall", callee="70021")
    live.act("oxe70021", "answer", live.ref_of("oxe70021"))
    run(aloop, lambda: lamp(window, "oxe70021") == "talking" and cards_of(window, "oxe70021"))
    pause(aloop, 2.2)
    window.calls._tick()
    (card,) = cards_of(window, "oxe70021")
    assert card.direction.text() == "← incoming" and seconds(card.duration.text()) >= 2
    assert seconds(lamp_time(window, "oxe70021")) >= 2 and seconds(lamp_time(window, "oxe70022")) >= 2

    port = live.port
    live.close()  # the server goes; the PBX (the engine) and its call stay
    run(aloop, lambda: not window.session.live, timeout=2)
    restarted = Live(aloop, engine=engine, port=port)
    try:
        run(aloop, lambda: window.session.live and source.connections == 2 and cards_of(window, "oxe70021"), timeout=10)
        window.session.flush()
        window.calls._tick()
        (card,) = cards_of(window, "oxe70021")
        assert card.direction.text() == "← incoming"
        assert seconds(card.duration.text()) >= 2  # not 0:00
        assert seconds(lamp_time(window, "oxe70021")) >= 2  # talking for as long as before
        assert seconds(lamp_time(window, "oxe70022")) >= 2  # idle since the PBX started
    finally:
        restarted.close()
        aloop.run_until_complete(source.stop())


def test_a_snapshot_that_does_not_say_when_shows_unknown_times_not_zero(window):
    source = FakeSource()
    window.use_source(source)
    window.session.reset(False)  # a reconnection: what follows is a server's snapshot
    window.session.events([
        {"name": "RTSM_USER_STATE_MODIFIED", "id": "oxe70020", "eventId": 1, "time": 1_000, "userState": "BUSY", "began": {}},
        {"name": "RTSM_CALL_CREATED", "id": "oxe70020", "eventId": 2, "time": 1_000, "callRef": "c1", "began": {},
         "callData": {"state": "ACTIVE", "capabilities": []},
         "legs": [{"deviceId": "70020", "state": "ACTIVE", "capabilities": []}]},
    ])
    window.session.flush()
    (card,) = cards_of(window, "oxe70020")
    card.tick(window.session.now_ms())
    assert card.duration.text() == UNKNOWN_TIME
    assert lamp_time(window, "oxe70020") == UNKNOWN_TIME
