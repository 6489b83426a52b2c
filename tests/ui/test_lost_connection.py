"""Stale state is never shown as live (issue 10, item 5): the real simulator killed under the
real window, then restarted."""

import re
import time

import pytest
from PySide6.QtGui import QColor

from desktop.ui.links import PBX
from desktop.ui.models.users_model import StaleRole
from desktop.ui.widgets.lamps import LAMPS, STALE
from tests.ui.helpers import buttons_of, cards_of, click_at, lamp, settle, until, pause
from tests.ui.live import Live, open_window

BANNER = re.compile(r"Connection lost at \d\d:\d\d:\d\d — states shown are as of then")


@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def talk(live):
    live.act("oxe70020", "makeCall", callee="70021")
    live.act("oxe70021", "answer", live.ref_of("oxe70021"))


def lamp_colour(window, login) -> QColor:
    """The colour a user sees on `login`'s lamp in the grid, beside its glyph."""
    grid, panel = window.presence.grid, window.presence
    rect = grid.visualRect(panel._index_of(login))
    image = grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x, y = rect.left() + 2 + 6 + 9 + 5, rect.center().y()  # inside the circle, off the glyph
    return image.pixelColor(int(x * ratio), int(y * ratio))


def close_to(a: QColor, b: str) -> bool:
    b = QColor(b)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 24


def tooltip(window, login):
    users = window.session.users
    from PySide6.QtCore import Qt

    return users.index(users.row_of(login), 0).data(Qt.ToolTipRole)


def test_server_killed_greys_everything_within_two_seconds_and_retry_now_brings_it_back(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    talk(live)
    run(aloop, lambda: "hold" in buttons_of(window, "oxe70021"))
    pause(aloop, 1.1)  # the clocks have started running
    assert close_to(lamp_colour(window, "oxe70021"), LAMPS["talking"].colour)
    banner = window.link_banner
    assert banner.isHidden()

    port = live.port
    killed = time.monotonic()
    live.close()
    run(aloop, lambda: banner.isVisible(), timeout=2.0)
    assert time.monotonic() - killed < 2.0
    assert BANNER.search(banner.text.text())
    assert re.search(r"next try in \d+ s|trying to reconnect", banner.countdown.text())
    assert banner.retry.isVisible() and banner.retry.isEnabled()
    # lamps: grey, the glyph kept, the last known state in the tooltip
    pause(aloop, 0.05)
    assert close_to(lamp_colour(window, "oxe70021"), STALE)
    stamp = BANNER.search(banner.text.text()).group(0)[19:27]
    assert f"last known: talking, at {stamp}" in tooltip(window, "oxe70021")
    # clocks stand still; every call button is disabled and says why
    (card,) = cards_of(window, "oxe70021")
    frozen = (card.duration.text(), window.session.users.index(0, 4).data())
    assert all(not b.isEnabled() for b in card.slots.values())
    assert "Connection lost" in card.slots["hold"].toolTip()
    pause(aloop, 1.3)
    (card,) = cards_of(window, "oxe70021")
    assert (card.duration.text(), window.session.users.index(0, 4).data()) == frozen

    # the countdown moves; the backoff grows past a few seconds, then the PBX is back: Retry now
    def waiting_long():
        left = re.search(r"next try in (\d+) s", banner.countdown.text())
        return left is not None and int(left.group(1)) >= 3

    run(aloop, waiting_long, timeout=12)
    shown = banner.countdown.text()
    pause(aloop, 1.1)
    assert banner.countdown.text() != shown
    restarted = Live(aloop, port=port)
    try:
        talk(restarted)
        clicked = time.monotonic()
        click_at(banner.retry)
        run(aloop, lambda: window.session.links.live and "hold" in buttons_of(window, "oxe70021"), timeout=2.0)
        assert time.monotonic() - clicked < 2.0
        assert banner.isHidden()
        pause(aloop, 0.05)
        assert close_to(lamp_colour(window, "oxe70021"), LAMPS["talking"].colour)
        assert window.session.users.index(0, 0).data(StaleRole) is None
        settle(aloop, window)
        (card,) = cards_of(window, "oxe70021")
        assert card.slots["hold"].isEnabled()
        before = card.duration.text()
        pause(aloop, 2.1)
        (card,) = cards_of(window, "oxe70021")
        assert card.duration.text() != before  # running again
    finally:
        restarted.close()
        aloop.run_until_complete(source.stop())


def test_a_pbx_link_reported_down_raises_the_same_banner(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    talk(live)
    run(aloop, lambda: "hold" in buttons_of(window, "oxe70021"))
    window.set_link_state(PBX, False, since_ms=int(time.time() * 1000))
    banner = window.link_banner
    assert banner.isVisible() and "PBX link down since" in banner.text.text()
    assert not banner.retry.isVisible()  # nothing of ours to retry
    (card,) = cards_of(window, "oxe70021")
    assert not card.slots["hold"].isEnabled() and "PBX link down" in card.slots["hold"].toolTip()
    window.set_link_state(PBX, True)
    assert banner.isHidden()
    (card,) = cards_of(window, "oxe70021")
    assert card.slots["hold"].isEnabled()
    aloop.run_until_complete(source.stop())
