"""What a screen reader and a keyboard-only user get: names on every control, spoken lamps,
announcements of my line's changes, and a tab order that reaches everything in reading order."""

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Asker
from tests.ui.helpers import feed


def _spoken(window, login):
    users = window.session.users
    return users.index(users.row_of(login), 0).data(Qt.AccessibleTextRole)


def test_a_lamp_says_name_number_and_state_for_how_long(window):
    feed(window, 1, 6)  # 70020 calls 70021, who answers: both talking
    text = _spoken(window, "oxe70021")
    name = window.session.users.index(window.session.users.row_of("oxe70021"), 0).data()
    assert re.fullmatch(rf"{re.escape(name)}, 70021, talking for \d+ seconds?", text), text
    description = window.session.users.index(window.session.users.row_of("oxe70021"), 0).data(Qt.AccessibleDescriptionRole)
    assert "talking" in description and "70020" in description  # the call, with whom


def test_a_new_ringing_call_on_my_line_and_its_state_changes_are_announced(qtbot):
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    feed(window, 1, 4)  # 70020 dials; nothing rings on 70021 yet
    assert not any("Incoming call" in s for s in window.announcer.said)
    feed(window, 1, 5)  # ...and now it rings
    assert any(s.startswith("Incoming call") for s in window.announcer.said), window.announcer.said
    window.announcer.said.clear()
    window.session.events(__import__("tests.conftest", fromlist=["x"]).scenario_lines(1)[5:6])
    window.session.flush()  # answered: my line is talking
    assert any(s.startswith("My line: ") and "talking" in s for s in window.announcer.said), window.announcer.said


def _focusable(window):
    """The controls a user reaches; an editable combo box's or a date box's own line edit is part of the box
    (Qt's accessibility presents the box, named)."""
    return [
        w for w in window.findChildren(QWidget)
        if w.isVisibleTo(window) and w.focusPolicy() & Qt.TabFocus and isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
        or w in (window.presence.grid, window.log_dock.table)
    ]


def test_every_control_of_the_window_has_an_accessible_name(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    feed(window, 1, 6)
    window.presence.select("oxe70020")  # a user's calls: the cards and their buttons
    nameless = []
    for w in _focusable(window) + window.calls.findChildren(QWidget, "callCard"):
        if not w.isVisible():
            continue
        face = QAccessible.queryAccessibleInterface(w)
        if face is None or not face.text(QAccessible.Name).strip():
            nameless.append(f"{type(w).__name__} {w.objectName()!r}")
    assert window.calls.findChildren(QWidget, "callCard"), "no card to check"
    assert nameless == [], nameless


def focus_chain(window, presses=60):
    """Tab from the search box until the focus comes back to it: the accessible names in order."""
    window.presence.search.setFocus()
    QApplication.processEvents()
    chain = []
    for _ in range(presses):
        w = QApplication.focusWidget()
        face = QAccessible.queryAccessibleInterface(w)
        chain.append(face.text(QAccessible.Name) if face is not None else type(w).__name__)
        QTest.keyClick(w, Qt.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is window.presence.search:
            return chain
    raise AssertionError(f"Tab never came back to the search box: {chain}")


def test_tab_goes_through_the_window_in_reading_order(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    feed(window, 1, 6)
    window.presence.select("oxe70020")
    QApplication.processEvents()  # the tab order follows the cards shown
    chain = focus_chain(window)
    print("focus chain:", chain)  # README's keyboard section lists it
    # Users first (search, filter, sort, lamps), then the calls panel, then the event log.
    groups = next(n for n in chain if n.startswith("Everyone"))  # the groups' tab bar says its current tab
    order = [chain.index(name) for name in ("Search users", "Search all groups", "Lamps or list", groups, "Lamps")]
    assert order == sorted(order)
    buttons = [i for i, n in enumerate(chain) if n in ("Hang up", "Hold", "End call for all", "Transfer")]
    assert buttons and min(buttons) > chain.index("Lamps")
    assert "Follow new events" in chain and chain.index("Follow new events") > max(buttons)
    # Every visible control is in the chain: nothing is reachable by mouse only.
    reachable = {QAccessible.queryAccessibleInterface(w).text(QAccessible.Name) for w in _focusable(window) if w.isVisible() and w.isEnabled()}
    assert reachable - set(chain) == set()


def test_the_lamp_with_the_keyboard_focus_shows_it(window):
    """Visible focus: the focused tile is drawn differently from the same tile unfocused."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    feed(window, 1, 6)
    grid = window.presence.grid
    index = grid.model().index(0, 0)

    def tile(state):
        option = QStyleOptionViewItem()
        option.initFrom(grid)
        option.rect = grid.visualRect(index).translated(-grid.visualRect(index).topLeft())
        option.rect.setSize(grid.itemDelegate().sizeHint(option, index))
        option.state = state
        image = QImage(option.rect.size(), QImage.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        grid.itemDelegate().paint(painter, option, index)
        painter.end()
        return image

    assert tile(QStyle.State_Enabled | QStyle.State_HasFocus) != tile(QStyle.State_Enabled)


def test_a_state_change_on_the_focused_lamp_raises_name_changed(window, qtbot, monkeypatch):
    from desktop.ui import accessibility

    raised = []
    monkeypatch.setattr(accessibility.QAccessible, "updateAccessibility", lambda event: raised.append((event.type(), event.child())))
    window.show()
    qtbot.waitExposed(window)
    feed(window, 1, 5)  # 70021 ringing
    grid = window.presence.grid
    assert window.presence.select("oxe70021")
    grid.setFocus()
    assert window.focusWidget() is grid
    window.session.users.refresh(["oxe70021"])  # (the state as first seen: not a change)
    raised.clear()
    feed(window, 1, 8)  # 70021 answered: the focused lamp changed
    assert (QAccessible.NameChanged, grid.currentIndex().row()) in raised, raised
    assert any("talking" in s for s in window.announcer.said)
