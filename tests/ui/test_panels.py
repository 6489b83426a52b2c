"""The calls panel keeps its scroll position; the log's save says what it saves."""

from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import scenario_lines


def test_calls_panel_keeps_its_scroll_position_across_rebuilds(window):
    window.resize(1280, 420)  # short enough that three cards scroll
    window.show()
    lines = scenario_lines(2)
    window.session.events(lines[:19])  # my line's held call, and oxe70021 with two calls
    window.session.flush()
    window.presence.select("oxe70021")
    QApplication.processEvents()
    bar = window.calls._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    kept = bar.value()
    before = list(window.calls.cards)
    # the next event about a shown user (here one that keeps the three cards): the page is rebuilt
    nxt = next(i for i in range(19, len(lines)) if b'"id": "oxe70021"' in lines[i])
    window.session.events(lines[19 : nxt + 1])
    window.session.flush()
    QApplication.processEvents()
    assert window.calls.cards and window.calls.cards[0] is not before[0]
    assert bar.value() == min(kept, bar.maximum()) and bar.value() > 0


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
