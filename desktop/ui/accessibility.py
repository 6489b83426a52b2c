"""What a screen reader is told: the panels' names, and the changes worth saying aloud.

Lamps and rows speak through the users model (Qt.AccessibleTextRole: "Jonas Mendes, 73571,
talking for 3 minutes, forwarded to voicemail"); buttons through their text and
setAccessibleName. This module names the panels and fields from outside their modules (one
place, so a new panel cannot forget), and `Announcer` raises the accessible events: a NameChanged
on the lamp that has the focus when its user's state changes, and an announcement when my line
changes state or a new call rings on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDockWidget, QLineEdit, QScrollArea, QToolButton, QWidget

from desktop.ui.models.users_model import LineStateRole, LoginRole

_NAME_CHANGED = QAccessible.NameChanged
_ACCESSIBLE_TEXT = Qt.AccessibleTextRole


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def name_widgets(window) -> None:
    """Accessible names and descriptions of the main window's panels and fields."""
    translate = QCoreApplication.translate
    p, c = window.presence, window.calls
    rows = [
        (p, translate("Accessibility", "Users"), translate("Accessibility", "Every monitored user's line state")),
        (p.grid, translate("Accessibility", "Lamps"), translate("Accessibility", "One lamp per user; arrow keys move between them")),
        (p.table, translate("Accessibility", "User list"), translate("Accessibility", "One row per user, sortable by column")),
        (p.search, translate("Accessibility", "Search users"), translate("Accessibility", "Name, number or login; Enter selects the first match")),
        (p.state_filter, translate("Accessibility", "Show users"), translate("Accessibility", "Only the users in this state")),
        (p.sort_by, translate("Accessibility", "Sort users"), ""),
        (p.toggle, translate("Accessibility", "Lamps or list"), translate("Accessibility", "Switch between lamps and a list")),
        (p.count, translate("Accessibility", "Users shown"), ""),
        (c, translate("Accessibility", "Calls"), translate("Accessibility", "The selected user's calls and their buttons")),
        (window.log_dock, translate("Accessibility", "Event log"), translate("Accessibility", "Every event received, newest last")),
        (window.log_dock.filter, translate("Accessibility", "Filter events"), translate("Accessibility", "Only the events of this user or callRef")),
        (window.log_dock.table, translate("Accessibility", "Events"), translate("Accessibility", "One row per event; its JSON below")),
        (window.log_dock.json, translate("Accessibility", "Event JSON"), ""),
        (window.source_label, translate("Accessibility", "Source"), ""),
        (window.connection_label, translate("Accessibility", "Connection"), ""),
        (window.stats_label, translate("Accessibility", "Event counts"), ""),
    ]
    for widget, name, description in rows:
        if not widget.accessibleName():
            widget.setAccessibleName(name)
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(description)
    # A search field's clear button (Qt's own, inside the field) has no name of its own: the
    # at-spi tree (tools/atspi_tree.py) listed it as an unnamed push button.
    for edit in window.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(translate("Accessibility", "Clear the field"))
    # Tab leaves a table rather than walking its cells (arrow keys do that): no keyboard trap.
    for table in (p.table, window.log_dock.table):
        table.setTabKeyNavigation(False)
    for area in c.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.NoFocus)  # a container: Tab goes to its buttons, which it scrolls to


def focusable(w: QWidget) -> bool:
    """Reached by Tab on its own: a combo or date box's line edit is part of its box."""
    return bool(w.focusPolicy() & Qt.TabFocus) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))


class TabOrder(QObject):
    """Reading order for Tab: the users' controls, the calls panel's (rebuilt as calls come
    and go, which would otherwise put them after the event log), then the event log."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._shown: list = []
        self._pending = False
        # Only when the calls panel's widgets change: walking the window's children at every
        # frame cost ~1 ms, 40 times a second.
        window.calls.rebuilt.connect(self.later)
        window.presence.user_selected.connect(self.later)
        window.presence.chooser.rebuilt.connect(self.later)
        self.later()

    def later(self, *args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.apply)

    def chain(self) -> list[QWidget]:
        w = self.window
        p, log = w.presence, w.log_dock
        calls = [x for x in w.calls.findChildren(QWidget) if focusable(x)]
        queue = w.queue.focus_chain()  # above the calls, read first
        docks = [d for d in w.findChildren(QDockWidget) if d is not log]  # the history...: after the log
        others = [x for d in docks for x in d.findChildren(QWidget) if focusable(x)]
        users = p.focus_chain()
        chain = [*users, *queue, *calls, log.filter, log.autoscroll, log.table, log.json, *others]
        # Only what is in the window now: a floating log dock is a window of its own (its own
        # chain), a card being replaced has left it.
        return [x for x in chain if x.window() is w]

    def apply(self) -> None:
        self._pending = False
        try:
            chain = self.chain()
        except RuntimeError:  # the window is going
            return
        if chain == self._shown:
            return
        self._shown = chain
        for first, then in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, then)


class Announcer(QObject):
    """Raises the accessible events of state changes; `said` keeps the last ones for tests."""

    def __init__(self, window, my_line: Callable[[], str | None]):
        super().__init__(window)
        self.window = window
        self.my_line = my_line
        self.said: list[str] = []
        self._states: dict[str, str] = {}  # login -> last line state said (focused lamp, my line)
        self._users = window.session.users
        self._users.dataChanged.connect(self._changed)
        window.ring.watcher.rang.connect(self._rang)

    def _changed(self, top, bottom, roles=()) -> None:
        if roles and int(LineStateRole) not in roles and int(Qt.DisplayRole) not in roles:
            return
        view = self.window.presence.grid
        current = view.currentIndex()
        # The window's focus widget, active or not: the lamp a reader is on (or comes back to).
        focused = current.data(LoginRole) if current.isValid() and self.window.focusWidget() is view else None
        mine = self.my_line()
        for login in {focused, mine} - {None}:
            row = self._users.row_of(login)
            if row is None or not top.row() <= row <= bottom.row():
                continue
            state = self._users.index(row, 0).data(LineStateRole)
            if self._states.get(login) == state:
                continue  # the time moved on, nothing else
            first = login not in self._states
            self._states[login] = state
            if first:
                continue  # the state as first seen is not a change
            text = self._users.index(row, 0).data(_ACCESSIBLE_TEXT)
            if login == focused:
                event = QAccessibleEvent(view, _NAME_CHANGED)
                event.setChild(current.row())
                QAccessible.updateAccessibility(event)
            if login == mine:
                self.announce(tr("My line: %s") % text)
            elif login == focused:
                self.said.append(text)

    def _rang(self, call_ref: str, title: str, text: str) -> None:
        self.announce(f"{title}: {text}")

    def announce(self, text: str) -> None:
        self.said.append(text)
        del self.said[:-50]
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.window, text))
