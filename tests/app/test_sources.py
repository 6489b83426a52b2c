"""The one source factory: which source the options name, and one-line reasons for bad ones."""

import pytest

from desktop.app.sources import DEFAULT_LINE, OptionError, SourceOptions, make_source
from desktop.sources.embedded import EmbeddedSimulator
from desktop.sources.replay import ReplaySource
from desktop.sources.websocket import WebSocketSource
from tests.conftest import SCENARIOS


def test_first_of_replay_connect_o2g_else_the_built_in_simulator():
    trace = str(next(SCENARIOS.glob("01-*.jsonl")))
    assert isinstance(make_source(SourceOptions(replay=trace, connect="ws://h:1")), ReplaySource)
    ws = make_source(SourceOptions(connect="ws://h:1", token="t", o2g="https://gw"))
    assert isinstance(ws, WebSocketSource) and ws.url == "ws://h:1"
    assert isinstance(make_source(SourceOptions(my_line="oxe70021")), EmbeddedSimulator)
    assert DEFAULT_LINE == "oxe70020"  # README: the built-in simulator's "my line"


@pytest.mark.parametrize("options,words", [
    (SourceOptions(replay="/nowhere/trace.jsonl"), "cannot open /nowhere/trace.jsonl"),
    (SourceOptions(connect="http://x"), "--connect: a server address starts with ws://"),
    (SourceOptions(connect="wss://x", cafile="/nowhere/ca.pem"), "cannot use --cafile /nowhere/ca.pem"),
    (SourceOptions(o2g="https://gw"), "--o2g needs --user"),
    (SourceOptions(o2g="gw", user="u"), "gw"),
])
def test_bad_options_are_one_option_error(options, words):
    with pytest.raises(OptionError) as bad:
        make_source(options, ask=lambda prompt: pytest.fail("asked for a password"))
    assert words in str(bad.value)


def test_risky_o2g_options_warn_and_the_password_is_asked():
    warnings, prompts = [], []

    def ask(prompt):
        prompts.append(prompt)
        return "pw"

    with pytest.raises(OptionError, match="https only"):  # (issue 11 item 11: refused, not warned)
        make_source(SourceOptions(o2g="HTTP://gw.example", user="u"), ask=ask, warn=warnings.append)
    source = make_source(SourceOptions(o2g="https://gw.example", user="u", monitor=("a", "b"), insecure=True), ask=ask, warn=warnings.append)
    assert [w.split(":")[0] for w in warnings] == ["--insecure"]
    assert len(prompts) == 1 and source.kind == "o2g"
    quiet = []
    make_source(SourceOptions(o2g="http://127.0.0.1:9", user="u"), ask=ask, warn=quiet.append)
    assert quiet == []  # loopback http is the simulator's
