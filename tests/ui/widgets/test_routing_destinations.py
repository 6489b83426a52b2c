"""The shared list of forwarding destinations: built late for a large directory, and for the
directory in use only (tests/ui/test_routing.py drives it through the window)."""

from __future__ import annotations

from desktop.model import Model
from desktop.ui.widgets import routing_editor

DELAY_MS = 1_000


def directory(users: int) -> Model:
    model = Model()
    for n in range(users):
        model.add_user(f"u{n}", number=f"{7000 + n}", last_name=f"Name{n}")
    return model


def offered(items) -> list[str]:
    return [items.item(row).text() for row in range(items.rowCount())]


def test_each_directory_waits_its_own_delay_before_its_list_is_built(qtbot, monkeypatch):
    """A reconnection's directory restarts the wait: the previous directory's timer, left
    running, built the new list in the middle of the new snapshot."""
    monkeypatch.setattr(routing_editor, "IMMEDIATE_UP_TO", 2)
    monkeypatch.setattr(routing_editor, "BUILD_DELAY_MS", DELAY_MS)
    monkeypatch.setattr(routing_editor, "_destinations", None)
    lists = routing_editor.destinations()
    first, second = directory(5), directory(6)
    assert offered(lists.items(first)) == ["voicemail"]
    qtbot.wait(DELAY_MS * 6 // 10)
    assert offered(lists.items(second)) == ["voicemail"]  # never the first directory's colleagues
    built: list = []
    lists.rebuilt.connect(lambda: built.append(offered(lists.items(second))))
    qtbot.wait(DELAY_MS * 6 // 10)  # the first directory's delay is over, the second's is not
    assert built == []
    qtbot.waitUntil(lambda: bool(built), timeout=DELAY_MS * 3)
    assert len(built[0]) == 7 and built[0][0] == "voicemail" and built[0][-1].endswith(" 7005")
