"""The one ingest session: what a source sends, applied to the model.

Every consumer of a source goes through it, so a count means the same everywhere: `snapshot
--connect/--o2g` and the tests use it as is; the window's session (desktop/ui/session.py) adds
only its frame timer and Qt models, through the `_applied` and `_rejected` hooks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence

import orjson

from desktop.history.writer import Recorder
from desktop.model import Ingest, Model
from desktop.model.reducer import Delta
from desktop.model.snapshot import snapshot
from desktop.protocol.events import LinkStateModified, UnknownEvent
from desktop.protocol.o2g.names import COMLOG_EVENTS
from desktop.protocol.parse import ParseError, parse_line, parse_obj
from desktop.protocol.routing import DOWN, UP
from desktop.sources.base import RESYNC, NullSink, RawEvent, Source, backoff_delays

def _directory_fields(u: dict, departments: dict[str, str]) -> tuple:
    department = u.get("department")
    if department is not None:  # a few names shared by thousands of users: one string each
        department = departments.setdefault(department, department)
    return u["login"], u.get("number"), u.get("firstName"), u.get("lastName"), u.get("displayName"), department

log = logging.getLogger("cti.session")

STATES_KEPT = 1000  # connection states remembered (a window may reconnect for days)
RESYNC_ATTEMPTS = 6  # a resync that fails this often waits for the next reconnection


class IngestSession:
    """A Sink that keeps the model: parses and applies raw events, counts what it could not use,
    knows the directory, and starts over on reset.

    `use_directory=False` leaves the directory out of the model (a model built from events
    alone, to compare with another). `on_state` hears every connection state."""

    def __init__(
        self, *, use_directory: bool = True, on_state: Callable[[str], None] | None = None, recorder: Recorder | None = None
    ):
        self.ingest = Ingest(Model())
        # The call history (desktop/history): fed every applied event, committed once per
        # batch here, once per frame in the window.
        self.recorder = recorder
        self.source: Source | None = None
        self.connection = "no source"
        self.states: deque[str] = deque(maxlen=STATES_KEPT)
        self.use_directory = use_directory
        self._on_state = on_state
        self._users: list[tuple] = []  # the directory: model.add_user's arguments per user
        self._received = 0
        self._new_at = 0  # events received when the model was made
        self._model_directories = 0  # directories added to the model since
        self._resync_task: asyncio.Task | None = None
        self.resyncs = 0  # resyncs asked after eventId gaps

    @property
    def model(self) -> Model:
        return self.ingest.model

    def use(self, source: Source) -> None:
        """Take events from `source` from now on (the caller starts and stops it)."""
        self._cancel_resync()
        self.source = source
        source.attach(self)
        self._users = []  # the old source's directory is not this one's
        self.reset(rewind=True)

    def detach(self) -> None:
        """Stop listening to the source: what it says from now on goes nowhere."""
        self._cancel_resync()
        if self.source is not None:
            self.source.attach(NullSink())

    # --- resync after an eventId gap ----------------------------------------------------

    def resync_soon(self) -> None:
        """Events were lost (an eventId gap): ask the source for the whole state, once at a
        time. The window and `snapshot --connect` both come here, so they behave alike. A
        failed request (a timeout, a dropped connection) is logged and tried again with the
        reconnect backoff, never raised into the event loop."""
        if self.source is None or RESYNC not in self.source.capabilities:
            return
        if self._resync_task is not None and not self._resync_task.done():
            return
        coro = self._resync(self.source)
        try:
            self._resync_task = self._spawn(coro)
        except RuntimeError:  # no event loop (events fed by hand): nothing to ask with
            coro.close()
            return
        self.resyncs += 1

    def _spawn(self, coro) -> asyncio.Future:
        """Run `coro` on the event loop (the window's session: on its qasync loop)."""
        return asyncio.get_running_loop().create_task(coro)

    async def _resync(self, source: Source) -> None:
        delays = backoff_delays()
        for attempt in range(1, RESYNC_ATTEMPTS + 1):
            try:
                await source.resync()
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Refused (TIMEOUT, DISCONNECTED), network errors, a bug
                delay = next(delays)
                log.warning("resync after an eventId gap failed (%s); attempt %d of %d, next in %.1f s",
                            getattr(exc, "message", None) or type(exc).__name__, attempt, RESYNC_ATTEMPTS, delay)
                await asyncio.sleep(delay)
        log.warning("resync abandoned after %d attempts; the next reconnection rebuilds the state", RESYNC_ATTEMPTS)

    def _cancel_resync(self) -> None:
        task, self._resync_task = self._resync_task, None
        if task is not None and not task.done():
            task.cancel()

    def now_ms(self) -> int:
        return self.source.now_ms() if self.source is not None else int(time.time() * 1000)

    def received(self) -> int:
        """Events received since the source began (or last rewound), rejected ones included."""
        return self._received

    def stats(self) -> dict:
        return self.ingest.stats()

    def snapshot(self) -> dict:
        """The `snapshot` command's JSON; `at` is the number of events received."""
        return snapshot(self.model, self._received, self.ingest.stats())

    # --- Sink -------------------------------------------------------------------------

    def events(self, batch: Sequence[RawEvent]) -> None:
        ingest, model, fmt, recorder = self.ingest, self.ingest.model, self.ingest.fmt, self.recorder
        gap = False
        for raw in batch:
            self._received += 1
            try:
                # A dict, or text; anything else a source let through is "not a JSON object".
                if type(raw) is tuple:  # (parsed, its text): the text is what is kept
                    parsed, raw = raw
                    event = parse_obj(parsed, fmt)
                else:
                    event = parse_line(raw, fmt) if isinstance(raw, (bytes, str)) else parse_obj(raw, fmt)
            except ParseError as exc:
                ingest.reject(self._received, str(exc))
                self._rejected(self._received, raw, str(exc))
                continue
            if type(event) is LinkStateModified and event.state == UP and model.links[event.link].state == DOWN:
                # Back from an outage: nothing heard meanwhile, so what we show is stale. Start
                # over (the links' states kept); the source's fresh snapshot follows.
                links = dict(model.links)
                self.reset(False)
                ingest, model = self.ingest, self.ingest.model
                model.links.update(links)
            delta = model.apply(event)
            if recorder is not None:
                recorder.observe(event, delta, model)
                if type(event) is UnknownEvent and event.name in COMLOG_EVENTS:
                    self._comlog_event(raw)
            gap = gap or delta.gap
            self._applied(self._received, raw, event, delta)
        self._batch_done()
        if gap:
            self.resync_soon()

    def rejected(self, raw: RawEvent, reason: str) -> None:
        """A frame the source could not use (a malformed control message): counted and shown
        with the rejected events."""
        self._received += 1
        self.ingest.reject(self._received, reason)
        self._rejected(self._received, raw, reason)

    def comlog_records(self, login: str, rows: Sequence) -> None:
        """A source with the gateway's communication log listed `login`'s records (Sink extension)."""
        if self.recorder is not None:
            self.recorder.gateway_records(login, list(rows))

    def _comlog_event(self, raw: RawEvent) -> None:
        try:
            event = raw if type(raw) is dict else orjson.loads(raw)
        except orjson.JSONDecodeError:
            return
        self.recorder.gateway_event(event)

    def _batch_done(self) -> None:
        """A batch was applied: its finished calls go to the history (the window waits for its frame)."""
        self.commit_history()

    def commit_history(self) -> None:
        if self.recorder is not None:
            self.recorder.commit(self.model)

    def reset(self, rewind: bool) -> None:
        """A new model. Bad events stay counted across a reconnection; a rewind delivers the
        same events again, so every count starts over."""
        if not rewind and self._received == self._new_at and self._model_directories <= 1:
            # Nothing came since the model was made but one directory (a connection's hello,
            # then its snapshot's reset): that model is what a new one would be. Keeping it
            # spares building and sorting 10,000 users twice per connection.
            return
        rejected = 0 if rewind else self.ingest.rejected
        if self.recorder is not None:
            self.commit_history()  # what ended before, with the old model
            self.recorder.reset(rewind)
        self.ingest = Ingest(Model())
        self.ingest.rejected = rejected
        if rewind:
            self._received = 0
        self._add_directory()
        self._new_at, self._model_directories = self._received, int(bool(self._users) and self.use_directory)

    def directory(self, users: Sequence[dict]) -> None:
        # Kept for the next reset as tuples of the fields the model reads (a tuple is a fifth
        # of a dict; the strings are the model's own).
        departments: dict[str, str] = {}
        self._users = [_directory_fields(u, departments) for u in users if u.get("login")]
        self._model_directories += 1
        self._add_directory()

    def state(self, text: str) -> None:
        self.connection = text
        self.states.append(text)
        if self._on_state is not None:
            self._on_state(text)

    # --- hooks ------------------------------------------------------------------------

    def _applied(self, seq: int, raw: RawEvent, event, delta: Delta) -> None:
        """Event number `seq` was parsed and applied."""

    def _rejected(self, seq: int, raw: RawEvent, reason: str) -> None:
        """Event number `seq` could not be parsed (counted already)."""

    def _add_directory(self) -> None:
        if not self.use_directory:
            return
        add = self.model.add_user
        for fields in self._users:
            add(*fields)


async def collect(source: Source, duration: float, session: IngestSession | None = None) -> dict:
    """Run `source` for `duration` seconds into a fresh session, or until it gives up (its
    login or token refused: waiting longer changes nothing); its snapshot."""
    session = session or IngestSession()
    session.use(source)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + duration
    await source.start()
    try:
        while source.login_refused is None and (left := deadline - loop.time()) > 0:
            await asyncio.sleep(min(left, 0.05))
    finally:
        session.detach()
        await source.stop()
    return session.snapshot()
