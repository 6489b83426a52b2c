"""Issue 14, groups and favourites, in the real window against the real simulator: the
directory's departments as groups with their counts; a group made from a lamp's menu found
again after a restart; lamps dragged onto a group; search inside a group or across all; tabs or
collapsible sections; rename, delete, import, export; an unreadable file set aside."""

import json

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QDragEnterEvent, QDragMoveEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from desktop.ui.groups_book import ALL, DEPARTMENT, FAVOURITES, group_key
from desktop.ui.models.user_drag import USERS_MIME, dragged_users
from tests.ui.conftest import Asker
from tests.ui.helpers import click, lamp, until
from tests.ui.live import Live
from tests.ui.live import open_window as live_window

ME = "oxe70021"
SALES = ["oxe71000", "oxe71006"]  # generated users 0 and 6 of 12: the first department


@pytest.fixture
def groups_file(tmp_path, monkeypatch):
    path = tmp_path / "groups.json"
    monkeypatch.setenv("CTI_GROUPS_FILE", str(path))
    return path


@pytest.fixture
def live(aloop):
    sim = Live(aloop, Engine(seed_directory(12), clock=wall_clock_ms))
    yield sim
    sim.close()


class Names(Asker):
    """Answers the window's questions: the names typed, the files chosen."""

    def __init__(self, *names, confirm=True, path=None):
        super().__init__(confirm=confirm)
        self.names, self.path = list(names), path

    def text(self, parent, title, label):
        return self.names.pop(0) if self.names else None

    def open_path(self, parent, title, filter):
        return self.path

    def save_path(self, parent, title, name, filter):
        return self.path


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def open_window(qtbot, aloop, live, asker):
    window, source = live_window(qtbot, aloop, live, ME, asker=asker)
    run(aloop, lambda: lamp(window, "oxe71011"))  # every user in
    window.presence._directory_timer.timeout.emit()  # the departments now, not in 300 ms
    return window, source


def close(aloop, window, source):
    aloop.run_until_complete(source.stop())
    window.close()


def tabs(window) -> dict[str, str]:
    bar = window.presence.chooser.tabs
    return {bar.tabData(i): bar.tabText(i) for i in range(bar.count())}


def click_tab(window, key):
    bar = window.presence.chooser.tabs
    index = next(i for i in range(bar.count()) if bar.tabData(i) == key)
    QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(index).center())


def shown(window) -> set[str]:
    proxy = window.presence.proxy
    return {proxy.index(r, 0).data(Qt.UserRole + 1) for r in range(proxy.rowCount())}


def lamp_menu(window, login):
    """A right click on `login`'s lamp: the menu that opens."""
    presence = window.presence
    index = presence._index_of(login)
    view = presence.grid
    view.scrollTo(index)
    at = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, at, view.viewport().mapToGlobal(at)))
    return window.calls.lamp_menu_shown


def item(menu, words):
    return next(a for a in menu.actions() if a.text().split("\t")[0] == words)


def test_departments_are_groups_with_counts_by_state(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names())
    keys = list(tabs(window))
    assert keys[:2] == [FAVOURITES, ALL]  # favourites first
    assert keys[2:] == [DEPARTMENT + d for d in ("Accounts", "Engineering", "Front desk", "Logistics", "Sales", "Support")]
    assert tabs(window)[ALL] == "Everyone 15" and tabs(window)[DEPARTMENT + "Sales"] == "Sales 2"
    live.act(SALES[1], "makeCall", callee="70021")  # a Sales user calls my line
    run(aloop, lambda: lamp(window, SALES[1]) == "dialing")
    window.presence.update_counts()
    click_tab(window, DEPARTMENT + "Sales")
    assert window.presence.current_group() == DEPARTMENT + "Sales"
    assert shown(window) == set(SALES)
    counts = lambda: {state: label.text() for state, label in window.presence.legend_counts.items()}  # noqa: E731
    run(aloop, lambda: counts()["dialing"] == "1")  # the counts follow once a second
    assert counts()["idle"] == "1" and counts()["talking"] == "0"
    assert "1 ringing" in tabs(window)[ALL]  # my line rings
    close(aloop, window, source)


def test_a_group_made_from_a_lamp_menu_is_there_after_a_restart(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names("Front  office"))
    menu = lamp_menu(window, "oxe71003")
    submenu = item(menu, "Add to group").menu()
    item(submenu, "New group…").trigger()
    menu.close()
    # The favourite: Ctrl+D on the selected lamp, as Help > Keyboard shortcuts says.
    window.presence.select("oxe70022")
    window.presence.grid.setFocus()
    QTest.keyClick(window, Qt.Key_D, Qt.ControlModifier)
    saved = json.loads(groups_file.read_text())
    assert saved["groups"] == [{"name": "Front office", "members": ["oxe71003"]}]
    assert saved["favourites"] == ["oxe70022"]
    close(aloop, window, source)

    window, source = open_window(qtbot, aloop, live, Names())
    assert tabs(window)[group_key("Front office")] == "Front office 1"
    assert tabs(window)[FAVOURITES] == "Favourites 1"
    click_tab(window, group_key("Front office"))
    assert shown(window) == {"oxe71003"}
    click_tab(window, FAVOURITES)
    assert shown(window) == {"oxe70022"}
    # The lamp's menu now offers to take them out of the favourites, which Ctrl+D also does.
    menu = lamp_menu(window, "oxe70022")
    item(menu, "Remove from favourites").trigger()
    menu.close()
    assert shown(window) == set() and json.loads(groups_file.read_text())["favourites"] == []
    close(aloop, window, source)

    # The group shown is remembered too.
    window, source = open_window(qtbot, aloop, live, Names())
    assert window.presence.current_group() == FAVOURITES
    close(aloop, window, source)


def drop_on(widget, at: QPoint, mime: QMimeData) -> bool:
    """A drag entering `widget`, moving to `at` and released there: whether the drop was taken."""
    point = QPointF(at)
    enter = QDragEnterEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_lamps_dragged_onto_a_group_join_it_and_nowhere_else(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names("Desk"))
    presence = window.presence
    presence.new_group()
    assert presence.current_group() == group_key("Desk") and shown(window) == set()
    click_tab(window, ALL)
    # What the lamps' view drags: the selected lamps' logins.
    presence.select("oxe71004")
    mime = presence.proxy.mimeData(presence.grid.selectionModel().selectedIndexes())
    assert dragged_users(mime) == ["oxe71004"]
    bar = presence.chooser.tabs
    index_of = {bar.tabData(i): i for i in range(bar.count())}
    assert drop_on(bar, bar.tabRect(index_of[group_key("Desk")]).center(), mime)
    assert not drop_on(bar, bar.tabRect(index_of[DEPARTMENT + "Sales"]).center(), mime)  # the directory's
    assert not drop_on(bar, bar.tabRect(index_of[ALL]).center(), mime)
    # Onto another lamp: nothing (only calls are dropped on lamps).
    grid = presence.grid
    target = grid.visualRect(presence._index_of("oxe71005")).center()
    assert not presence.proxy.canDropMimeData(mime, Qt.CopyAction, -1, 0, presence._index_of("oxe71005"))
    assert not drop_on(grid.viewport(), target, mime)
    assert json.loads(groups_file.read_text())["groups"] == [{"name": "Desk", "members": ["oxe71004"]}]
    click_tab(window, group_key("Desk"))
    assert shown(window) == {"oxe71004"}
    # A payload that is not ours, or too big, is no drag of users.
    hostile = QMimeData()
    hostile.setData(USERS_MIME, b"x\n" * 200_000)
    assert dragged_users(hostile) == []
    assert not drop_on(bar, bar.tabRect(index_of[group_key("Desk")]).center(), hostile)
    close(aloop, window, source)


def test_search_looks_inside_the_group_or_across_all(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names())
    presence = window.presence
    click_tab(window, DEPARTMENT + "Sales")
    QTest.keyClicks(presence.search, "71001")  # a Support user
    assert shown(window) == set()
    click(presence.everywhere)  # "In all groups"
    assert presence.everywhere.isChecked() and shown(window) == {"oxe71001"}
    presence.search.clear()  # no search: the group alone again
    assert shown(window) == set(SALES)
    close(aloop, window, source)


def test_rename_and_delete_from_the_tab_menu(qtbot, aloop, live, groups_file):
    asker = Names("Night", "Night shift", confirm=True)
    window, source = open_window(qtbot, aloop, live, asker)
    presence = window.presence
    presence.new_group(["oxe71002"])
    bar = presence.chooser.tabs
    index = next(i for i in range(bar.count()) if bar.tabData(i) == group_key("Night"))
    at = bar.tabRect(index).center()
    QApplication.sendEvent(bar, QContextMenuEvent(QContextMenuEvent.Mouse, at, bar.mapToGlobal(at)))
    menu = presence.group_menu_shown
    item(menu, "Rename “Night”…").trigger()
    menu.close()
    assert group_key("Night shift") in tabs(window) and group_key("Night") not in tabs(window)
    # A name already taken is refused, saying so, and nothing changes.
    asker.names = ["night SHIFT"]
    presence.new_group()
    assert "already a group named" in window.statusBar().currentMessage()
    click_tab(window, group_key("Night shift"))
    presence.delete_group(group_key("Night shift"))
    assert asker.confirmations and "Night shift" in asker.confirmations[-1]
    assert group_key("Night shift") not in tabs(window)
    assert presence.current_group() == ALL  # the deleted group's tab was open: everyone
    assert json.loads(groups_file.read_text())["groups"] == []
    close(aloop, window, source)


def test_collapsible_sections_instead_of_tabs(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names())
    presence = window.presence
    window.groups_mode_actions["sections"].trigger()
    headers = presence.chooser.headers
    assert not presence.chooser.tabs.isVisible() and headers[ALL].isChecked()
    click(headers[DEPARTMENT + "Support"])
    assert presence.current_group() == DEPARTMENT + "Support" and len(shown(window)) == 2
    assert presence.stack.isVisible()
    # The lamps sit right under the open section's header.
    header = presence.chooser.headers[DEPARTMENT + "Support"]
    run(aloop, lambda: header.isVisible() and header.height() < 60)  # laid out
    assert header.mapTo(presence, QPoint(0, header.height())).y() <= presence.legend.mapTo(presence, QPoint()).y()
    click(presence.chooser.headers[DEPARTMENT + "Support"])  # folded: no lamps, the headers only
    assert presence.current_group() == "" and not presence.stack.isVisible()
    assert "Sales 2" in presence.chooser.headers[DEPARTMENT + "Sales"].text()
    close(aloop, window, source)
    window, source = open_window(qtbot, aloop, live, Names())  # remembered
    assert window.presence.chooser.mode == "sections" and window.groups_mode_actions["sections"].isChecked()
    close(aloop, window, source)


def test_export_and_import_for_a_team(qtbot, aloop, live, groups_file, tmp_path):
    shared = tmp_path / "team.json"
    window, source = open_window(qtbot, aloop, live, Names("Desk", path=str(shared)))
    window.presence.new_group(["oxe71000"])
    window.export_groups()
    assert json.loads(shared.read_text())["groups"] == [{"name": "Desk", "members": ["oxe71000"]}]
    shared.write_text(json.dumps({"favourites": ["oxe71001"], "groups": [{"name": "desk", "members": ["oxe71002"]}, {"name": "Night", "members": []}]}))
    window.import_groups()
    assert tabs(window)[group_key("Desk")] == "Desk 1" and group_key("Night") in tabs(window)
    window.presence.show_group(group_key("Desk"))
    assert shown(window) == {"oxe71002"}
    shared.write_text('{"groups": [{"name": "A"}, {"name": "a"}]}')  # a bad file: refused whole
    window.import_groups()
    assert "Not imported" in window.statusBar().currentMessage() and "groups[1]" in window.statusBar().currentMessage()
    assert group_key("A") not in tabs(window)
    close(aloop, window, source)


def test_an_unreadable_groups_file_is_said_and_set_aside(qtbot, aloop, live, groups_file):
    groups_file.write_text("{ not json")
    window, source = open_window(qtbot, aloop, live, Names("Desk"))
    assert "could not be read" in window.statusBar().currentMessage()
    assert (groups_file.parent / "groups.json.unreadable").read_text() == "{ not json"
    window.presence.new_group()
    assert json.loads(groups_file.read_text())["groups"][0]["name"] == "Desk"
    close(aloop, window, source)


def test_groups_by_keyboard_alone(qtbot, aloop, live, groups_file):
    """Tab reaches the groups after the search bar; arrows move between them; as sections,
    Space opens the focused header (and Tab goes on to the lamps under it)."""
    window, source = open_window(qtbot, aloop, live, Names())
    presence = window.presence
    bar = presence.chooser.tabs
    chain = presence.focus_chain()
    assert chain.index(presence.toggle) < chain.index(bar) < chain.index(presence.grid)
    bar.setFocus()
    assert presence.current_group() == ALL
    QTest.keyClick(bar, Qt.Key_Right)
    assert presence.current_group() == DEPARTMENT + "Accounts" and len(shown(window)) == 2
    QTest.keyClick(bar, Qt.Key_Left)
    QTest.keyClick(bar, Qt.Key_Left)
    assert presence.current_group() == FAVOURITES
    window.set_groups_shown_as("sections")
    header = presence.chooser.headers[DEPARTMENT + "Sales"]
    header.setFocus()
    QTest.keyClick(header, Qt.Key_Space)
    assert presence.current_group() == DEPARTMENT + "Sales" and shown(window) == set(SALES)
    chain = presence.focus_chain()
    assert chain.index(presence.chooser.headers[DEPARTMENT + "Sales"]) < chain.index(presence.grid) < chain.index(presence.chooser.headers[DEPARTMENT + "Support"])
    close(aloop, window, source)


def test_the_user_count_sits_beside_the_tabs_or_at_the_legend_end(qtbot, aloop, live, groups_file):
    window, source = open_window(qtbot, aloop, live, Names())
    presence = window.presence
    assert not presence.legend.isAncestorOf(presence.count) and presence.count.isVisible()
    window.set_groups_shown_as("sections")
    assert presence.legend.isAncestorOf(presence.count)
    window.set_groups_shown_as("tabs")
    assert not presence.legend.isAncestorOf(presence.count)
    assert "15 users" in presence.count.text()
    close(aloop, window, source)


def test_a_tab_menu_switches_to_sections_and_the_window_remembers(qtbot, aloop, live, groups_file):
    from desktop.ui.main_window import settings

    window, source = open_window(qtbot, aloop, live, Names())
    bar = window.presence.chooser.tabs
    at = bar.tabRect(0).center()
    QApplication.sendEvent(bar, QContextMenuEvent(QContextMenuEvent.Mouse, at, bar.mapToGlobal(at)))
    menu = window.presence.group_menu_shown
    item(menu, "Show groups as sections").trigger()
    menu.close()
    assert window.presence.chooser.mode == "sections" and window.groups_mode_actions["sections"].isChecked()
    assert settings().value("groupsShownAs") == "sections"
    close(aloop, window, source)
