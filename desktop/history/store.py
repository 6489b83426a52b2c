"""The call history on disk: one SQLite database (standard library sqlite3, WAL), schema
versioned by `PRAGMA user_version` and brought up to date by MIGRATIONS, one step each.

WAL with synchronous=NORMAL: a commit is a few appended pages and no fsync, so a frame's rows
cost little, and whatever was committed survives the process being killed (the OS has the
pages); only a power cut can lose the last commits. Readers (the History panel, `cti-monitor
history`) never block the writer nor wait for it.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.model.history import MISSED_OUTCOMES, CallRecord, Party, iso
from desktop.model.state import INCOMING
from desktop.version import DIST

log = logging.getLogger("cti.history")

DB_ENV = "CTI_HISTORY_DB"  # another database file (tests, a second profile)
DAYS_ENV, ROWS_ENV = "CTI_HISTORY_DAYS", "CTI_HISTORY_ROWS"
DEFAULT_DAYS, DEFAULT_ROWS = 90, 1_000_000
PRUNE_CHUNK = 5_000  # rows per deleting transaction: the writer never holds the lock for long

# Each step takes the schema from version i to i + 1; a database is brought up to len(MIGRATIONS).
MIGRATIONS: tuple[str, ...] = (
    # 1: the calls.
    """
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL,
        call_ref TEXT NOT NULL,
        started INTEGER NOT NULL,            -- ms since the epoch, UTC
        direction TEXT,
        parties TEXT NOT NULL,               -- JSON [[number, login, name], ...]
        answered INTEGER,
        answered_by TEXT,
        ended INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        cause TEXT,
        acknowledged INTEGER NOT NULL DEFAULT 0,
        missed INTEGER NOT NULL DEFAULT 0,   -- incoming and not taken (MISSED_OUTCOMES)
        search TEXT NOT NULL DEFAULT '',     -- names, numbers and logins, casefolded, accents off
        UNIQUE (login, call_ref, started)
    );
    CREATE INDEX calls_by_end ON calls (ended);
    CREATE INDEX calls_by_user ON calls (login, ended);
    CREATE INDEX calls_missed ON calls (ended) WHERE missed = 1;
    """,
    # 2: rows from the gateway's communication log (O2G comlog) carry its recordId; the mark
    # of the last committed frame; the lamps' badges counted from an index alone.
    """
    ALTER TABLE calls ADD COLUMN record_id TEXT;
    CREATE UNIQUE INDEX calls_by_record ON calls (record_id) WHERE record_id IS NOT NULL;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX calls_badges ON calls (login) WHERE missed = 1 AND acknowledged = 0;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = "id, login, call_ref, started, direction, parties, answered, answered_by, ended, outcome, cause, acknowledged, record_id"
_UPSERT = """
INSERT INTO calls (login, call_ref, started, direction, parties, answered, answered_by, ended, outcome, cause,
                   acknowledged, missed, search, record_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (login, call_ref, started) DO UPDATE SET
    direction = excluded.direction, parties = excluded.parties, answered = excluded.answered,
    answered_by = excluded.answered_by, ended = excluded.ended, outcome = excluded.outcome,
    cause = excluded.cause, missed = excluded.missed, search = excluded.search,
    record_id = coalesce(excluded.record_id, calls.record_id),
    acknowledged = max(calls.acknowledged, excluded.acknowledged)
"""


# The gateway's records (O2G comlog) are its truth: acknowledged follows what it says, both ways.
_UPSERT_GATEWAY = _UPSERT.replace(
    "acknowledged = max(calls.acknowledged, excluded.acknowledged)", "acknowledged = excluded.acknowledged"
)


class StoreError(Exception):
    """The database cannot be opened or used: the message says which file and why."""


def default_path() -> Path:
    """The database file: $CTI_HISTORY_DB, else the platform's data folder (platformdirs:
    ~/.local/share/cti-monitor on Linux, %LOCALAPPDATA%\\cti-monitor on Windows,
    ~/Library/Application Support/cti-monitor on macOS)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return platformdirs.user_data_path(DIST, appauthor=False) / "history.sqlite3"


@dataclass(frozen=True)
class Retention:
    days: float = DEFAULT_DAYS
    rows: int = DEFAULT_ROWS

    @classmethod
    def from_env(cls, days: float | None = None, rows: int | None = None) -> Retention:
        """$CTI_HISTORY_DAYS and $CTI_HISTORY_ROWS, else `days` and `rows` (the window's
        Settings), else 90 days and 1,000,000 rows: the environment overrides the settings."""
        try:
            days = float(os.environ.get(DAYS_ENV) or (DEFAULT_DAYS if days is None else days))
            rows = int(os.environ.get(ROWS_ENV) or (DEFAULT_ROWS if rows is None else rows))
        except ValueError as exc:
            log.warning("ignoring a bad history retention setting: %s", exc)
            return cls()
        return cls(max(days, 0.0), max(rows, 0))

    @staticmethod
    def overridden() -> tuple[bool, bool]:
        """Whether $CTI_HISTORY_DAYS and $CTI_HISTORY_ROWS are set (they win over the settings)."""
        return bool(os.environ.get(DAYS_ENV)), bool(os.environ.get(ROWS_ENV))


@dataclass(frozen=True)
class Query:
    """What the History panel and `cti-monitor history` ask for; newest first."""

    login: str | None = None
    missed: bool = False
    unacknowledged: bool = False
    since: int | None = None  # ms: ended at or after
    until: int | None = None  # ms: ended before
    text: str | None = None  # accent- and case-insensitive, in names, numbers and logins

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.login:
            clauses.append("login = ?")
            params.append(self.login)
        if self.missed:
            clauses.append("missed = 1")
        if self.unacknowledged:
            clauses.append("acknowledged = 0")
        if self.since is not None:
            clauses.append("ended >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("ended < ?")
            params.append(self.until)
        if self.text and self.text.strip():
            clauses.append("search LIKE ? ESCAPE '\\'")
            term = fold(self.text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{term}%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def fold(text: str) -> str:
    """Lower case without accents: "Prénom" and "PRENOM" both become "prenom"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _search_text(record: CallRecord) -> str:
    bits = [record.login]
    for p in record.parties:
        bits.extend(x for x in p if x)
    return fold(" ".join(bits))


def _params(record: CallRecord) -> tuple:
    missed = record.direction == INCOMING and record.outcome in MISSED_OUTCOMES
    return (
        record.login,
        record.call_ref,
        record.started if record.started is not None else (record.ended or 0),
        record.direction,
        json.dumps([list(p) for p in record.parties], ensure_ascii=False),
        record.answered,
        record.answered_by,
        record.ended if record.ended is not None else (record.started or 0),
        record.outcome,
        record.cause,
        int(record.acknowledged),
        int(missed),
        _search_text(record),
        record.record_id,
    )


def _record(row: Sequence) -> CallRecord:
    (row_id, login, ref, started, direction, parties, answered, answered_by, ended, outcome, cause, ack, record_id) = row
    record = CallRecord(ref, login, started, direction=direction, answered=answered, answered_by=answered_by,
                        ended=ended, outcome=outcome, cause=cause, acknowledged=bool(ack), record_id=record_id)
    record.parties = [Party(*p) for p in json.loads(parties)]
    record.row_id = row_id
    return record


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in WAL mode with the schema up to date (a read-only one only checks it)."""
    memory = str(path) == ":memory:"
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=5)
        else:
            if not memory:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False, isolation_level=None)
            if not memory:
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open the call history {path}: {exc}") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} was written by a newer CTI Monitor (schema {version}, this one knows {SCHEMA_VERSION})")
    if readonly and version < SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} has an older schema ({version}); open it once with the window or `snapshot --history`")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one step per transaction; the version reached."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version, min(SCHEMA_VERSION, len(MIGRATIONS))):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("call history schema %d -> %d", step, step + 1)
    return max(version, SCHEMA_VERSION)


class Store:
    """One connection to the history database: writes (one transaction per call of `write`),
    queries, acknowledgements, pruning."""

    def __init__(self, path: Path | str = ":memory:", *, readonly: bool = False):
        self.path = path
        self.conn = connect(path, readonly=readonly)

    def close(self) -> None:
        self.conn.close()

    # --- writing -----------------------------------------------------------------------

    def write(self, records: Iterable[CallRecord], mark: dict | None = None) -> int:
        """Upsert `records` and set the frame mark, in one transaction. Rows acknowledged
        stay acknowledged. The number of rows written."""
        params = [_params(r) for r in records]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if params:
                conn.executemany(_UPSERT, params)
            if mark is not None:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_frame', ?)", (json.dumps(mark),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return len(params)

    def write_gateway(self, records: Iterable[CallRecord]) -> int:
        """Upsert rows from the gateway's communication log, each by its recordId, in one
        transaction (a record whose key changed replaces its old row)."""
        params = [_params(r) for r in records]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for p in params:
                login, ref, started, record_id = p[0], p[1], p[2], p[13]
                conn.execute(
                    "DELETE FROM calls WHERE record_id = ? AND NOT (login = ? AND call_ref = ? AND started = ?)",
                    (record_id, login, ref, started),
                )
                conn.execute(_UPSERT_GATEWAY, p)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return len(params)

    def acknowledge(self, row_ids: Iterable[int], value: bool = True) -> int:
        return self._where_in("UPDATE calls SET acknowledged = ? WHERE id", row_ids, [int(value)])

    def acknowledge_records(self, record_ids: Iterable[str], value: bool = True) -> int:
        """By the gateway's recordIds (its OnComRecordsAck / OnComRecordsUnAck)."""
        return self._where_in("UPDATE calls SET acknowledged = ? WHERE record_id", record_ids, [int(value)])

    def delete_records(self, record_ids: Iterable[str]) -> int:
        return self._where_in("DELETE FROM calls WHERE record_id", record_ids)

    def _where_in(self, statement: str, ids: Iterable, before: list | None = None) -> int:
        """`statement IN (ids)`: the rows it changed."""
        ids = list(ids)
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        return self.conn.execute(f"{statement} IN ({marks})", [*(before or []), *ids]).rowcount

    def clear(self) -> None:
        """Every row gone (a replay's in-memory history, rewound)."""
        self.conn.execute("DELETE FROM calls")

    def prune(self, retention: Retention, now_ms: int | None = None) -> int:
        """Delete rows older than the retention's days, then the oldest beyond its rows, in
        chunks of PRUNE_CHUNK (each its own short transaction). The number deleted."""
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        cutoff = now_ms - int(retention.days * 86_400_000)
        conn, deleted = self.conn, 0
        while True:
            n = conn.execute(
                "DELETE FROM calls WHERE id IN (SELECT id FROM calls WHERE ended < ? ORDER BY ended LIMIT ?)",
                (cutoff, PRUNE_CHUNK),
            ).rowcount
            deleted += n
            if n < PRUNE_CHUNK:
                break
        excess = self.count() - retention.rows
        while excess > 0:
            n = conn.execute(
                "DELETE FROM calls WHERE id IN (SELECT id FROM calls ORDER BY ended LIMIT ?)", (min(excess, PRUNE_CHUNK),)
            ).rowcount
            if n == 0:
                break
            deleted += n
            excess -= n
        return deleted

    # --- reading -----------------------------------------------------------------------

    def query(self, query: Query = Query(), limit: int | None = 100, offset: int = 0) -> list[CallRecord]:
        where, params = query.where()
        sql = f"SELECT {_COLUMNS} FROM calls{where} ORDER BY ended DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [_record(row) for row in self.conn.execute(sql, params)]

    def count(self, query: Query = Query()) -> int:
        where, params = query.where()
        return self.conn.execute(f"SELECT count(*) FROM calls{where}", params).fetchone()[0]

    def missed_counts(self) -> dict[str, int]:
        """Unacknowledged missed calls per user: the lamps' badges."""
        rows = self.conn.execute("SELECT login, count(*) FROM calls WHERE missed = 1 AND acknowledged = 0 GROUP BY login")
        return dict(rows.fetchall())

    def last_frame(self) -> dict | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'last_frame'").fetchone()
        return json.loads(row[0]) if row else None

    def export_csv(self, path: Path | str, query: Query = Query(), limit: int | None = None) -> int:
        """The rows the query selects, newest first, as CSV (parties' numbers, logins and names
        each in one column, separated by "; ")."""
        n = 0
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_HEADER)
            for record in self.query(query, limit=limit):
                writer.writerow(csv_row(record))
                n += 1
        return n


CSV_HEADER = ("callRef", "login", "direction", "numbers", "logins", "names", "started", "answered", "answeredBy",
              "ended", "durationS", "outcome", "cause", "acknowledged")


def csv_row(record: CallRecord) -> list:
    def joined(index: int) -> str:
        return "; ".join(p[index] or "" for p in record.parties)

    return [record.call_ref, record.login, record.direction or "", joined(0), joined(1), joined(2),
            iso(record.started) or "", iso(record.answered) or "", record.answered_by or "", iso(record.ended) or "",
            "" if record.duration_s is None else record.duration_s, record.outcome or "", record.cause or "",
            "true" if record.acknowledged else "false"]
