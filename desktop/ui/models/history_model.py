"""The History panel's table: a Qt model over a store query, newest first, a page at a time.

Never the whole table: the first PAGE rows are read, and the next page when the view scrolls to
the end (canFetchMore/fetchMore), so a million stored rows cost what is on screen. A refresh
(new rows committed, a filter changed) reads again as many rows as were loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QModelIndex, Qt

from desktop.history.store import Query, Store
from desktop.model.history import (
    ABANDONED, ANSWERED, BUSY, FORWARDED, MISSED, REDIRECTED, TRANSFERRED, VOICEMAIL, CallRecord,
)
from desktop.model.state import INCOMING, OUTGOING
from desktop.ui.models.table_model import FlatTableModel
from desktop.ui.widgets.icons import icon
from desktop.ui.words import format_duration

TIME, USER, PARTY, DIRECTION, DURATION, OUTCOME = range(6)
PAGE = 200
RecordRole = Qt.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("History", text)


# outcome -> (icon, words); the words are translated where shown.
OUTCOME_LOOK = {
    ANSWERED: ("answer", QT_TRANSLATE_NOOP("History", "answered")),
    MISSED: ("drop", QT_TRANSLATE_NOOP("History", "missed")),
    ABANDONED: ("terminate", QT_TRANSLATE_NOOP("History", "abandoned")),
    BUSY: ("drop", QT_TRANSLATE_NOOP("History", "busy")),
    REDIRECTED: ("redirect", QT_TRANSLATE_NOOP("History", "redirected")),
    FORWARDED: ("redirect", QT_TRANSLATE_NOOP("History", "forwarded")),
    TRANSFERRED: ("transfer", QT_TRANSLATE_NOOP("History", "transferred")),
    VOICEMAIL: ("redirectToVoiceMail", QT_TRANSLATE_NOOP("History", "to voicemail")),
}


def party_text(record: CallRecord, index: int = 0) -> str:
    if not record.parties:
        return ""
    p = record.parties[index]
    name = p.name or p.login or ""
    if p.number and name and p.number != name:
        return f"{name} ({p.number})"
    return name or p.number or ""


def outcome_text(record: CallRecord) -> str:
    words = _t(OUTCOME_LOOK.get(record.outcome, (None, record.outcome or ""))[1])
    if record.outcome in (REDIRECTED, FORWARDED, TRANSFERRED) and len(record.parties) > 1:
        return _t(QT_TRANSLATE_NOOP("History", "%1 to %2")).replace("%1", words).replace("%2", party_text(record, -1))
    if record.outcome == ANSWERED and record.answered_by and record.answered_by != record.login and record.direction == INCOMING:
        return _t(QT_TRANSLATE_NOOP("History", "%1 by %2")).replace("%1", words).replace("%2", record.answered_by)
    return words


class HistoryModel(FlatTableModel):
    def __init__(self, store: Callable[[], Store | None], parent=None, name_of: Callable[[str], str | None] = lambda login: None):
        super().__init__(parent)
        self.name_of = name_of  # a user's name for the User column (the login when unknown)
        self.headers = (_t(QT_TRANSLATE_NOOP("History", "Time")), _t(QT_TRANSLATE_NOOP("History", "User")), _t(QT_TRANSLATE_NOOP("History", "Other party")), _t(QT_TRANSLATE_NOOP("History", "Direction")), _t(QT_TRANSLATE_NOOP("History", "Duration")), _t(QT_TRANSLATE_NOOP("History", "Outcome")))
        self._store = store
        self._rows: list[CallRecord] = []
        self._query = Query()
        self._more = False
        self.reads = 0  # queries run: what tests count to see paging work

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, query: Query) -> None:
        if query != self._query:
            self._query = query
            self._rows = []
            self.reload()

    def reload(self) -> None:
        store = self._store()
        self.beginResetModel()
        if store is None:
            self._rows, self._more = [], False
        else:
            wanted = max(PAGE, len(self._rows))
            self._rows = self._read(store, wanted, 0)
            self._more = len(self._rows) == wanted
        self.endResetModel()

    def _read(self, store: Store, limit: int, offset: int) -> list[CallRecord]:
        self.reads += 1
        try:
            return store.query(self._query, limit=limit, offset=offset)
        except Exception:  # a store in trouble shows nothing rather than stopping the window
            return []

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        store = self._store()
        if parent.isValid() or store is None or not self._more:
            return
        page = self._read(store, PAGE, len(self._rows))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def record(self, row: int) -> CallRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == TIME:
                when = record.started or record.ended
                return QDateTime.fromMSecsSinceEpoch(when).toLocalTime().toString("yyyy-MM-dd HH:mm:ss") if when else ""
            if col == USER:
                return self.name_of(record.login) or record.login
            if col == PARTY:
                return party_text(record)
            if col == DIRECTION:
                return {INCOMING: _t(QT_TRANSLATE_NOOP("History", "in")), OUTGOING: _t(QT_TRANSLATE_NOOP("History", "out"))}.get(record.direction, "")
            if col == DURATION:
                return format_duration(int(record.duration_s * 1000)) if record.duration_s else ""
            if col == OUTCOME:
                return outcome_text(record)
        if role == Qt.DecorationRole and col == OUTCOME:
            look = OUTCOME_LOOK.get(record.outcome)
            return icon(look[0]) if look else None
        if role == Qt.FontRole and col == OUTCOME and record.missed and not record.acknowledged:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)  # a missed call nobody has dealt with yet stands out
            return font
        if role == Qt.ToolTipRole:
            others = ", ".join(party_text(record, i) for i in range(len(record.parties)))
            ack = _t(QT_TRANSLATE_NOOP("History", "acknowledged")) if record.acknowledged else _t(QT_TRANSLATE_NOOP("History", "not acknowledged"))
            return f"{record.login} · {record.call_ref} · {others} · {record.cause or ''} · {ack}"
        if role == RecordRole:
            return record
        return None
