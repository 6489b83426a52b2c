"""The presence panel works from the keyboard: type to search, arrows to move, and the calls
panel follows the current user."""

from PySide6.QtCore import Qt

from desktop.ui.models.users_model import LoginRole
from tests.ui.conftest import replay
from tests.ui.helpers import goto


def test_arrows_move_through_the_lamps_and_the_calls_panel_follows(window, qtbot):
    source = replay(window, 2)
    goto(window, source, 18)  # three users, two of them in calls
    window.show()
    grid = window.presence.grid
    grid.setFocus()
    first = window.presence.proxy.index(0, 0).data(LoginRole)  # the first lamp shown
    window.presence.select(first)
    seen = [window.presence.current_login()]
    for _ in range(2):
        qtbot.keyClick(grid, Qt.Key_Right)
        seen.append(window.presence.current_login())
    assert len(set(seen)) == 3  # each arrow reached another user
    assert window.calls.selected == seen[-1]


def test_typing_in_search_narrows_the_lamps(window, qtbot):
    source = replay(window, 2)
    goto(window, source, 18)
    qtbot.keyClicks(window.presence.search, "70022")
    assert window.presence.proxy.rowCount() == 1
    assert window.presence.proxy.index(0, 0).data(Qt.DisplayRole)


def test_search_ignores_accents_and_case_on_both_sides(window, qtbot):
    source = replay(window, 2)
    goto(window, source, 18)
    names = {window.presence.proxy.index(r, 0).data(Qt.DisplayRole) for r in range(window.presence.proxy.rowCount())}
    assert "Nom70020 Prénom7" in names
    for typed in ("prenom", "PRÉNOM", "nom70020 prénom"):
        window.presence.search.clear()
        if typed.isascii():
            qtbot.keyClicks(window.presence.search, typed)
        else:  # QTest types ASCII only: an accented word arrives as a keyboard layout would give it
            window.presence.search.setText(typed)
        shown = [window.presence.proxy.index(r, 0).data(Qt.DisplayRole) for r in range(window.presence.proxy.rowCount())]
        assert shown == ["Nom70020 Prénom7"], typed
