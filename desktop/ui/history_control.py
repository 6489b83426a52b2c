"""The window's call history: which store a source records into, the panel and the badges kept
current, call back and acknowledge.

A live source records into the user's history (the database file, desktop/history); a replay
into a store in memory that goes with it, so replaying a trace never adds to the user's
history. The panel and the lamps' badges are refreshed at most once a second, when the writer
has committed something since.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.history.store import Retention, Store, StoreError, default_path
from desktop.history.writer import Recorder, Writer
from desktop.model.history import CallRecord
from desktop.protocol.wire import Refused
from desktop.sources.base import Source
from desktop.sources.replay import ReplaySource
from desktop.ui import periodic
from desktop.ui.aio import spawn
from desktop.ui.models.history_model import HistoryModel

log = logging.getLogger("cti.history")

REFRESH_MS = 1000

Commander = Callable[..., Awaitable[dict]]

# Settings ▸ History: how long the file keeps calls; $CTI_HISTORY_DAYS/ROWS override them.
DAYS_KEY, ROWS_KEY = "history/days", "history/rows"


def retention_from(store) -> Retention:
    """The retention Settings chose (the environment's variables win), else the defaults."""
    def number(key, kind):
        try:
            value = store.value(key)
            return None if value in (None, "") else kind(value)
        except (TypeError, ValueError):
            return None
    return Retention.from_env(days=number(DAYS_KEY, float), rows=number(ROWS_KEY, int))


class HistoryControl(QObject):
    message = Signal(str)  # for the status bar
    failed = Signal(str)  # the store's error, once

    def __init__(self, session, commander: Commander, my_line: Callable[[], str | None], parent=None,
                 path: Path | None = None, source: Callable[[], Source | None] = lambda: None,
                 retention: Retention | None = None):
        super().__init__(parent)
        self.source = source
        self.session = session
        self.commander = commander
        self.my_line = my_line
        self.path = path or default_path()
        self._file_writer: Writer | None = None
        self.retention = retention  # None: the environment's, else the defaults
        self._writer: Writer | None = None
        self._reader: Store | None = None
        self._seen_commits = -1
        # callRef of a call back -> [the row it answers, whether the call was seen yet]
        self._callbacks: dict[str, list] = {}
        self.model = HistoryModel(self.reader, self, name_of=self._name_of)
        # Whether anyone can see the model's rows (the window sets it: its history tab is in
        # front). Hidden, a reload (a query and a reset, once a second at 120 calls/s) waits
        # until the tab is shown; the lamps' missed-call badges follow regardless.
        self.shown: Callable[[], bool] = lambda: True
        self._model_stale = False
        self._timer = periodic.every(self, REFRESH_MS, periodic.HISTORY_REFRESH, self.refresh)
        session.refreshed.connect(self._watch_callbacks)

    def _name_of(self, login: str) -> str | None:
        user = self.session.model.users.get(login)
        if user is None:
            return None
        return user.display_name or " ".join(n for n in (user.first_name, user.last_name) if n) or None

    # --- which store ----------------------------------------------------------------------

    def use_source(self, source: Source) -> None:
        """Before the session takes `source`: the recorder it feeds."""
        self.session.commit_history()  # what ended under the previous source
        if isinstance(source, ReplaySource):
            writer = Writer(":memory:")
        else:
            if self._file_writer is None:
                self._file_writer = Writer(self.path, self.retention)
            writer = self._file_writer
        if writer is not self._writer:
            self._writer = writer
            self._close_reader()
        self.session.recorder = Recorder(writer)
        self._seen_commits = -1
        self.refresh()

    def reader(self) -> Store | None:
        """The store the panel reads: the in-memory one itself, or a read-only connection to the file."""
        writer = self._writer
        if writer is None:
            return None
        if not writer.threaded:
            return writer.store
        if self._reader is None and Path(self.path).exists():
            try:
                self._reader = Store(self.path, readonly=True)
            except StoreError:
                return None  # not created (or migrated) by the writer yet: next time
        return self._reader

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def set_retention(self, retention: Retention) -> None:
        """Keep the file's history this long from its next pruning on (Settings, at once)."""
        self.retention = retention
        if self._file_writer is not None:
            self._file_writer.retention = retention  # read by the writer's thread when it prunes

    def close(self) -> None:
        self.session.commit_history()
        self._timer.stop()
        self._close_reader()
        if self._file_writer is not None:
            self._file_writer.flush(5)
            self._file_writer.close()

    # --- refresh ----------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        writer = self._writer
        if writer is None:
            return
        error = writer.take_error()
        if error:
            self.failed.emit(self.tr("Call history: %1").replace("%1", error))
        if writer.commits == self._seen_commits and not force:
            return
        self._seen_commits = writer.commits
        if self.shown() or force:
            self._model_stale = False
            self.model.reload()
        else:
            self._model_stale = True
        store = self.reader()
        try:
            counts = store.missed_counts() if store is not None else {}
        except Exception:
            counts = {}
        self.session.users.set_missed(counts)

    def view_shown(self) -> None:
        """The history's rows came into view: what was written while they were hidden, now."""
        if self._model_stale:
            self._model_stale = False
            self.model.reload()

    # --- actions ----------------------------------------------------------------------------

    def acknowledge(self, records: list[CallRecord], value: bool = True) -> None:
        ids = [r.row_id for r in records if r.row_id is not None]
        if not ids or self._writer is None:
            return
        self._writer.run(lambda store: store.acknowledge(ids, value))
        self._after_write()
        # Rows from the gateway's communication log are acknowledged there too (its
        # OnComRecordsAck then confirms it here).
        source = self.source()
        if source is not None and getattr(source, "has_comlog", False):
            by_login: dict[str, list[str]] = {}
            for r in records:
                if r.record_id is not None:
                    by_login.setdefault(r.login, []).append(r.record_id)
            for login, record_ids in by_login.items():
                spawn(self._acknowledge_on_gateway(source, login, record_ids, value))

    async def _acknowledge_on_gateway(self, source, login: str, record_ids: list[str], value: bool) -> None:
        try:
            await source.acknowledge_comlog(login, record_ids, value)
        except Refused as exc:
            self.message.emit(self.tr("Acknowledge on the gateway refused: %1").replace("%1", exc.message))
        except Exception as exc:  # a broken source must not take the window down
            self.message.emit(self.tr("Acknowledge on the gateway failed: %1").replace("%1", str(exc)))

    def _after_write(self) -> None:
        """A write without a frame: an in-memory store is read again now; the file's writer
        counts it as a commit, which the next refresh sees."""
        writer = self._writer
        if writer is not None and not writer.threaded:
            self.refresh(force=True)

    def call_back(self, record: CallRecord) -> None:
        party = record.other_party()
        line = self.my_line()
        if party is None or not (party.number or party.login):
            return
        if not line:
            self.message.emit(self.tr("Call back: set my line first (Line menu)"))
            return
        spawn(self._call_back(line, party.number or party.login, record))

    async def _call_back(self, line: str, number: str, record: CallRecord) -> None:
        try:
            result = await self.commander(line, "makeCall", args={"callee": number})
        except Refused as exc:
            self.message.emit(self.tr("Call back refused: %1 (%2)").replace("%1", exc.message).replace("%2", exc.code))
            return
        except Exception as exc:  # a broken source must not take the window down
            self.message.emit(self.tr("Call back failed: %1").replace("%1", str(exc)))
            return
        self.message.emit(self.tr("Calling %1 back").replace("%1", number))
        ref = (result or {}).get("callRef")
        if ref and record.missed and not record.acknowledged:
            self._callbacks[ref] = [record, False]

    def _watch_callbacks(self, dirty) -> None:
        """A call back that is answered acknowledges the missed call it returns."""
        if not self._callbacks:
            return
        line = self.my_line()
        user = self.session.model.users.get(line) if line else None
        if user is None:
            return
        for ref, entry in list(self._callbacks.items()):
            record, seen = entry
            call = user.calls.get(ref)
            if call is None:
                if seen:
                    self._callbacks.pop(ref)  # ended unanswered: the missed call stays
                continue
            entry[1] = True
            states = [leg.state for leg in call.legs.values()] or [call.state]
            if "ACTIVE" in states:
                self._callbacks.pop(ref)
                self.acknowledge([record])
                self.message.emit(self.tr("%1 called back: acknowledged").replace("%1", record.login))
