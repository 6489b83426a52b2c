"""Replay: a trace that is not events says so at once; untimed events are spaced out; one step
back is a click away."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.sources.replay import ReplayCursor, UNTIMED_GAP_S
from tests.conftest import scenario_lines
from tests.ui.helpers import lamp


def test_a_trace_that_is_not_json_says_how_many_lines_are_rejected_at_once(window, tmp_path):
    trace = tmp_path / "notes.jsonl"
    trace.write_text("hello\nthis is not\nan event trace\n")
    window.open_trace(str(trace))
    message = window.statusBar().currentMessage()
    assert "3 of 3 lines are not events" in message and "line 1" in message


def test_untimed_events_play_a_second_apart_at_1x():
    lines = [line.replace(b'"time"', b'"untimed"') for line in scenario_lines(1)]
    cursor = ReplayCursor(lines)
    cursor.seek(1)
    assert cursor.delay_before_next(1.0) == UNTIMED_GAP_S == 1.0
    assert cursor.delay_before_next(10.0) == 0.1
    timed = ReplayCursor(scenario_lines(1))
    timed.seek(1)
    assert timed.delay_before_next(1.0) < 1.0  # a timed trace keeps its own pace


def test_step_back_goes_to_the_state_before_the_last_event(window):
    from tests.ui.conftest import replay

    source = replay(window, 1)
    source.seek(6)  # answered
    window.session.flush()
    assert lamp(window, "oxe70021") == "talking"
    back = window.replay_bar.back
    QTest.mouseClick(back, Qt.LeftButton)
    window.session.flush()
    assert source.cursor.position == 5 and lamp(window, "oxe70021") == "ringing"
