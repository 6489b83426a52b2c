"""A user's routing in their card of the calls panel: what it is, and the controls to change it.

Forward on/off with its condition and destination (a number typed, a colleague picked from the
directory, or voicemail), and do-not-disturb on/off. Each change is one of the protocol's
routing commands (forward, cancelForward, activateDnd, deactivateDnd) handed to `send`; what
the PBX then reports comes back through the model, and the panel rebuilds this editor from it.
What the user is typing survives those rebuilds (`draft`).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QLabel, QPushButton, QVBoxLayout

from desktop.model import Model
from desktop.model.state import User
from desktop.protocol.routing import FORWARD_CONDITIONS, IMMEDIATE, VOICEMAIL
from desktop.ui.routing_words import condition_words, routing_lines
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.words import user_name

Send = Callable[[str, dict], None]  # (action, args)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


# A list of 10,000 colleagues takes ~0.1 s to build: in the middle of a full state, that was
# time before the lamps were drawn. Above IMMEDIATE_UP_TO users it is built once the session's
# state has settled (`build_pending`), or BUILD_DELAY_MS after it was first wanted for that
# directory when no snapshot comes (names read one by one); until then an editor offers the
# list it had for the same directory, or voicemail alone.
IMMEDIATE_UP_TO = 2_000
BUILD_DELAY_MS = 3_000


class _Destinations(QObject):
    """Voicemail, then every colleague with a number, by name: one item model per directory,
    shared by every editor. (Filled per editor, 10,000 users cost ~50 ms at each rebuild of the
    calls panel, i.e. at each event of my line.)"""

    rebuilt = Signal()  # a newer list is ready: editors built before show an older one

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._items: QStandardItemModel | None = None
        self._of: tuple = (None, None)  # (the model it was built from, weakly; its _key)
        self._wanted = lambda: None  # the model to build from, weakly
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._build_wanted)

    def items(self, model: Model) -> QStandardItemModel:
        built_from, built_key = self._of
        same_model = built_from is not None and built_from() is model
        if same_model and built_key == _key(model):
            return self._items
        if len(model.users) <= IMMEDIATE_UP_TO:
            self._timer.stop()
            return self._build(model)
        # Another directory (a reconnection) waits its own delay: the previous one's timer, left
        # running, built it in the middle of its snapshot. The same one's is not restarted:
        # names changing all along still get a list.
        if self._wanted() is not model or not self._timer.isActive():
            self._wanted = weakref.ref(model)
            self._timer.start(BUILD_DELAY_MS)
        if same_model:  # its names are changing: the list as it was a moment ago
            return self._items
        if built_from is None and built_key == _key(None):  # voicemail alone, already made
            return self._items
        return self._build(None)  # another directory: never its colleagues; voicemail alone

    def build_pending(self) -> None:
        """The state has settled: the list waiting to be built, now."""
        if self._timer.isActive():
            self._timer.stop()
            self._build_wanted()

    def _build_wanted(self) -> None:
        model = self._wanted()
        if model is not None:
            self._build(model)
            self.rebuilt.emit()

    def _build(self, model: Model | None) -> QStandardItemModel:
        items = QStandardItemModel(self)
        voicemail = QStandardItem(tr("voicemail"))
        voicemail.setData(VOICEMAIL, Qt.UserRole)
        rows = [voicemail]
        # Only those with a number are offered: sorted alone (an O2G directory has none until the
        # names are read, after the state; sorting 10,000 names for nothing was ~30 ms a rebuild).
        numbered = [u for u in model.users.values() if u.number] if model is not None else []
        for other in sorted(numbered, key=lambda u: user_name(u).lower()):
            item = QStandardItem(f"{user_name(other)} {other.number}")
            item.setData(other.number, Qt.UserRole)
            rows.append(item)
        items.insertColumn(0, rows)
        if self._items is not None:
            self._items.deleteLater()
        self._items = items
        self._of = (weakref.ref(model) if model is not None else None, _key(model))
        return items


def _key(model: Model | None) -> tuple:
    """What a list was built for: the language too (its first item is a word of the window's,
    and a test run switches languages) and the directory's version (None: voicemail alone)."""
    return tr("voicemail"), model.directory_version if model is not None else None


_destinations: _Destinations | None = None


def destinations() -> _Destinations:
    """The one list of destinations (its `rebuilt` says when editors should be built again)."""
    global _destinations
    if _destinations is None:
        _destinations = _Destinations()
    return _destinations

class RoutingEditor(QFrame):
    def __init__(self, model: Model, user: User, send: Send, draft: dict, refusal: str = "", blocked: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("routingEditor")
        self.setAccessibleName(tr("Routing of %s") % user_name(user))
        self.login = user.login
        self._send = send
        self._draft = draft
        routing = user.routing
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        lines = routing_lines(model, routing)
        text = tr("Routing: %s") % "; ".join(lines) if lines else (
            tr("Routing: calls ring here") if routing is not None else tr("Routing: not known yet")
        )
        self.summary = QLabel(text)
        self.summary.setObjectName("routingSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)

        row = QFrame()
        line = FlowLayout(row)
        self.forward = QCheckBox(tr("Forward"))
        self.forward.setObjectName("routingForward")
        self.forward.setAccessibleName(tr("Forward calls"))
        self.forward.setChecked(routing is not None and routing.forward is not None)
        self.condition = QComboBox()
        self.condition.setObjectName("routingCondition")
        self.condition.setAccessibleName(tr("When to forward"))
        for condition in FORWARD_CONDITIONS:
            self.condition.addItem(condition_words(condition), condition)
        # Its widest words ("when busy or no answer", longer in French) may shrink in a slim
        # column rather than widen it past its edge (the flow gives it the line's width).
        self.condition.setMinimumWidth(110)
        self.destination = QComboBox()
        self.destination.setObjectName("routingDestination")
        self.destination.setAccessibleName(tr("Where to forward: a number, a colleague or voicemail"))
        self.destination.setEditable(True)
        self.destination.setMinimumWidth(170)
        # Its width from a length, not from measuring each of 10,000 names at every layout.
        self.destination.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.destination.setMinimumContentsLength(18)
        self.destination.lineEdit().setPlaceholderText(tr("number, colleague or voicemail"))
        # Everyone but this user (in C++: a regular expression on the number, not a Python
        # filter called for each of 10,000 rows).
        others = QSortFilterProxyModel(self.destination)
        others.setSourceModel(destinations().items(model))
        others.setFilterRole(Qt.UserRole)
        if user.number:
            others.setFilterRegularExpression(QRegularExpression(f"^(?!{re.escape(user.number)}$)"))
        self.destination.setModel(others)
        current = routing.forward if routing is not None else None
        condition = draft.get("condition") or (current.condition if current else IMMEDIATE)
        self.condition.setCurrentIndex(max(0, self.condition.findData(condition)))
        if "destination" in draft:
            self.destination.setEditText(draft["destination"])
        elif current is not None:
            found = self.destination.findData(current.destination)
            if found >= 0:
                self.destination.setCurrentIndex(found)
            else:
                self.destination.setEditText(current.destination)
        else:
            self.destination.setEditText("")
        self.apply = QPushButton(tr("Set forward"))
        self.apply.setObjectName("routingApply")
        self.apply.setAccessibleName(tr("Set the forward"))
        self.dnd = QCheckBox(tr("Do not disturb"))
        self.dnd.setObjectName("routingDnd")
        self.dnd.setAccessibleName(tr("Do not disturb"))
        self.dnd.setChecked(routing is not None and routing.dnd)
        for widget in (self.forward, self.condition, self.destination, self.apply, self.dnd):
            line.addWidget(widget)
        column.addWidget(row)
        self.refusal = QLabel(refusal)
        self.refusal.setObjectName("routingRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(bool(refusal))
        column.addWidget(self.refusal)

        # clicked, not toggled: only the user's hand sends (a rebuild sets the boxes quietly).
        self.forward.clicked.connect(self._forward_clicked)
        self.apply.clicked.connect(self._set_forward)
        self.dnd.clicked.connect(lambda on: self._send("activateDnd" if on else "deactivateDnd", {}))
        self.condition.currentIndexChanged.connect(lambda _: draft.__setitem__("condition", self.condition.currentData()))
        self.destination.editTextChanged.connect(lambda text: draft.__setitem__("destination", text))
        if blocked:
            for widget in (self.forward, self.condition, self.destination, self.apply, self.dnd):
                widget.setEnabled(False)
                widget.setToolTip(blocked)

    def chosen_destination(self) -> str:
        """The destination as the protocol wants it: a number or VOICEMAIL ('' when none)."""
        text = self.destination.currentText().strip()
        index = self.destination.findText(text)
        if index >= 0 and self.destination.itemData(index):
            return self.destination.itemData(index)
        if text.lower() in (tr("voicemail").lower(), "voicemail"):
            return VOICEMAIL
        # "Name 73571" typed or pasted: the number is the last word
        return text.split()[-1] if text else ""

    def _forward_clicked(self, on: bool) -> None:
        if on:
            self._set_forward()
        else:
            self._send("cancelForward", {})

    def _set_forward(self) -> None:
        destination = self.chosen_destination()
        if not destination:
            self.forward.setChecked(False)
            self.refusal.setText(tr("Forward: choose a number, a colleague or voicemail first"))
            self.refusal.setVisible(True)
            return
        self._draft.clear()
        self._send("forward", {"condition": self.condition.currentData(), "destination": destination})
