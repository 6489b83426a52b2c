"""Item 12: a token in a URL never leaks, in a log line or in the settings file."""

import asyncio
import logging

import pytest

from desktop import logs

LEAKY = [
    "connecting to ws://pbx:8765/?token=ab,cd;ef}gh&x=1",
    "connecting to ws://pbx:8765/?x=1&token=ab;cd",
    'sent {"token": "ab,cd;ef}gh", "login": "oxe70020"}',
    "polling https://gw/api/rest/1.0/events?subscriptionId=ab,cd}ef",
    "url: https://gw/x?password=ab%2Ccd,ef&user=bob",
    "> Authorization: Basic YWRtaW46cGFzcw==",
]


@pytest.mark.parametrize("line", LEAKY)
def test_whole_secret_values_are_masked(line):
    out = logs.redact(line)
    for piece in ("ab", "cd", "ef", "gh", "YWRtaW46cGFzcw"):
        assert piece not in out.split("//", 1)[-1].replace("bob", ""), out
    assert "***" in out


def test_a_logged_connection_to_a_url_with_a_token_is_masked(tmp_path, monkeypatch):
    """The WebSocket source logs its URL when a connection is lost; the file never holds the token."""
    from desktop.sources.websocket import WebSocketSource

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = logs.setup("hostile-secrets", verbose=True)
    try:
        async def scenario():
            source = WebSocketSource("ws://127.0.0.1:9/?token=ab,cd;ef}gh")
            await source.start()
            await asyncio.sleep(0.3)
            await source.stop()

        asyncio.run(scenario())
    finally:
        logging.getLogger().handlers[0].flush() if logging.getLogger().handlers else None
        logs.shutdown()
    text = path.read_text() if path else ""
    assert "127.0.0.1:9" in text
    assert "ab,cd" not in text and "cd;ef" not in text and "gh" not in text.replace("high", "")


def test_file_connect_does_not_store_a_token_given_in_the_url(qtbot):
    from desktop.ui.main_window import MainWindow, settings

    window = MainWindow(my_line="oxe70021")
    qtbot.addWidget(window)
    window.on_open_source = lambda source: None
    window.connect_to("ws://user:pw5ecret@127.0.0.1:8765/?token=t0ken,x&room=2")
    stored = str(settings().value("lastSource"))
    assert stored == "ws:ws://127.0.0.1:8765/?room=2"
    assert "t0ken" not in str([settings().value(k) for k in settings().allKeys()])
