"""Matches offered while typing in a number-to-call box: the users the window knows, and the
PBX directory when the source offers a directory search (O2G's directory service).

One completer model for the whole panel: the boxes are rebuilt with the cards, the matches are
not. The search waits until typing pauses (SEARCH_DELAY_MS), and a late answer for text that
is no longer in the box is dropped. Choosing a match puts its number in the box.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.ui.aio import spawn

SEARCH_DELAY_MS = 300
MIN_CHARS = 2
MAX_MATCHES = 20
NUMBER_ROLE = Qt.UserRole + 1  # what choosing a match writes in the box: its number


def _label(name: str, number: str) -> str:
    return f"{name} {number}".strip() if name != number else number


def _name(entry: dict) -> str:
    names = " ".join(n for n in (entry.get("firstName"), entry.get("lastName")) if n)
    return names or entry.get("login") or ""


class NumberCompleter(QObject):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = QStandardItemModel(self)  # shown: "name number"; written: the number
        self._text = ""
        self._box: QLineEdit | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.searches = 0  # directory searches sent: what tests count

    def attach(self, box: QLineEdit) -> None:
        completer = QCompleter(self.model, box)
        # The list is filtered here (names and numbers); the completer shows it as it is and
        # writes the chosen match's number.
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCompletionRole(NUMBER_ROLE)
        completer.popup().setAccessibleName(self.tr("Matching names and numbers"))
        box.setCompleter(completer)
        box.textEdited.connect(lambda text, b=box: self._typed(b, text))

    def labels(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _typed(self, box: QLineEdit, text: str) -> None:
        self._text, self._box = text.strip(), box
        self._show(self._known(self._text))
        if len(self._text) >= MIN_CHARS:
            self._timer.start()

    def _known(self, text: str) -> list[tuple[str, str]]:
        """(name, number) of the model's users matching `text`."""
        if len(text) < MIN_CHARS:
            return []
        wanted = text.casefold()
        found = []
        for user in self.session.model.users.values():
            name = " ".join(n for n in (user.first_name, user.last_name) if n) or user.display_name or user.login
            if user.number and (wanted in name.casefold() or user.number.startswith(text)):
                found.append((name, user.number))
                if len(found) >= MAX_MATCHES:
                    break
        return found

    def _show(self, matches: list[tuple[str, str]]) -> None:
        self.model.clear()
        seen = set()
        for name, number in matches:
            if number in seen:
                continue
            seen.add(number)
            item = QStandardItem(_label(name, number))
            item.setData(number, NUMBER_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def _search(self) -> None:
        search = getattr(self.session.source, "search_directory", None)
        if search is None or len(self._text) < MIN_CHARS:
            return
        self.searches += 1
        spawn(self._run(search, self._text))

    async def _run(self, search, text: str) -> None:
        found = await search(text, MAX_MATCHES)
        if text != self._text:  # typing went on: this answer is stale
            return
        matches = self._known(text) + [(_name(e), e["number"]) for e in found if e.get("number")]
        self._show(matches)
        box = self._box
        try:
            if box is not None and box.completer() is not None and box.hasFocus():
                box.completer().complete()
        except RuntimeError:  # the box was rebuilt meanwhile
            pass
