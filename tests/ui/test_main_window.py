"""The window's own work: saving the log's events back as JSONL."""

from tests.conftest import scenario_lines


def test_save_events_writes_them_back_as_jsonl(window, tmp_path):
    lines = scenario_lines(3)
    window.session.events(lines)
    window.session.flush()
    out = tmp_path / "s.jsonl"
    assert window.save_events(str(out)) == len(lines)
    assert out.read_bytes().splitlines() == lines
