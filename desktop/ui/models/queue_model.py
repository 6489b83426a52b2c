"""The waiting-calls queue as a table (issue 14): one model per section, the calls ringing
unanswered and the calls on hold, each row one call of desktop/model/waiting.py.

Safe hands (issue 10): a click acts only on the row meant.
- While `held` (the pointer over the view, a drag from it), rows never move: a call that stops
  waiting stays where it was, greyed and without actions ("no longer waiting"), new ones are
  added below; the rows catch up once the pointer has left.
- Otherwise rows that ended go at once and new ones come in at their place in the order; rows
  that are there already are re-ordered at most every RESORT_S seconds (the order is when each
  wait began, so that is rare: a call found by a snapshot of a user seen later).
- A click on a row within GUARD_S of it changing (its actions, its place, the rows above it)
  is ignored: it was aimed at what was there before (`settled`).
Its action cells (pick up, to voicemail) are painted buttons: enabled when `why(...)` says
nothing, otherwise the tooltip says why (panels/queue_panel.py gives `why`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from desktop.model.waiting import HELD_CALLS, RINGING_CALLS, Waiting
from desktop.protocol.events import Participant
from desktop.ui.capabilities import spec
from desktop.ui.models.table_model import FlatTableModel
from desktop.ui.routing_words import destination_words
from desktop.ui.words import format_duration, party_name, party_number, spoken_duration, user_name

WAITED, CALLER, CALLED, NEXT, PICK_UP, VOICEMAIL = range(6)
# The action cells and the capability each one uses, as the PBX names it.
ACTIONS = {PICK_UP: "pickedUp", VOICEMAIL: "redirectToVoiceMail"}
HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "Waiting"), QT_TRANSLATE_NOOP("QueueModel", "Caller"),
    QT_TRANSLATE_NOOP("QueueModel", "For"), QT_TRANSLATE_NOOP("QueueModel", "If unanswered"),
    QT_TRANSLATE_NOOP("QueueModel", "Pick up"), QT_TRANSLATE_NOOP("QueueModel", "Voicemail"),
)
HELD_HEADERS = {  # the held section's words where they differ
    # Whose line it is held on, and the other party: the monitored user may be the one holding
    # or the one held (by someone not monitored); the spoken text says which when it is known.
    WAITED: QT_TRANSLATE_NOOP("QueueModel", "On hold"), CALLER: QT_TRANSLATE_NOOP("QueueModel", "Other party"),
    CALLED: QT_TRANSLATE_NOOP("QueueModel", "Held at"),
}
KeyRole = Qt.UserRole + 1  # (kind, callRef)
LoginRole = Qt.UserRole + 2  # the user the call waits at (rings at, or is held by)
EnabledRole = Qt.UserRole + 3  # an action cell: whether it can be used now
OverdueRole = Qt.UserRole + 4  # waiting longer than the section's threshold
GoneRole = Qt.UserRole + 5  # no longer waiting, kept in place while the pointer is over the view

_ROLES = frozenset(int(r) for r in (
    Qt.DisplayRole, KeyRole, LoginRole, GoneRole, OverdueRole, EnabledRole, Qt.ToolTipRole, Qt.AccessibleTextRole,
    Qt.BackgroundRole, Qt.ForegroundRole, Qt.FontRole, Qt.TextAlignmentRole,
))

# Read once: an enum off its class is a slow attribute lookup in PySide, and data() runs for
# every role of every cell of every paint.
_DISPLAY, _TOOLTIP, _ACCESSIBLE = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.AccessibleTextRole)
_FOREGROUND, _BACKGROUND, _FONT, _ALIGNMENT = int(Qt.ForegroundRole), int(Qt.BackgroundRole), int(Qt.FontRole), int(Qt.TextAlignmentRole)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_FLAGS, _NO_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled, Qt.NoItemFlags

GUARD_S = 0.4  # as the calls panel's: clicks this soon after the row changed are ignored
RESORT_S = 3.0  # as the users model's live sort
OVERDUE_MARK = "⚠"  # not by colour alone: the mark says it too
_OVERDUE_BACKGROUND = {RINGING_CALLS: QColor("#ffe0b2"), HELD_CALLS: QColor("#ffcdd2")}
_OVERDUE_TEXT = QColor("#3e2723")  # dark on the light highlight, in the dark look too


_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    if not _BOLD:  # made once there is an application (a QFont needs one)
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


@dataclass(slots=True)
class Row:
    wait: Waiting
    gone: bool = False
    changed_at: float = field(default_factory=time.monotonic)
    why: dict[int, str] = field(default_factory=dict)  # action column -> why not ("" usable)
    overdue: bool = False  # as painted: set when the row comes in and at each tick
    announced: bool = False  # its crossing of the threshold was said (at a tick, once)


class QueueModel(FlatTableModel):
    headers = HEADERS
    context = "QueueModel"

    def __init__(self, kind: str, session, why: Callable[[Waiting, str], str], threshold_s: int, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.session = session  # its model (names), now_ms (frozen while not live), links
        self._why = why
        self.threshold_s = threshold_s
        self._rows: list[Row] = []
        self._resorted_at = 0.0
        self.moved_at = float("-inf")  # when rows last moved (some above went, a re-order)
        self.updates = 0  # structural changes signalled: what tests count

    # --- feeding ------------------------------------------------------------------------

    def update(self, waits: list[Waiting], held: bool, every_action: bool = True) -> None:
        """The section's waits now (longest first); `held`: the pointer is over the view.
        `every_action`: ask every row's buttons again, not only those of the rows that changed
        (my line, a reply, the links may have changed what the others can do)."""
        now = time.monotonic()
        new = {w.key: w for w in waits}
        changed = []
        for i, row in enumerate(self._rows):  # in place: what is still there, or greyed as gone
            wait = new.get(row.wait.key)
            if wait is not None:
                if row.gone or (wait is not row.wait and wait != row.wait):
                    changed.append(row)
                row.wait, row.gone = wait, False
            elif not row.gone:
                row.gone, row.changed_at = True, now
                changed.append(row)
        current = {row.wait.key for row in self._rows}
        added = [w for w in waits if w.key not in current]
        if held:
            if added:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
                self._rows.extend(self._new_row(w) for w in added)
                self.endInsertRows()
                self.updates += 1
        else:
            self._settle([w.key for w in waits], added, now)
        if every_action:
            self.refresh_actions()
        else:
            fresh = {w.key for w in added}
            self.refresh_actions([row for row in self._rows if row.wait.key in fresh] + changed)
        # Only the rows whose call changed (rung elsewhere, ended): a frame repaints nothing else;
        # the times move on in `tick`, once a second.
        at = {id(row): i for i, row in enumerate(self._rows)}
        for row in changed:
            i = at.get(id(row))
            if i is not None:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))

    def _new_row(self, wait: Waiting) -> Row:
        # Its look from the start; its crossing is announced at the next tick, as before.
        return Row(wait, overdue=self._overdue(wait))

    def _settle(self, order: list[tuple], added: list[Waiting], now: float) -> None:
        """Not held: ended rows go, new ones come in at their place; the rest re-ordered at most
        every RESORT_S."""
        for i in reversed(range(len(self._rows))):
            if self._rows[i].gone:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                self.updates += 1
                if i < len(self._rows):
                    self.moved_at = now
        kept = [row.wait.key for row in self._rows]
        position = {key: i for i, key in enumerate(order)}
        if kept != sorted(kept, key=position.__getitem__) and now - self._resorted_at >= RESORT_S:
            self._reorder(position, now)
        for wait in added:  # each after the last row that waits longer (or at the top)
            at = len(self._rows)
            while at and position.get(self._rows[at - 1].wait.key, -1) > position[wait.key]:
                at -= 1
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, self._new_row(wait))
            self.endInsertRows()
            self.updates += 1
            if at < len(self._rows) - 1:
                self.moved_at = now

    def _reorder(self, position: dict, now: float) -> None:
        self._resorted_at = self.moved_at = now
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self._rows[index.row()].wait.key for index in old]
        self._rows.sort(key=lambda row: position[row.wait.key])
        at = {row.wait.key: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(at[key], index.column()) for key, index in zip(keys, old)])
        self.layoutChanged.emit()
        self.updates += 1

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def refresh_actions(self, rows: list[Row] | None = None) -> None:
        """Ask again whether each action can be used (my line set, offered, pending...), for
        every row or for `rows`."""
        now = time.monotonic()
        if rows is None:
            todo = enumerate(self._rows)
        else:
            at = {id(row): i for i, row in enumerate(self._rows)}
            todo = [(at[id(row)], row) for row in rows if id(row) in at]
        for i, row in todo:
            why = {col: (tr("no longer waiting") if row.gone else self._why(row.wait, name)) for col, name in ACTIONS.items()}
            if why != row.why:
                # Became usable or not: that is a change a click must not land just after.
                if {c for c, w in why.items() if not w} != {c for c, w in row.why.items() if not w}:
                    row.changed_at = now
                row.why = why
                self.dataChanged.emit(self.index(i, PICK_UP), self.index(i, VOICEMAIL))

    def set_threshold(self, seconds: int) -> None:
        self.threshold_s = seconds
        self.repaint_all()

    def tick(self) -> list[str]:
        """The waiting times move on: their column repaints, and the whole of a row that has
        just crossed the threshold (its tint, its spoken text). Returns what the rows that just
        crossed it say, for a screen reader to announce once."""
        crossed: list[str] = []
        if not self._rows:
            return crossed
        self.dataChanged.emit(self.index(0, WAITED), self.index(len(self._rows) - 1, WAITED), [Qt.DisplayRole])
        for i, row in enumerate(self._rows):
            overdue = not row.gone and self._overdue(row.wait)
            if overdue != row.overdue:
                row.overdue = overdue
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
            if overdue != row.announced:
                row.announced = overdue
                if overdue and self.session.links.live:
                    crossed.append(self.spoken(row))
        return crossed

    def repaint_all(self) -> None:
        """Every cell again (the state went stale or live again, the threshold changed)."""
        for row in self._rows:
            row.overdue = row.announced = not row.gone and self._overdue(row.wait)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    # --- access -------------------------------------------------------------------------

    def wait(self, row: int) -> Waiting | None:
        return self._rows[row].wait if 0 <= row < len(self._rows) else None

    def row_of(self, call_ref: str) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.wait.call_ref == call_ref), None)

    def waits(self) -> list[Waiting]:
        """The rows as shown, gone ones included."""
        return [row.wait for row in self._rows]

    def live_count(self) -> int:
        return sum(not row.gone for row in self._rows)

    def overdue_count(self) -> int:
        """Rows shown as overdue (as of the last tick, or since they came in)."""
        return sum(row.overdue and not row.gone for row in self._rows)

    def settled(self, row: int) -> bool:
        """The row has stayed as it is long enough for a click to be meant for it."""
        if not 0 <= row < len(self._rows):
            return False
        return time.monotonic() - max(self._rows[row].changed_at, self.moved_at) >= GUARD_S

    def usable(self, row: int, column: int) -> str:
        """Why the action in that cell cannot be used ("": it can)."""
        if not 0 <= row < len(self._rows) or column not in ACTIONS:
            return tr("no action here")
        r = self._rows[row]
        # Asked afresh: the buttons shown are re-asked for changed rows only between ticks.
        return tr("no longer waiting") if r.gone else self._why(r.wait, ACTIONS[column])

    def waited_ms(self, wait: Waiting) -> int:
        return max(0, self.session.now_ms() - wait.since)

    def _overdue(self, wait: Waiting) -> bool:
        return self.waited_ms(wait) >= self.threshold_s * 1000

    # --- Qt model -----------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and self.kind == HELD_CALLS and section in HELD_HEADERS:
            return QCoreApplication.translate(self.context, HELD_HEADERS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS  # (asked for every cell of every paint)

    def data(self, index, role=_DISPLAY):
        # Views ask each cell for a dozen roles per paint: the ones not answered leave at once
        # (an invalid index's row is -1). The look of an overdue row is as last ticked
        # (`Row.overdue`, once a second), not asked of the clock for every role of every cell.
        if role not in _ROLES:
            return None
        r = index.row()
        rows = self._rows
        if not 0 <= r < len(rows):
            return None
        row = rows[r]
        col = index.column()
        if role == _DISPLAY:
            return self._display(row, col)
        over = row.overdue and not row.gone
        if role == _FOREGROUND:
            if row.gone or not self.session.links.live:
                # The look's placeholder colour: greyed, yet readable (4.5:1) in every look.
                return QGuiApplication.palette().color(QPalette.PlaceholderText)
            return _OVERDUE_TEXT if over else None
        if role == _BACKGROUND:
            return _OVERDUE_BACKGROUND[self.kind] if over else None
        if role == _FONT:
            return _bold_font() if over and col == WAITED else None
        if role == _ALIGNMENT:
            return _RIGHT if col == WAITED else None
        wait = row.wait
        if role == KeyRole:
            return wait.key
        if role == LoginRole:
            return wait.login
        if role == GoneRole:
            return row.gone
        if role == OverdueRole:
            return over
        if role == EnabledRole:
            return col in ACTIONS and not row.why.get(col, "")  # as last asked (painted often)
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        if role == _ACCESSIBLE:
            return self._tooltip(row, col) if col in ACTIONS else self.spoken(row)
        return None

    def _display(self, row: Row, col: int) -> str:
        wait = row.wait
        if col == WAITED:
            if row.gone:
                return tr("ended")
            text = format_duration(self.waited_ms(wait))
            if not wait.exact:
                text = "≥ " + text  # at least: the state was rebuilt without saying since when
            return f"{OVERDUE_MARK} {text}" if row.overdue else text
        if col == CALLER:
            return self._party(wait)
        if col == CALLED:
            return self._user(wait.login)
        if col == NEXT:
            return self._next(wait)
        if col in ACTIONS:  # the column's own short word: the cells are narrow, the names matter more
            return QCoreApplication.translate(self.context, HEADERS[col])
        return ""

    def _party(self, wait: Waiting) -> str:
        if wait.party is None:
            return tr("unknown caller")
        p = Participant("", wait.party)
        name, number = party_name(p, self.session.model.users), party_number(p)
        return f"{name} ({number})" if number and number != name else name

    def _user(self, login: str) -> str:
        user = self.session.model.users.get(login)
        if user is None:
            return login
        return f"{user_name(user)} ({user.number})" if user.number else user_name(user)

    def _next(self, wait: Waiting) -> str:
        if wait.kind != RINGING_CALLS:
            return ""
        if wait.next_route is None:
            return tr("rings on")
        return "→ " + destination_words(self.session.model, wait.next_route.destination)

    def spoken(self, row: Row) -> str:
        """One row read aloud: "Anna Smith 70021 for Jonas Mendes, ringing for 25 seconds, over
        the 20 second threshold, then to voicemail"."""
        wait = row.wait
        if row.gone:
            return tr("%1: no longer waiting").replace("%1", self._party(wait))
        waited = spoken_duration(self.waited_ms(wait))
        if wait.kind == RINGING_CALLS:
            text = tr("%1 calling %2, ringing for %3").replace("%1", self._party(wait)).replace("%2", self._user(wait.login)).replace("%3", waited)
        else:
            words = tr("%1 held by %2 for %3") if wait.holder else tr("%2 on hold with %1 for %3")
            text = words.replace("%1", self._party(wait)).replace("%2", self._user(wait.login)).replace("%3", waited)
        if self._overdue(wait):
            text += ", " + tr("longer than %1 s").replace("%1", str(self.threshold_s))
        if wait.kind == RINGING_CALLS:
            text += ", " + (self._next(wait) if wait.next_route is not None else tr("rings on if unanswered"))
        at = self.session.users.stale_at
        if at is not None:
            text += ", " + tr("last known at %1").replace("%1", at)
        return text

    def _tooltip(self, row: Row, col: int) -> str:
        if col in ACTIONS:
            cap = spec(ACTIONS[col])
            why = row.why.get(col, "")
            return f"{cap.label}: {why}" if why else cap.tooltip
        return self.spoken(row)
