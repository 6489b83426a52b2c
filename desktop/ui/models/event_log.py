"""The raw event log: a bounded ring of the last events as a table model.

Entries are appended per frame in one insert; when the ring is full (CAPACITY entries, or
MAX_BYTES of raw events) the oldest rows are removed first, so memory stays flat however long
the session runs and however large the events. A rejected line keeps only its first
REJECTED_KEPT characters (an event over 1 MiB is rejected on every source). An event that
came as a dict is kept as its JSON text: a few hundred bytes instead of the few kilobytes of
nested objects. Nor is the parsed event kept: 50,000 parsed events are hundreds of thousands
of objects for the garbage collector to walk (pauses of 300 ms at 10,000 users), where a tuple
of strings is not tracked at all. The summary sentence is made, from the raw event parsed
again, when a row is painted (the last SUMMARIES_KEPT are remembered). Once shown, rows are
packed in compressed blocks (packed_rows.py): a full ring takes ~6-10x less memory.
"""

from __future__ import annotations

import time
from typing import Any, NamedTuple

import orjson
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QSortFilterProxyModel, Qt

from desktop.protocol.describe import describe
from desktop.protocol.parse import ParseError, parse_line, parse_obj
from desktop.ui.models.packed_rows import PackedRows
from desktop.ui.models.table_model import FlatTableModel

CAPACITY = 50_000  # entries
MAX_BYTES = 64 << 20  # of raw events held
REJECTED_KEPT = 4096  # characters of a rejected line kept for the JSON pane
# Entries waiting for the next insert that are packed at once, though not shown until then: a
# snapshot's burst held as objects until its frame was ~0.5 KiB an entry, thousands of them.
STAGE_ROWS = 1024
ENTRY_OVERHEAD = 200  # bytes an entry costs besides its raw text, roughly

TIME, USER, EVENT, CALL, SUMMARY = range(5)
HEADERS = (  # English source; shown translated (context "EventLogModel")
    QT_TRANSLATE_NOOP("EventLogModel", "Time"), QT_TRANSLATE_NOOP("EventLogModel", "User"),
    QT_TRANSLATE_NOOP("EventLogModel", "Event"), QT_TRANSLATE_NOOP("EventLogModel", "Call"),
    QT_TRANSLATE_NOOP("EventLogModel", "Summary"),
)
_DISPLAY, _TOOLTIP = Qt.DisplayRole, Qt.ToolTipRole  # read once: an enum off its class is slow in PySide
FILTER_ROLE = Qt.UserRole + 1  # what the filter matches: the row's user and callRef
_new = tuple.__new__
SUMMARIES_KEPT = 512  # sentences of the rows painted lately; the view repaints the same few often


class LogEntry(NamedTuple):
    seq: int
    time: int | None  # ms: the event's own time, else when it arrived (O2G events carry none)
    login: str
    kind: str
    call_ref: str
    raw: Any  # bytes or str as the source gave it (a dict is kept as its JSON text)
    note: str = ""  # why it was rejected / that it was a duplicate
    accepted: bool = True  # False: a line that could not be parsed

    @classmethod
    def of(cls, seq: int, event, raw, delta) -> LogEntry:
        # Once per event received: tuple.__new__ (C) rather than the NamedTuple's Python constructor.
        note = "" if delta.status == "applied" else delta.status
        if delta.gap:
            note = "gap before this event"
        when = getattr(event, "time", None) or int(time.time() * 1000)
        if type(raw) is dict:
            raw = orjson.dumps(raw).decode()  # (a str copy: orjson's own buffer is ~4 KiB)
        return _new(cls, (
            seq, when, getattr(event, "login", None) or "", type(event).__name__,
            getattr(event, "call_ref", None) or "", raw, note, True,
        ))

    @classmethod
    def rejected(cls, seq: int, raw, reason: str) -> LogEntry:
        if isinstance(raw, (bytes, str)) and len(raw) > REJECTED_KEPT:
            raw = raw[:REJECTED_KEPT]
            reason = f"{reason} (first {REJECTED_KEPT} characters kept)"
        elif type(raw) is dict:
            raw = orjson.dumps(raw).decode()[:REJECTED_KEPT]  # kept as text, as accepted ones
        elif not isinstance(raw, (bytes, str)):
            raw = repr(raw)[:REJECTED_KEPT]
        return cls(seq, int(time.time() * 1000), "", "rejected", "", raw, reason, False)

    def size(self) -> int:
        return ENTRY_OVERHEAD + len(self.raw)  # bytes or str: `of` and `rejected` make it so

    def event(self):
        """The normalized event, parsed again from what was received; None for a rejected line."""
        if not self.accepted:
            return None
        try:
            return parse_obj(self.raw) if type(self.raw) is dict else parse_line(self.raw)
        except ParseError:  # accepted once in a format the source named: not ours to guess again
            return None

    def summary(self) -> str:
        if not self.accepted:
            return f"Rejected: {self.note}"
        event = self.event()
        text = describe(event) if event is not None else self.kind
        return f"{text} [{self.note}]" if self.note else text

    def json_text(self) -> str:
        """The event as received, pretty-printed when it is JSON."""
        raw = self.raw
        try:
            obj = raw if type(raw) is dict else orjson.loads(raw)
            return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode()
        except (orjson.JSONDecodeError, TypeError):
            return raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)

    def jsonl(self) -> bytes:
        raw = self.raw
        if type(raw) is dict:
            return orjson.dumps(raw)
        line = raw if isinstance(raw, bytes) else str(raw).encode("utf-8", "surrogatepass")
        if self.accepted and (b"\n" in line or b"\r" in line):  # a frame laid out on lines: one line of JSON
            try:
                return orjson.dumps(orjson.loads(line))
            except orjson.JSONDecodeError:
                pass
        return line


_RAW = LogEntry._fields.index("raw")


class EventLogModel(FlatTableModel):
    headers = HEADERS
    context = "EventLogModel"

    def __init__(self, capacity: int = CAPACITY, parent: QObject | None = None, max_bytes: int = MAX_BYTES):
        super().__init__(parent)
        self.capacity = capacity
        self.max_bytes = max_bytes
        self._rows = PackedRows(LogEntry._make, LogEntry._fields.index("raw"))
        self._pending: list[LogEntry] = []
        # The last rows of _rows, packed but not yet inserted (the view does not see them yet).
        self._staged = 0
        self._bytes = 0  # of the rows, the staged ones included
        self._pending_bytes = 0
        self._summaries: dict[int, str] = {}  # seq -> sentence, oldest first
        self.dropped = 0  # entries that left the ring (or never got in) since the last clear

    def append(self, entries: list[LogEntry]) -> None:
        """Queue entries; they show at the next flush."""
        self._pending.extend(entries)
        self._pending_bytes += ENTRY_OVERHEAD * len(entries) + sum([len(e[_RAW]) for e in entries])
        # A burst larger than the ring: keep its tail.
        while self._pending and (len(self._pending) > self.capacity or self._pending_bytes > self.max_bytes):
            cut = max(1, len(self._pending) - self.capacity)
            self._pending_bytes -= sum(e.size() for e in self._pending[:cut])
            self.dropped += cut
            del self._pending[:cut]
        if len(self._pending) >= STAGE_ROWS:
            if self._staged + len(self._pending) > self.capacity or self._bytes + self._pending_bytes > self.max_bytes:
                self.flush()  # (the oldest rows go first, which only an insert may do)
            else:
                self._stage()

    def _stage(self) -> None:
        self._rows.extend(self._pending)
        self._staged += len(self._pending)
        self._bytes += self._pending_bytes
        self._pending, self._pending_bytes = [], 0

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows) - self._staged

    def pending(self) -> int:
        """Entries waiting for the next flush (not shown until then)."""
        return self._staged + len(self._pending)

    def bytes_held(self) -> int:
        return self._bytes + self._pending_bytes

    def flush(self) -> None:
        """Show what is pending: one insert at the end, after the oldest rows are removed if
        the ring is full."""
        self._stage()
        if not self._staged:
            return
        shown, total = len(self._rows) - self._staged, len(self._rows)
        drop, freed = 0, 0
        while drop < total and (total - drop > self.capacity or self._bytes - freed > self.max_bytes):
            freed += ENTRY_OVERHEAD + self._rows.raw_length(drop)
            drop += 1
        seen = min(drop, shown)
        if seen:
            self.beginRemoveRows(QModelIndex(), 0, seen - 1)
            self._rows.drop_front(seen)
            self.endRemoveRows()
        if drop > seen:  # staged rows older than the ring keeps: they never show
            self._rows.drop_front(drop - seen)
            self._staged -= drop - seen
        self._bytes -= freed
        self.dropped += drop
        if self._staged:  # (the pending alone fit the ring: append trimmed them)
            first = shown - seen
            self.beginInsertRows(QModelIndex(), first, first + self._staged - 1)
            self._staged = 0
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._pending.clear()
        self._bytes = self._pending_bytes = self.dropped = self._staged = 0
        self._summaries.clear()
        self.endResetModel()

    def held(self) -> int:
        """Entries kept, shown or about to be."""
        return min(len(self._rows) + len(self._pending), self.capacity)

    def entry(self, row: int) -> LogEntry | None:
        return self._rows[row] if 0 <= row < self.rowCount() else None

    def entries(self) -> list[LogEntry]:
        """The rows shown."""
        return [self._rows[row] for row in range(self.rowCount())]

    def packed_bytes(self) -> int:
        """What the shown rows take, packed (the benchmark and the hostile tests read it)."""
        return self._rows.packed_bytes()

    def summary(self, e: LogEntry) -> str:
        text = self._summaries.get(e.seq)
        if text is None:
            text = self._summaries[e.seq] = e.summary()
            if len(self._summaries) > SUMMARIES_KEPT:
                del self._summaries[next(iter(self._summaries))]
        return text

    def data(self, index, role=_DISPLAY):
        # The view asks each cell for a dozen roles per paint: leave before any lookup for the rest.
        if (role != _DISPLAY and role != _TOOLTIP and role != FILTER_ROLE) or not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == FILTER_ROLE:
            return f"{e.login}\n{e.call_ref}"  # (a newline, which the one-line filter box cannot type: no match across both)
        col = index.column()
        if role == _DISPLAY:
            if col == TIME:
                return _clock_time(e.time)
            if col == USER:
                return e.login
            if col == EVENT:
                return e.kind
            if col == CALL:
                return e.call_ref
            if col == SUMMARY:
                return self.summary(e)
        if col == SUMMARY:
            return self.summary(e)
        return None


def _clock_time(ms: int | None) -> str:
    if ms is None:
        return ""
    return time.strftime("%H:%M:%S", time.localtime(ms / 1000)) + f".{ms % 1000:03d}"


class EventLogFilter(QSortFilterProxyModel):
    """Rows whose user or callRef contains the filter text (case-insensitive).

    Qt's own fixed-string filter on FILTER_ROLE, not a Python filterAcceptsRow: Qt calls that
    override for every row inserted, filter or none (a 10,000-user snapshot is 33,000 rows),
    where its own filter with no text accepts them without asking Python anything."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
