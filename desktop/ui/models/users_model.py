"""One table model over every monitored user: the lamps and the list are two views of it.

Rows are kept in the view's sort order here, by one Python sort, not by the proxy: Qt's proxy
sort asks Python for two keys per comparison, about half a second for 10,000 users on every
reset or large update, where `sorted` takes ~10 ms. Sorting by a live column (state, time in
state, counters) re-sorts at most every RESORT_S seconds, so rows do not move under the hand.
`refresh(logins)` is called once per frame with the users that changed: it inserts new rows
and emits one dataChanged per run of consecutive changed rows, never a reset.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from collections import Counter
from itertools import islice
from operator import itemgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt

from desktop.model import Model
from desktop.model.state import RINGING, UNKNOWN, User
from desktop.ui.models.table_model import FlatTableModel
from desktop.ui.routing_words import routing_lines
from desktop.ui.widgets.lamps import lamp_pixmap, look_name, marks_pixmap
from desktop.ui.words import (
    UNKNOWN_TIME,
    call_summary,
    counter_words,
    fold,
    format_duration,
    line_state_words,
    spoken_duration,
    user_name,
)

NAME, NUMBER, LOGIN, STATE, SINCE, MISSED, VOICEMAIL = range(7)
HEADERS = (  # English source; FlatTableModel shows them translated (context "UsersModel")
    QT_TRANSLATE_NOOP("UsersModel", "Name"), QT_TRANSLATE_NOOP("UsersModel", "Number"),
    QT_TRANSLATE_NOOP("UsersModel", "Login"), QT_TRANSLATE_NOOP("UsersModel", "State"),
    QT_TRANSLATE_NOOP("UsersModel", "For"), QT_TRANSLATE_NOOP("UsersModel", "Missed"),
    QT_TRANSLATE_NOOP("UsersModel", "Voicemail"),
)

LoginRole = Qt.UserRole + 1
LineStateRole = Qt.UserRole + 2
SortRole = Qt.UserRole + 3
SinceRole = Qt.UserRole + 4  # ms (source clock) when the current line state began
SearchRole = Qt.UserRole + 5  # "name number login", accents and case folded, for search as you type
StaleRole = Qt.UserRole + 6  # "HH:MM:SS" when the state shown is the last known one, not live; else None
RoutingRole = Qt.UserRole + 7  # the user's protocol.routing.Routing, None before any was heard
MissedRole = Qt.UserRole + 8  # missed calls not acknowledged: the lamp's badge
# What a lamp tile paints, in one call: (line state, name, number, time in state, StaleRole,
# MissedRole, RoutingRole). Seven roles and three sibling indexes asked one by one through the
# filter were most of a tile's paint.
TileRole = Qt.UserRole + 9

_ROLES = frozenset(
    int(r)
    for r in (
        Qt.DisplayRole, LoginRole, LineStateRole, SortRole, SinceRole, SearchRole, StaleRole, RoutingRole,
        MissedRole, TileRole, Qt.ToolTipRole, Qt.TextAlignmentRole, Qt.DecorationRole, Qt.AccessibleTextRole, Qt.AccessibleDescriptionRole,
    )
)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# Looked up once: reading an enum off its class costs PySide a slow attribute lookup, and data()
# runs hundreds of thousands of times a minute.
_DISPLAY, _TOOLTIP, _ALIGN, _ASCENDING = Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole, Qt.AscendingOrder
_ACCESSIBLE_TEXT, _ACCESSIBLE_DESCRIPTION = Qt.AccessibleTextRole, Qt.AccessibleDescriptionRole
_TILE = int(TileRole)
# Not a column: the "longest waiting" order (issue 14), ringing users first, the longest
# ringing first, then everyone else by name. Only the users model sorts by it.
WAITING = len(HEADERS)
LIVE_COLUMNS = frozenset((STATE, SINCE, MISSED, VOICEMAIL, WAITING))
RESORT_S = 3.0
MAX_COUNTED_CHANGES = 50_000  # state changes kept for group_counts; past it, a recount
_STATE = itemgetter(0)  # of a (line state, since) pair


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


class UsersModel(FlatTableModel):
    headers = HEADERS
    context = "UsersModel"

    def __init__(self, model: Model, clock: Callable[[], int], parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._clock = clock
        self._rows: list[str] = []
        self._row_of: dict[str, int] = {}
        self._since: dict[str, tuple[str, int]] = {}  # login -> (line state, since ms)
        # The line-state changes since the groups were last counted (login, before, after), so
        # that their counts follow them; None: count everyone again (new rows, a new model).
        self._changes: list[tuple[str, str, str]] | None = None
        self._counted: dict[str, tuple[frozenset[str] | None, Counter]] = {}  # group key -> (members, counts)
        self.refreshes = 0  # dataChanged/insert signals emitted: what tests count
        self._watchers: list[Callable[[], Iterable[int]]] = []
        self._holds: list[Callable[[], bool]] = []  # while one says True, no live re-sort
        self._order = (NAME, _ASCENDING)  # the views' sort: column and Qt.SortOrder
        self._sorted_at = 0.0
        self.stale_at: str | None = None  # see StaleRole
        # From the call history when there is one (cleared when acknowledged); None: the PBX's
        # counters (O2G eventSummary, RTSM message counters) are the badge.
        self._missed: dict[str, int] | None = None

    # --- feeding ----------------------------------------------------------------------

    def set_model(self, model: Model) -> None:
        """A rebuilt model (seek backwards, resynchronization): same views, fresh rows."""
        self.beginResetModel()
        self._model = model
        self._rows, self._row_of, self._since = [], {}, {}
        self._changes = None
        self._append_new()
        self._rows = self._sorted()
        self._index_rows()
        self.endResetModel()

    def refresh(self, logins: Iterable[str]) -> None:
        if len(self._model.users) > len(self._rows):
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, len(self._model.users) - 1)
            self._append_new()
            if first == 0:  # nothing shown yet: the rows arrive sorted, no layout change
                self._rows = self._sorted()
                self._index_rows()
            self.endInsertRows()
            self.refreshes += 1
            if first:
                self._resort()
        now = self._clock()
        rows = []
        for login in logins:
            row = self._row_of.get(login)
            if row is None:
                continue
            rows.append(row)
            user = self._model.users.get(login)
            state = user.line_state if user is not None else UNKNOWN
            before = self._since.get(login, (None,))[0]
            if before != state:
                self._since[login] = (state, since_of(user, state, now))
                changes = self._changes
                if changes is not None:
                    changes.append((login, before, state))
                    if len(changes) > MAX_COUNTED_CHANGES:  # nobody counting: recount rather than keep them
                        self._changes = None
        last_col = len(HEADERS) - 1
        for first, last in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_col))
            self.refreshes += 1

    def set_stale(self, at: str | None) -> None:
        """The states are the last known ones as of `at` (None: live again): every lamp repaints."""
        if at == self.stale_at:
            return
        self.stale_at = at
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))
            self.refreshes += 1

    def watch(self, visible_rows: Callable[[], Iterable[int]]) -> None:
        """Register a view's rows on screen (source rows): the only ones `tick` signals."""
        self._watchers.append(visible_rows)

    def hold_while(self, held: Callable[[], bool]) -> None:
        """No live re-sort while `held()` (the pointer is over a view, a drag is on): the rows
        a hand is about to click stay where they are; the re-sort comes at the next tick after."""
        self._holds.append(held)

    def sort(self, column: int, order=_ASCENDING) -> None:
        """Show the rows sorted by `column` (the proxy hands its sort here)."""
        self._order = (column, order)
        self._resort()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._order

    def _sorted(self) -> list[str]:
        column, order = self._order
        users, key = self._model.users, self._sort_key
        return sorted(self._rows, key=lambda login: (key(users[login], column), login), reverse=order != _ASCENDING)

    def _index_rows(self) -> None:
        self._row_of = {login: row for row, login in enumerate(self._rows)}

    def _resort(self) -> None:
        """Re-sort now, keeping selections and current items on their users."""
        self._sorted_at = time.monotonic()
        rows = self._sorted()
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        logins = [self._rows[index.row()] for index in old]
        self._rows = rows
        self._index_rows()
        self.changePersistentIndexList(old, [self.index(self._row_of[login], index.column()) for login, index in zip(logins, old)])
        self.layoutChanged.emit()

    def tick(self) -> None:
        """Once a second the time in state moves on for everyone, but only rows on screen are
        signalled: with 10,000 users one signal over every row costs the proxy a filter pass and
        the views a relayout check of all of them, most of a second of GUI time."""
        rows: set[int] = set()
        for watcher in list(self._watchers):
            try:
                rows.update(watcher())
            except RuntimeError:  # its view was deleted
                self._watchers.remove(watcher)
        for first, last in _runs(sorted(r for r in rows if 0 <= r < len(self._rows))):
            # NAME too: the lamp tiles are the NAME column and show the time in their second line.
            self.dataChanged.emit(self.index(first, NAME), self.index(last, SINCE), [_DISPLAY])
        if self._order[0] in LIVE_COLUMNS and time.monotonic() - self._sorted_at >= RESORT_S:
            if not any(held() for held in self._holds):
                self._resort()

    def _append_new(self) -> None:
        self._changes = None
        now = self._clock()
        for login in islice(self._model.users, len(self._rows), None):
            self._row_of[login] = len(self._rows)
            self._rows.append(login)
            user = self._model.users[login]
            state = user.line_state
            self._since[login] = (state, since_of(user, state, now))

    def set_missed(self, counts: dict[str, int] | None) -> None:
        """The history's unacknowledged missed calls per login; the changed rows are signalled."""
        before = self._missed or {}
        self._missed = counts
        after = counts or {}
        rows = sorted(r for r in (self._row_of.get(l) for l in set(before) | set(after) if before.get(l) != after.get(l)) if r is not None)
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, NAME), self.index(last, MISSED))

    def missed_of(self, user: User) -> int:
        if self._missed is not None:
            return self._missed.get(user.login, 0)
        return int(user.counters.get("missedCallsNb") or 0)

    # --- access -----------------------------------------------------------------------

    @property
    def core(self) -> Model:
        """The core model the rows come from."""
        return self._model

    def user(self, row: int) -> User | None:
        if 0 <= row < len(self._rows):
            return self._model.users.get(self._rows[row])
        return None

    def row_of(self, login: str) -> int | None:
        return self._row_of.get(login)

    def login_at(self, row: int) -> str | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def count_states(self, logins: frozenset[str] | None = None) -> Counter:
        """How many of `logins` (None: everyone) are in each line state, as the rows show it.
        Run once a second for every group: C loops only (itemgetter, map, Counter), ~1 ms per
        10,000 users, where a Python loop took 11 ms."""
        since = self._since
        if logins is None:
            values = since.values()
        else:
            present = logins & since.keys()
            if not present:
                return Counter()
            values = itemgetter(*present)(since) if len(present) > 1 else [since[next(iter(present))]]
        return Counter(map(_STATE, values))

    def group_counts(self, groups: dict[str, frozenset[str] | None]) -> dict[str, Counter]:
        """count_states of each group (key -> its logins, None: everyone). A group counted last
        time with the same members follows the state changes since then (a few hundred a second
        at 1,000 events/s) instead of being counted again (~10 ms a second for ten groups of
        10,000 users); new rows, a new model or other members are counted afresh."""
        changes, self._changes = self._changes, []
        counted = self._counted
        result: dict[str, Counter] = {}
        for key, members in groups.items():
            held = counted.get(key)
            if changes is None or held is None or held[0] is not members:
                result[key] = self.count_states(members)
                continue
            counts = held[1]
            for login, before, after in changes:
                if members is None or login in members:
                    counts[before] -= 1
                    counts[after] += 1
                    if not counts[before]:
                        del counts[before]
            result[key] = counts
        self._counted = {key: (groups[key], counts) for key, counts in result.items()}
        return {key: Counter(counts) for key, counts in result.items()}  # theirs to keep; ours follow on

    def logins(self) -> list[str]:
        return list(self._rows)

    # --- Qt model ---------------------------------------------------------------------

    def data(self, index, role=Qt.DisplayRole):
        # Views ask every cell for a dozen roles per paint; most are not ours, so they leave
        # before any lookup (this is most of what painting 10,000 users costs in Python).
        if role not in _ROLES or not index.isValid():
            return None
        login = self._rows[index.row()]
        user = self._model.users.get(login)
        if user is None:  # between a model swap and the next refresh
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._display(user, col)
        if role == _TILE:
            return (user.line_state, user_name(user), user.number or "", self._display(user, SINCE),
                    self.stale_at, self.missed_of(user), user.routing)
        if role == LoginRole:
            return login
        if role == LineStateRole:
            return user.line_state
        if role == SortRole:
            return self._sort_key(user, col)
        if role == SinceRole:
            return self._since.get(login, (None, None))[1]
        if role == StaleRole:
            return self.stale_at
        if role == MissedRole:
            return self.missed_of(user)
        if role == RoutingRole:
            return user.routing
        if role == Qt.DecorationRole:
            if col == STATE:  # the list's state column shows the lamp, colour and glyph
                return _lamp(user.line_state, self.stale_at is not None)
            # The list view's routing marks, beside the name (the lamp tiles paint their own).
            routing = user.routing
            if col != NAME or routing is None or not (routing.dnd or routing.forward):
                return None
            return _marks(routing.forward is not None, routing.dnd)
        if role == SearchRole:
            return fold(f"{user_name(user)} {user.first_name or ''} {user.last_name or ''} {user.number or ''} {login}")
        if role == _TOOLTIP:
            return self._tooltip(user)
        if role == _ACCESSIBLE_TEXT:
            return self.spoken(user)
        if role == _ACCESSIBLE_DESCRIPTION:
            return self._tooltip(user)
        if role == _ALIGN and col in (MISSED, VOICEMAIL, SINCE):
            return _RIGHT
        return None

    def _display(self, user: User, col: int):
        if col == NAME:
            return user_name(user)
        if col == NUMBER:
            return user.number or ""
        if col == LOGIN:
            return user.login
        if col == STATE:
            return line_state_words(user.line_state)
        if col == SINCE:
            since = self._since.get(user.login, (None, None))[1]
            return format_duration(self._clock() - since) if since is not None else UNKNOWN_TIME
        if col == MISSED:
            return _count(self.missed_of(user))
        if col == VOICEMAIL:
            return _count(user.counters.get("voiceMessagesNb"))
        return None

    def _sort_key(self, user: User, col: int):
        if col == WAITING:
            if user.line_state == RINGING:
                return (0, self._since.get(user.login, (None, 0))[1] or 0, "")
            return (1, 0, user_name(user).lower())
        if col == SINCE:
            return -(self._since.get(user.login, (None, 0))[1] or 0)
        if col == MISSED:
            return self.missed_of(user)
        if col == VOICEMAIL:
            return int(user.counters.get("voiceMessagesNb") or 0)
        return str(self._display(user, col)).lower()

    def spoken(self, user: User) -> str:
        """What a screen reader says of a lamp: "Jonas Mendes, 73571, talking for 3 minutes,
        forwarded to voicemail"."""
        state = line_state_words(user.line_state)
        since = self._since.get(user.login, (None, None))[1]
        if self.stale_at is not None:
            state = tr("last known: %s, at %s") % (state, self.stale_at)
        elif since is not None:
            state = tr("%1 for %2").replace("%1", state).replace("%2", spoken_duration(self._clock() - since))
        bits = [user_name(user), user.number or user.login, state] + routing_lines(self._model, user.routing)
        return ", ".join(b for b in bits if b)

    def _tooltip(self, user: User) -> str:
        state = line_state_words(user.line_state)
        since = self._since.get(user.login, (None, None))[1]
        if since is not None:
            state = tr("%1 for %2").replace("%1", state).replace("%2", format_duration(self._clock() - since))
        head = f"{user_name(user)} ({user.number or user.login}): {state}"
        if self.stale_at is not None:
            head = f"{user_name(user)} ({user.number or user.login}): " + tr("last known: %s, at %s") % (line_state_words(user.line_state), self.stale_at)
        lines = [head] + routing_lines(self._model, user.routing) + [f"• {call_summary(c, self._model.users)}" for c in user.calls.values()]
        counters = [f"{counter_words(k)} {v}" for k, v in user.counters.items() if v]
        if counters:
            lines.append(", ".join(counters))
        return "\n".join(lines)


_MARKS: dict[tuple[bool, bool], object] = {}
_LAMPS: dict[tuple[str, bool, str], object] = {}


def _lamp(state: str, stale: bool):
    key = (state, stale, look_name())  # a change of look (appearance.py) paints new lamps
    pixmap = _LAMPS.get(key)
    if pixmap is None:
        pixmap = _LAMPS[key] = lamp_pixmap(state, 14, stale=stale)
    return pixmap


def _marks(forwarded: bool, dnd: bool):
    pixmap = _MARKS.get((forwarded, dnd))
    if pixmap is None:
        pixmap = _MARKS[(forwarded, dnd)] = marks_pixmap(forwarded, dnd, 16)
    return pixmap


def since_of(user: User | None, state: str, now: int) -> int | None:
    """Since when `user` has been in line state `state`, seen at `now`: now for a live change;
    for a state rebuilt from a snapshot, what the snapshot said (None: unknown, shown as —)."""
    if user is None or not user.from_snapshot:
        return now
    for call in user.calls.values():
        if call.line_state() == state:
            return call.state_since
    return user.presence_began


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: one signal per run."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        elif not runs or row != runs[-1][1]:
            runs.append((row, row))
    return runs


def _count(value) -> str:
    return str(value) if value else ""
