"""The presence panel's groups (issue 14): which group's lamps are shown, their counts by state,
and the receptionist's changes to their own groups. A part of PresencePanel (mixed into it),
kept apart so that the panel's module stays about lamps, views and the selection.

The chooser (widgets/group_chooser.py: tabs or sections) picks the group; the GroupsBook
(groups_book.py) holds one's own groups and knows the departments' keys; the departments'
members come from the directory, looked at again once users stop arriving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from desktop.model.state import LINE_STATES
from desktop.ui.groups_book import ALL, FAVOURITES, own_name
from desktop.ui.models.users_model import UsersModel
from desktop.ui.widgets.group_chooser import SECTIONS, TABS
from desktop.ui.words import line_state_words, number


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # "": the context pyside6-lupdate gives a bare tr() call (a mixin's self.tr would look in
    # the panel's class, where lupdate does not put them)
    return QCoreApplication.translate("", text, disambiguation, n)


class PresenceGroups:
    """Mixed into PresencePanel, whose __init__ makes `chooser`, `book`, `asker`, `proxy`,
    `stack`, `legend`, `count`, `tab_row` and the signals `group_changed`, `groups_mode_wanted`
    and `message`."""

    def set_groups_shown_as(self, mode: str) -> None:
        """Groups as a row of tabs or as collapsible sections (group_chooser.MODES)."""
        key = self.chooser.current() or ALL
        self.chooser.set_mode(mode)
        self.tab_row.removeWidget(self.count)
        self.legend.layout().removeWidget(self.count)
        if self.chooser.mode == TABS:
            self.tab_row.addWidget(self.count)
        else:
            self.legend.place_count()
        self.chooser.set_current(key)
        self._show_lamps()

    def show_group(self, key: str) -> None:
        """Show group `key`'s lamps; a key not offered (yet): everyone until it is."""
        self._wanted_group = key
        self.chooser.set_current(key)

    def _group_picked(self, key: str) -> None:
        self._wanted_group = key
        self.group_changed.emit(key)

    def current_group(self) -> str:
        return self.chooser.current()

    def _group_chosen(self, key: str) -> None:
        self.proxy.set_group(self._members.get(key) if key else None)
        self._show_lamps()
        self.update_counts()

    def _show_lamps(self) -> None:
        # As sections with every section folded, no lamps: only the headers and their counts.
        shown = self.chooser.mode != SECTIONS or bool(self.chooser.current())
        self.stack.setVisible(shown)
        self.legend.setVisible(shown)

    def _directory_changed(self) -> None:
        departments: dict[str, set[str]] = {}
        for login, user in self.proxy.sourceModel().core.users.items():
            if user.department:
                departments.setdefault(user.department, set()).add(login)
        frozen = {name: frozenset(logins) for name, logins in departments.items()}
        if frozen != self._departments:
            self._departments = frozen
            self._groups_changed()

    def _groups_changed(self) -> None:
        """The groups or their members changed: the entries, their members, the filter."""
        self._entries = self.book.entries(self._departments)
        # The departments' sets are the directory's own (shared, not copied): no index of who is
        # where either, a lamp's menu asks the few groups (a login->groups table for 10,000
        # users was 1.5 MiB).
        self._members = {entry.key: self.book.members(entry.key, self._departments.get) for entry in self._entries}
        self.update_counts()
        wanted = self._wanted_group
        if wanted != self.chooser.current() and wanted in self._members:
            self.chooser.set_current(wanted)
        key = self.chooser.current()
        if key:
            self.proxy.set_group(self._members.get(key))

    def update_counts(self) -> None:
        """Each group's users by line state: in the tabs or headers, and the shown group's in the legend."""
        users: UsersModel = self.proxy.sourceModel()
        counts = users.group_counts(self._members)
        everyone = counts.get(ALL)
        if everyone is None:  # before the first entries
            return
        rows = []
        for entry in self._entries:
            count = counts[entry.key]
            total = sum(count.values())
            text = f"{entry.name} {number(total)}"
            if count["ringing"]:
                text += " · " + tr("%1 ringing").replace("%1", number(count["ringing"]))
            by_state = ", ".join(f"{number(count[s])} {line_state_words(s)}" for s in LINE_STATES if count[s])
            tip = tr("%1: %n user(s)", "", total).replace("%1", entry.name) + (f" ({by_state})" if by_state else "")
            if entry.own:
                tip += "\n" + tr("Drag lamps here to add them; right click to rename or delete")
            rows.append((entry.key, text, tip, entry.own))
        self.chooser.set_entries(rows)
        self.legend.set_counts(counts.get(self.chooser.current(), everyone))

    def add_to_group(self, key: str, logins: list[str]) -> None:
        why = self.book.add(key, logins)
        if why:
            self.message.emit(why)

    def remove_from_group(self, key: str, logins: list[str]) -> None:
        why = self.book.remove(key, logins)
        if why:
            self.message.emit(why)

    def toggle_favourite(self, login: str | None) -> None:
        """The favourites gain `login`, or lose them when they were one."""
        if not login:
            self.message.emit(tr("Select a lamp first"))
        elif self.book.is_favourite(login):
            self.remove_from_group(FAVOURITES, [login])
        else:
            self.add_to_group(FAVOURITES, [login])

    def new_group(self, logins: list[str] = ()) -> str | None:
        """Ask a name, create the group with `logins` in it and show it; its key, or None."""
        name = self.asker.text(self, tr("New group"), tr("Name of the new group:")) if self.asker else None
        if not name:
            return None
        why = self.book.create(name)
        if why:
            self.message.emit(why)
            return None
        key = self.book.key_of(name)
        if logins:
            self.add_to_group(key, list(logins))
        else:
            self.show_group(key)
        return key

    def rename_group(self, key: str) -> None:
        old = own_name(key)
        if not old:
            return
        name = self.asker.text(self, tr("Rename group"), tr("New name of “%1”:").replace("%1", old)) if self.asker else None
        if not name:
            return
        why = self.book.rename(old, name)
        if why:
            self.message.emit(why)
            return
        renamed = self.book.key_of(name)
        if renamed and self.chooser.current() == key:
            self.show_group(renamed)

    def delete_group(self, key: str) -> None:
        name = own_name(key)
        if not name or self.asker is None:
            return
        if self.asker.confirm(self, tr("Delete group"), tr("Delete the group “%1”? Its users stay on the PBX; only the group goes.").replace("%1", name)):
            why = self.book.delete(name)
            if why:
                self.message.emit(why)

    def group_menu(self, key: str, at: QPoint) -> QMenu:
        """A tab's or section's menu: rename and delete one's own group; a new group; tabs or sections."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        name = own_name(key)
        menu.setAccessibleName(tr("Group actions"))
        if name:
            menu.addAction(tr("Rename “%1”…").replace("%1", name), lambda: self.rename_group(key))
            menu.addAction(tr("Delete “%1”…").replace("%1", name), lambda: self.delete_group(key))
            menu.addSeparator()
        menu.addAction(tr("New group…"), self.new_group)
        other = SECTIONS if self.chooser.mode == TABS else TABS
        words = tr("Show groups as sections") if other == SECTIONS else tr("Show groups as tabs")
        menu.addAction(words, lambda: self.groups_mode_wanted.emit(other))
        self.group_menu_shown = menu  # tests reach the open menu here
        menu.popup(at)
        return menu

    def add_group_items(self, menu: QMenu, login: str) -> None:
        """A lamp menu's group items: favourite or not, into one of one's groups, out of the shown one."""
        menu.addSeparator()
        # The window's Ctrl+D does the same on the selected lamp (this one, once the menu opened).
        words = tr("Remove from favourites") if self.book.is_favourite(login) else tr("Add to favourites")
        menu.addAction(f"{words}\tCtrl+D", lambda: self.toggle_favourite(login))
        into = menu.addMenu(tr("Add to group"))
        into.setAccessibleName(tr("Add to group"))
        for entry in self._entries:
            if entry.own and entry.key != FAVOURITES and login not in (self._members.get(entry.key) or ()):
                into.addAction(entry.name, lambda k=entry.key: self.add_to_group(k, [login]))
        into.addSeparator()
        into.addAction(tr("New group…"), lambda: self.new_group([login]))
        current = self.chooser.current()
        name = own_name(current)
        if name and login in (self._members.get(current) or ()):
            menu.addAction(tr("Remove from “%1”").replace("%1", name), lambda: self.remove_from_group(current, [login]))
