"""The window's own work: saving the log's events back as JSONL, and saying first what it saves."""

from PySide6.QtWidgets import QFileDialog

from tests.conftest import scenario_lines
from tests.ui.conftest import replay
from tests.ui.helpers import goto


def test_save_events_writes_them_back_as_jsonl(window, tmp_path):
    lines = scenario_lines(3)
    window.session.events(lines)
    window.session.flush()
    out = tmp_path / "s.jsonl"
    assert window.save_events(str(out)) == len(lines)
    assert out.read_bytes().splitlines() == lines


def _caption(window, monkeypatch) -> str:
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, *a: (asked.append(caption), ("", ""))[1])
    window.save_events_dialog()
    return asked[0]


def test_save_dialog_says_everything_when_the_log_holds_everything(window, monkeypatch):
    window.session.events(scenario_lines(2))
    assert _caption(window, monkeypatch) == "Save all 31 events received"


def test_save_dialog_says_only_the_last_ones_once_the_ring_has_dropped_some(qtbot, monkeypatch, tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from tests.ui.conftest import Asker

    window = MainWindow(session=Session(log_capacity=10), my_line="oxe70020", asker=Asker())
    qtbot.addWidget(window)
    lines = scenario_lines(2)
    window.session.events(lines)
    caption = _caption(window, monkeypatch)
    assert "last 10 events" in caption and "21 older ones are gone" in caption
    out = tmp_path / "s.jsonl"
    assert window.save_events(str(out)) == 10  # exactly what the dialog promised
    assert out.read_bytes().splitlines() == lines[-10:]


def test_the_stats_follow_the_frames_a_few_times_a_second_not_at_each(window, qtbot, monkeypatch):
    """The status bar's count changes at every frame; repainting it 60 times a second (and the
    window under it when its width changed) was a tenth of the window's CPU at 1,000 events/s."""
    texts = []
    label = window.stats_label
    real = label.setText
    monkeypatch.setattr(label, "setText", lambda text: (texts.append(text), real(text)))
    source = replay(window, 4)
    for position in range(1, 25):  # 24 frames in a few milliseconds
        goto(window, source, position)
    assert len(texts) <= 1
    qtbot.waitUntil(lambda: "24 events" in label.text(), timeout=1000)  # the last frame's count, soon after
    assert len(texts) <= 2
    width = label.minimumWidth()
    goto(window, source, 1)  # fewer events: a narrower text, the label keeps its width
    qtbot.waitUntil(lambda: "24 events" not in label.text(), timeout=1000)
    assert label.minimumWidth() == width
