"""The window's groups: the receptionist's own (kept in the groups file) and the directory's
departments, each a set of lamps the presence panel can show by itself.

Every change is saved at once (app/groups_file.py writes it whole or not at all); a change
that breaks a rule of the file (model/groups.py: a name taken, too many groups) or cannot be
saved comes back as a sentence to show, and the groups stay as they were.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.app import groups_file
from desktop.model import groups as rules
from desktop.model.groups import Groups, GroupsError

ALL, FAVOURITES = "all", "favourites"
GROUP, DEPARTMENT = "group:", "department:"  # key prefixes, before the name


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def refusal(exc: GroupsError) -> str:
    """Why a change was refused, in the window's language (a file's fault: its details)."""
    words = {
        rules.EMPTY_NAME: tr("A group needs a name"),
        rules.LONG_NAME: tr("A group's name has at most %1 characters").replace("%1", str(rules.MAX_NAME)),
        rules.NAME_TAKEN: tr("There is already a group named “%1”").replace("%1", exc.name),
        rules.NO_SUCH_GROUP: tr("There is no group named “%1” any more").replace("%1", exc.name),
        rules.TOO_MANY_GROUPS: tr("At most %1 groups").replace("%1", str(rules.MAX_GROUPS)),
        rules.TOO_MANY_MEMBERS: tr("At most %1 users in a group").replace("%1", str(rules.MAX_MEMBERS)),
    }
    return words.get(exc.reason) or tr("The groups file is not valid: %1").replace("%1", str(exc))


class Entry(NamedTuple):
    """One group as the panel offers it: a tab, or a section."""

    key: str  # ALL, FAVOURITES, GROUP + name, DEPARTMENT + name
    name: str  # as shown
    own: bool  # the receptionist's (users can be dragged in, renamed, deleted); favourites too


def group_key(name: str) -> str:
    return GROUP + name


def own_name(key: str) -> str | None:
    """The name of the receptionist's group `key` ('' for the favourites); None for the others."""
    if key == FAVOURITES:
        return ""
    return key[len(GROUP):] if key.startswith(GROUP) else None


class GroupsBook(QObject):
    changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path or groups_file.default_path()
        self._groups, why = groups_file.load(self.path)
        # Shown once by the window: the file could not be read (it was set aside, not lost).
        self.load_error = tr("Your groups could not be read: %s") % why if why else None

    @property
    def groups(self) -> Groups:
        return self._groups

    # --- what the panel shows -----------------------------------------------------------

    def entries(self, departments: Iterable[str]) -> list[Entry]:
        """Favourites first, then everyone, the receptionist's groups, the directory's departments."""
        entries = [Entry(FAVOURITES, tr("Favourites"), True), Entry(ALL, tr("Everyone"), False)]
        entries += [Entry(group_key(g.name), g.name, True) for g in self._groups.groups]
        entries += [Entry(DEPARTMENT + d, d, False) for d in sorted(departments, key=str.casefold)]
        return entries

    def members(self, key: str, department_of: Callable[[str], frozenset[str]]) -> frozenset[str] | None:
        """The logins of group `key` (None: everyone)."""
        if key == FAVOURITES:
            return frozenset(self._groups.favourites)
        if key.startswith(GROUP):
            group = self._groups.find(key[len(GROUP):])
            return frozenset(group.members) if group is not None else frozenset()
        if key.startswith(DEPARTMENT):
            return department_of(key[len(DEPARTMENT):])
        return None

    def key_of(self, name: str) -> str | None:
        """The key of one's own group named `name` (any case or spacing), None when there is none."""
        group = self._groups.find(name)
        return group_key(group.name) if group is not None else None

    def is_favourite(self, login: str) -> bool:
        return login in self._groups.favourites

    # --- changes: None when done, else why not ------------------------------------------

    def create(self, name: str) -> str | None:
        return self._change(lambda g: g.create(name))

    def rename(self, old: str, new: str) -> str | None:
        return self._change(lambda g: g.rename(old, new))

    def delete(self, name: str) -> str | None:
        return self._change(lambda g: g.delete(name))

    def add(self, key: str, logins: list[str]) -> str | None:
        name = own_name(key)
        if name is None:
            return tr("Users can only be added to your own groups and favourites")
        return self._change(lambda g: g.add(name or None, logins))

    def remove(self, key: str, logins: list[str]) -> str | None:
        name = own_name(key)
        if name is None:
            return tr("Users can only be taken out of your own groups and favourites")
        return self._change(lambda g: g.remove(name or None, logins))

    def import_from(self, path: Path) -> str | None:
        """Another file's groups into these (model.groups.Groups.merge)."""
        try:
            other = groups_file.read_file(path)
        except GroupsError as exc:
            return tr("Not imported: %s") % exc  # which file, what is wrong and where in it
        return self._change(lambda g: g.merge(other))

    def export_to(self, path: Path) -> str | None:
        try:
            groups_file.save(self._groups, path)
        except OSError as exc:
            return tr("Not exported to %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
        return None

    def _change(self, change: Callable[[Groups], object]) -> str | None:
        # On a copy: a change refused half-way, or not saved, leaves the groups as they were.
        groups = copy.deepcopy(self._groups)
        try:
            change(groups)
        except GroupsError as exc:
            return refusal(exc)
        try:
            groups_file.save(groups, self.path)
        except OSError as exc:
            return tr("Your groups could not be saved to %1: %2").replace("%1", str(self.path)).replace("%2", exc.strerror or str(exc))
        self._groups = groups
        self.changed.emit()
        return None
