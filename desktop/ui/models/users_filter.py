"""The users as the presence panel shows them: the group chosen, search as you type, a line-state
filter, the sort, calls dropped on a user, and users dragged out (onto a group).

The search and the state filter look inside the current group, or across everyone when the
scope says "all groups" (the group then no longer narrows a search, only an unfiltered view).

Qt's own drag-and-drop path decides: the views ask this proxy's canDropMimeData while hovering
(refusing shows the "not allowed" cursor) and dropMimeData on release; the proxy hands both to
a drop handler (the calls panel) that knows what the call offers and sends the command.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QMimeData, QModelIndex, QSortFilterProxyModel, Qt

from desktop.ui.models.call_drag import MIME_TYPE
from desktop.ui.models.user_drag import users_mime
from desktop.ui.models.filtering import refilter
from desktop.ui.models.users_model import LineStateRole, LoginRole, SearchRole
from desktop.ui.words import fold

ALL_STATES = "all states"
BUSY_STATES = "not idle"


class DropHandler(Protocol):
    def drop_allowed(self, mime: QMimeData, target_login: str | None) -> bool: ...

    def drop(self, mime: QMimeData, target_login: str | None) -> bool: ...


class UsersFilter(QSortFilterProxyModel):
    """Search as you type over name, number and login; filter by line state; calls dropped on users."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._state = ALL_STATES
        self.drop_handler: DropHandler | None = None
        self._drop_flags = None
        self._group: frozenset[str] | None = None  # the logins of the group shown; None: everyone
        self._everywhere = False  # search and state filter across all groups
        self.setDynamicSortFilter(True)

    # --- drops: only onto a user (never between rows), and only what the handler allows

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        """Users dragged out of the lamps or the list: onto a group (widgets/group_chooser.py)."""
        return users_mime([i.data(LoginRole) for i in indexes if i.isValid()])

    def supportedDragActions(self):
        return Qt.CopyAction

    def supportedDropActions(self):
        return Qt.MoveAction | Qt.CopyAction

    def flags(self, index: QModelIndex):
        if not index.isValid() or self.drop_handler is None:
            return super().flags(index)
        # Asked for every painted cell; every user has the same flags, so combine them once.
        if self._drop_flags is None:
            self._drop_flags = super().flags(index) | Qt.ItemIsDropEnabled | Qt.ItemIsDragEnabled
        return self._drop_flags

    def _target(self, row: int, parent: QModelIndex) -> str | None:
        return parent.data(LoginRole) if row == -1 and parent.isValid() else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        handler = self.drop_handler
        if handler is None or not data.hasFormat(MIME_TYPE):  # a lamp dragged over lamps: nothing to say
            return False
        return handler.drop_allowed(data, self._target(row, parent))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        handler = self.drop_handler
        return handler is not None and handler.drop(data, self._target(row, parent))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        # The users model sorts itself (see users_model): this proxy only filters, in its order.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", fold(text).split()))

    def set_state(self, state: str) -> None:
        refilter(self, lambda: setattr(self, "_state", state))

    def set_group(self, logins: frozenset[str] | None) -> None:
        """Show only these users (None: everyone)."""
        if logins != self._group:
            refilter(self, lambda: setattr(self, "_group", logins))

    def set_everywhere(self, everywhere: bool) -> None:
        """Search and filter by state across all groups (True) or inside the current one."""
        if everywhere != self._everywhere:
            refilter(self, lambda: setattr(self, "_everywhere", everywhere))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        filtering = bool(self._words) or self._state != ALL_STATES
        group = self._group
        if group is not None and not (filtering and self._everywhere):
            if self.sourceModel().login_at(row) not in group:
                return False
        if not filtering:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self._state != ALL_STATES:
            line = index.data(LineStateRole)
            if self._state == BUSY_STATES:
                if line == "idle":
                    return False
            elif line != self._state:
                return False
        haystack = index.data(SearchRole) or ""
        return all(w in haystack for w in self._words)
