"""Which group of lamps the presence panel shows: a row of tabs, or collapsible sections.

Both present the same entries (groups_book.Entry, with their counts) and say the same things:
`chosen(key)` when one is opened ("" when the open section is folded), `dropped(key, logins)`
when users are dragged onto one of the receptionist's own groups, `menu_requested(key, at)`
for a right click or the menu key on one. As sections, the headers before the open one sit in
`before`, the rest in `after`: the panel puts the lamps between them. Each of the two scrolls
past a few headers, so that a dozen departments never squeeze the lamps to a row or two.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QTabBar, QToolButton, QVBoxLayout, QWidget

from desktop.ui.models.user_drag import USERS_MIME, dragged_users

TABS, SECTIONS = "tabs", "sections"
MODES = (TABS, SECTIONS)
HEADERS_SHOWN = 4.5  # headers above (and below) the open section before they scroll: half of one says "more"


class GroupTabs(QTabBar):
    """The tabs; a tab of one's own group takes users dropped on it."""

    def __init__(self, chooser: GroupChooser):
        super().__init__()
        self._chooser = chooser
        self.setAcceptDrops(True)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setDocumentMode(True)
        self.setElideMode(Qt.ElideNone)  # whole names; the scroll buttons reach the rest
        self.setContextMenuPolicy(Qt.DefaultContextMenu)

    def key_at(self, pos: QPoint) -> str | None:
        index = self.tabAt(pos)
        return self.tabData(index) if index >= 0 else None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(USERS_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        key = self.key_at(event.position().toPoint())
        if key is not None and self._chooser.takes_users(key):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        key = self.key_at(event.position().toPoint())
        logins = dragged_users(event.mimeData())
        if key is not None and logins and self._chooser.takes_users(key):
            event.acceptProposedAction()
            self._chooser.dropped.emit(key, logins)

    def contextMenuEvent(self, event) -> None:
        index = self.tabAt(event.pos()) if event.reason() == event.Reason.Mouse else self.currentIndex()
        if index >= 0:
            self._chooser.menu_requested.emit(self.tabData(index), self.mapToGlobal(self.tabRect(index).center()))


class SectionHeader(QToolButton):
    """One section's header: its name and counts, an arrow saying whether it is open."""

    def __init__(self, chooser: GroupChooser, key: str):
        super().__init__()
        self._chooser, self.key = chooser, key
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAcceptDrops(True)
        self.toggled.connect(lambda on: self.setArrowType(Qt.DownArrow if on else Qt.RightArrow))
        self.setArrowType(Qt.RightArrow)
        self.clicked.connect(lambda on: chooser._section_clicked(key, on))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(USERS_MIME) and self._chooser.takes_users(self.key):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        logins = dragged_users(event.mimeData())
        if logins and self._chooser.takes_users(self.key):
            event.acceptProposedAction()
            self._chooser.dropped.emit(self.key, logins)

    def contextMenuEvent(self, event) -> None:
        self._chooser.menu_requested.emit(self.key, self.mapToGlobal(self.rect().center()))


class GroupChooser(QObject):
    chosen = Signal(str)
    picked = Signal(str)  # chosen by the user's hand (a click, a key), not because a group went
    rebuilt = Signal()  # the tabs or headers were made anew (the window's Tab order follows)
    dropped = Signal(str, list)
    menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.mode = TABS
        self._entries: list[tuple[str, str, str, bool]] = []  # key, label, tooltip, takes users
        self._current = ""
        self.fallback = ""  # opened when the open group is no longer offered (else the first)
        self.tabs = GroupTabs(self)
        self.tabs.setAccessibleName(self.tr("Groups"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.before, self.after = _header_area(), _header_area()
        # The open header is the last of those before the lamps: kept in view, once laid out.
        bar = self.before.verticalScrollBar()
        bar.rangeChanged.connect(lambda low, high: bar.setValue(high))
        self.headers: dict[str, SectionHeader] = {}
        self.before.hide()
        self.after.hide()

    # --- what the panel tells it ------------------------------------------------------------

    def set_entries(self, entries: list[tuple[str, str, str, bool]]) -> None:
        """(key, label with counts, tooltip, takes users) per group, in order."""
        keys_changed = [e[0] for e in entries] != [e[0] for e in self._entries]
        self._entries = list(entries)
        if keys_changed:
            self._rebuild()
            return
        for index, (key, text, tip, _) in enumerate(entries):
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)
            if self.tabs.tabToolTip(index) != tip:
                self.tabs.setTabToolTip(index, tip)
            header = self.headers.get(key)
            if header is not None:
                if header.text() != text:
                    header.setText(text)
                    header.setAccessibleName(text)
                if header.toolTip() != tip:  # the other states' counts move without the ringing ones
                    header.setToolTip(tip)

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else TABS
        self._rebuild()

    def set_current(self, key: str) -> None:
        """Open group `key` (a key not offered: the first; "": as sections, none open)."""
        key = self._offered(key)
        if key != self._current:
            self._current = key
            self._rebuild()
            self.chosen.emit(key)

    def current(self) -> str:
        return self._current

    def takes_users(self, key: str) -> bool:
        return any(e[0] == key and e[3] for e in self._entries)

    # --- inside ---------------------------------------------------------------------------

    def _rebuild(self) -> None:
        keys = [e[0] for e in self._entries]
        offered = self._offered(self._current)
        if offered != self._current:
            self._current = offered
            self.chosen.emit(offered)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for key, text, tip, _ in self._entries:
            index = self.tabs.addTab(text)
            self.tabs.setTabData(index, key)
            self.tabs.setTabToolTip(index, tip)
        if self._current in keys:
            self.tabs.setCurrentIndex(keys.index(self._current))
        self.tabs.blockSignals(False)
        for header in self.headers.values():
            header.setParent(None)  # out of the layout now, not at the next event loop turn
            header.deleteLater()
        self.headers = {}
        self.tabs.setVisible(self.mode == TABS)
        self.before.setVisible(self.mode == SECTIONS)
        self.after.setVisible(self.mode == SECTIONS)
        if self.mode != SECTIONS:
            self.rebuilt.emit()
            return
        box = self.before.widget().layout()
        for key, text, tip, _ in self._entries:
            header = self.headers[key] = SectionHeader(self, key)
            header.setText(text)
            header.setToolTip(tip)
            header.setAccessibleName(text)
            header.setChecked(key == self._current)
            box.addWidget(header)
            if key == self._current:
                box = self.after.widget().layout()  # the lamps come here, between the open header and the rest
        for area in (self.before, self.after):
            headers = area.widget().layout().count()
            height = max((h.sizeHint().height() for h in self.headers.values()), default=0)
            area.setFixedHeight(int(min(headers, HEADERS_SHOWN) * height))
            area.setVisible(headers > 0)
        self.rebuilt.emit()

    def _offered(self, key: str) -> str:
        """`key` when it is offered (or "" as sections: none open), else the fallback or the first."""
        keys = [e[0] for e in self._entries]
        if key in keys or (key == "" and self.mode == SECTIONS):
            return key
        return self.fallback if self.fallback in keys else (keys[0] if keys else "")

    def _tab_changed(self, index: int) -> None:
        key = self.tabs.tabData(index) if index >= 0 else None
        if key is not None and key != self._current:
            self._current = key
            self.chosen.emit(key)
            self.picked.emit(key)

    def _section_clicked(self, key: str, opened: bool) -> None:
        self.set_current(key if opened else "")
        self.picked.emit(self._current)


def _header_area() -> QScrollArea:
    area = QScrollArea()
    area.setFrameShape(QFrame.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    area.setWidget(box)
    return area
