"""What the banner says for each connection state a source reports."""

import re

from desktop.ui.links import O2G_CHANNEL, PBX, SERVER, Links


def test_connection_states_to_banner_words(qapp):
    links = Links()
    links.connection_state("connecting")
    assert links.live  # never connected: nothing stale to show yet
    links.connection_state("connected")
    links.connection_state("reconnecting in 4.0 s (connection refused)")
    assert not links.live and SERVER in links.down and links.down[SERVER].why == "connection refused"
    assert re.fullmatch(r"Connection lost at \d\d:\d\d:\d\d — states shown are as of then", links.banner_text())
    assert re.fullmatch(r"next try in [34] s", links.countdown_text())
    since = links.down[SERVER].since_ms
    links.connection_state("connecting")  # still down, since the same moment
    assert links.down[SERVER].since_ms == since and links.countdown_text() == "trying to reconnect…"
    links.connection_state("login refused: bad password")
    assert links.countdown_text() == "not retrying (login refused: bad password)"
    links.connection_state("connected")
    assert links.live and links.banner_text() == ""
    links.connection_state("stopped")  # on purpose: not a loss
    assert links.live


def test_the_first_link_down_is_the_one_the_banner_names(qapp):
    links = Links()
    links.set(PBX, False, since_ms=0)
    links.set(O2G_CHANNEL, False, since_ms=0)
    assert links.banner_text().startswith("O2G event channel down since")
    links.set(O2G_CHANNEL, True)
    assert links.banner_text().startswith("PBX link down since")
    assert "not available (PBX link down" in links.stale_reason()
