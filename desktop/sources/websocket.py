"""WebSocket client source: the simulator or any server that speaks docs/protocol.md.

It stays connected on its own: on a drop it waits (base.backoff_delays: 0.5 s doubling up to
10 s, jittered), reconnects, subscribes again and tells the sink to reset, because the server's
subscription snapshot rebuilds every call from scratch: a call that ended while we were away
disappears, one that started appears. A per-user eventId gap
(`resync()`) goes the same way without dropping the connection.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import socket
import ssl
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

import orjson
import websockets
# websockets loads its client (`websockets.connect`) at first use: imported with this module, so
# that the first connection, whose time to the full state is measured, does not pay for it.
from websockets.asyncio.client import ClientConnection
from websockets.frames import DATA_OPCODES, Opcode

from desktop.protocol import wire
from desktop.protocol.parse import MAX_LINE_BYTES
from desktop.protocol.wire import BAD_REQUEST, DISCONNECTED, HELLO, REPLY, TIMEOUT, UNAUTHORIZED, Refused
from desktop.sources.addresses import check_url
from desktop.sources.base import CONNECTED, CONNECTING, STOPPED, RetryWait, Source, backoff_delays, cancel_and_wait

log = logging.getLogger(__name__)

# A frame can be as large as the server's hello, which lists the whole directory: about 130 bytes
# a user, so 10,000 users pass 1 MiB. Events themselves are far smaller.
MAX_FRAME_BYTES = 32 << 20
# Frames already received are handed over together, once the read loop waits for more (a
# snapshot's thousands of events cost the session one call per run, not one per event);
# at most this many at a time, so the window still paints during a long burst.
BATCH_EVENTS = 1000
# A frame this large (a hello's directory) is parsed by the standard library's json, not orjson:
# orjson reads the whole document into its own tree before making the Python objects, which
# peaked at 20 MiB for a 1.2 MB hello of 10,000 users (the objects alone are 6 MiB): that
# transient was the window's peak memory. json makes the objects as it reads (3 ms slower).
LARGE_FRAME_BYTES = 64 << 10


# The socket's receive buffer: room for a 10,000-user snapshot (~8 MB) while the window applies
# what came before it. With the system's default (128 KiB, grown only as fast as the reader
# keeps up), the server stalled at each batch the window applied, so its sending and the
# window's work took turns instead of overlapping (a full state's wall time ~ their sum).
RECEIVE_BUFFER_BYTES = 8 << 20


def _widen_receive_buffer(ws) -> None:
    sock = ws.transport.get_extra_info("socket") if ws.transport is not None else None
    if sock is None:
        return
    try:
        if sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) < RECEIVE_BUFFER_BYTES:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER_BYTES)  # (capped by the system)
    except OSError:  # not a socket that takes it: the default then
        pass


def _not_json(constant: str):
    raise ValueError(f"{constant} is not JSON")  # json takes NaN and Infinity; orjson, as the spec, does not
COMMAND_TIMEOUT_S = 10.0
# websockets' keepalive: a server that answers no ping within PING_TIMEOUT_S is given up.
PING_INTERVAL_S = 20.0
PING_TIMEOUT_S = 20.0
# A server that stopped reading does not answer our close either: do not wait 10 s for it.
CLOSE_TIMEOUT_S = 2.0
KEEPALIVE_TIMEOUT = "keepalive ping timeout"  # websockets' reason when it closes for that (code 1011)
STABLE_S = 10.0  # a connection that lived this long and delivered its snapshot was a good one
AUTH_STATUSES = (401, 403)  # a handshake refused for the token
TOKEN_REFUSED = "the server refused the token"
# Close codes a user can act on, in a few words (RFC 6455 section 7.4.1).
CLOSE_REASONS = {1008: "refused by the server's policy", 1009: "frame too large", 1011: "server error", 1013: "server overloaded, try again later"}


def _reason(exc: BaseException) -> str:
    """A few words a user can act on; never the URL (it may carry a token)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate not trusted: {exc.verify_message}"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, asyncio.TimeoutError):
        return "timed out"
    if isinstance(exc, websockets.ConnectionClosed):
        close = exc.rcvd if exc.rcvd is not None else exc.sent  # ours: we closed (a frame too large)
        if exc.rcvd is None and close is not None and close.reason == KEEPALIVE_TIMEOUT:
            return "the server stopped answering"  # (its code, 1011, would read "server error")
        if close is not None and close.code in CLOSE_REASONS:
            said = f": {close.reason[:80]}" if close.reason and exc.rcvd is not None else ""
            return CLOSE_REASONS[close.code] + said
        return "connection closed"
    return type(exc).__name__


class MessageConnection(ClientConnection):
    """websockets' client connection that hands each data message to a callback as soon as it
    is parsed, in order (`deliver_to`), rather than queueing it for one `recv` per message (an
    await, a queue step and a flow-control check per event): a 10,000-user full state is ~10%
    shorter (the bench window alternated with the previous one against one server). The
    handshake, pings, the close and every protocol check (frame and message sizes, fragments)
    stay websockets' own; `async for` on it ends, or raises, as the connection does. Messages
    that come before a callback is given, or after it is taken back, are held (at most what
    one read of the socket brought) and the socket is not read until one is given again."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._take: Callable[[str | bytes], None] | None = None
        self._held: deque[str | bytes] = deque()
        self._fragments: list[bytes] = []  # a fragmented message's frames so far
        self._fragmented_text = False

    def deliver_to(self, take: Callable[[str | bytes], None] | None) -> None:
        """From now on each message (str for text, bytes for binary; the bytes of a text that is
        not UTF-8) goes to `take`, those held first; None: hold them, and stop reading."""
        self._take = take
        while self._held and self._take is take is not None:  # (`take` may give itself up)
            take(self._held.popleft())
        if take is not None and self._take is take and self.transport is not None:
            self.transport.resume_reading()

    def process_event(self, event) -> None:
        if self.response is None or event.opcode not in DATA_OPCODES:
            super().process_event(event)  # the handshake's response, pings, pongs, the close
            return
        if event.opcode is Opcode.CONT:
            self._fragments.append(event.data)
            if not event.fin:
                return
            data, self._fragments, text = b"".join(self._fragments), [], self._fragmented_text
        elif not event.fin:
            self._fragments, self._fragmented_text = [event.data], event.opcode is Opcode.TEXT
            return
        else:
            data, text = event.data, event.opcode is Opcode.TEXT
        message: str | bytes = bytes(data)
        if text:
            try:
                message = message.decode()
            except UnicodeDecodeError:  # its bytes, which the reader rejects as not JSON
                pass
        if self._take is None:
            self._held.append(message)
            if self.transport is not None:
                self.transport.pause_reading()
        else:
            self._take(message)


class WebSocketSource(Source):
    kind = "websocket"

    def __init__(
        self,
        url: str,
        token: str | None = None,
        logins: Sequence[str] = ("*",),
        ssl_context: ssl.SSLContext | None = None,
    ):
        super().__init__()
        self.url = check_url(url)
        self._token = token
        self.logins = list(logins)
        # wss verifies the server's certificate against the system's trust store unless a
        # caller hands in its own context (tests with a private CA).
        self._ssl = ssl_context or (ssl.create_default_context() if url.startswith("wss://") else None)
        self._task: asyncio.Task | None = None
        self._ws = None
        self._pending: dict[int, asyncio.Future] = {}
        self._on_reply: dict[int, Any] = {}  # run by the reader, before any event after the reply
        self._ids = itertools.count(1)
        self._stopping = False
        self._retry = RetryWait()
        self._snapshot_received = False  # this connection's subscription was answered
        self._refusal: Refused | None = None  # the server refused the token: do not retry
        self.connections = 0  # successful connections so far (the first one included)

    @property
    def description(self) -> str:
        return self.url

    async def start(self) -> None:
        self._stopping = False
        self._refusal = self.login_refused = None
        self._task = asyncio.create_task(self._run(), name="websocket-source")
        self._task.add_done_callback(self._ended)

    def _ended(self, task: asyncio.Task) -> None:
        """The status never says "connected" about a task that is gone."""
        if not task.cancelled() and task.exception() is not None:
            log.error("WebSocket source ended", exc_info=task.exception())
            self.sink.state("stopped (internal error)")

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            await cancel_and_wait(self._task)
            self._task = None
        self.sink.state(STOPPED)

    def retry_now(self) -> None:
        """Cut the wait before the next connection attempt short (the window's "Retry now")."""
        self._retry.wake()

    async def resync(self) -> None:
        """Ask the server for the full state again (after an eventId gap)."""
        if self._ws is not None:
            await self._subscribe(self._ws)

    async def command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        ws = self._ws
        if ws is None:
            raise Refused(DISCONNECTED, "not connected to the server")
        return await self._request(ws, wire.command(next(self._ids), login, action, call_ref, device_id, args))

    # --- connection loop -------------------------------------------------------------------

    async def _run(self) -> None:
        delays = backoff_delays()
        loop = asyncio.get_running_loop()
        while not self._stopping:
            reason = ""
            self.sink.state(CONNECTING)
            began, self._snapshot_received = loop.time(), False
            try:
                async with websockets.connect(
                    self.url,
                    ssl=self._ssl if self.url.startswith("wss:") else None,
                    additional_headers={"Authorization": f"Bearer {self._token}"} if self._token else None,
                    max_size=MAX_FRAME_BYTES,
                    open_timeout=10,
                    ping_interval=PING_INTERVAL_S,
                    ping_timeout=PING_TIMEOUT_S,
                    close_timeout=CLOSE_TIMEOUT_S,
                    create_connection=MessageConnection,
                ) as ws:
                    self._ws = ws
                    _widen_receive_buffer(ws)
                    await self._session(ws)
            except asyncio.CancelledError:
                raise
            except Refused as exc:  # the server refused our subscription
                self.sink.state(f"refused: {exc.message}")
                log.warning("server refused the subscription: %s", exc.code)
                if exc.code == UNAUTHORIZED:
                    self._refusal = exc
            except websockets.InvalidStatus as exc:  # refused at the handshake: a token, a proxy
                status = exc.response.status_code
                if status in AUTH_STATUSES:
                    self._refusal = Refused(UNAUTHORIZED, f"{TOKEN_REFUSED} (HTTP {status})")
                else:
                    self.sink.state(f"refused by the server (HTTP {status})")
                    log.warning("server refused the connection: HTTP %s", status)
            except (OSError, websockets.WebSocketException, asyncio.TimeoutError) as exc:
                reason = _reason(exc)
                log.info("connection to %s lost: %s", self.url, reason)
            except Exception:  # a bug in one connection must not end the source: log it, reconnect
                reason = "internal error"
                log.exception("WebSocket source failed; reconnecting")
            finally:
                self._ws = None
                self._fail_pending("connection lost")
            if self._refusal is not None:  # a token the server refuses: asking again is no use
                self.login_refused = self._refusal
                self.sink.state(self._refusal.message)
                log.warning("the server refused the token; not retrying")
                return
            if self._stopping:
                break
            # Only a connection that lived STABLE_S and delivered its snapshot starts the backoff
            # over: a server that accepts, then fails each time, cannot make a busy loop of us.
            if self._snapshot_received and loop.time() - began >= STABLE_S:
                delays = backoff_delays()
            delay = next(delays)
            self.sink.state(f"reconnecting in {delay:.1f} s" + (f" ({reason})" if reason else ""))
            await self._retry.sleep(delay)

    async def _session(self, ws) -> None:
        reader = asyncio.create_task(self._read(ws))
        subscribing = asyncio.create_task(self._subscribe(ws))
        try:
            # The reader may end first (the server closed, or a bug): then that is the outcome,
            # not a subscription timing out 10 s later.
            await asyncio.wait({reader, subscribing}, return_when=asyncio.FIRST_COMPLETED)
            if reader.done():
                reader.result()
                return
            subscribing.result()
            self.connections += 1
            self.sink.state(CONNECTED)
            await reader
        finally:
            for task in (reader, subscribing):
                task.cancel()

    async def _subscribe(self, ws) -> None:
        def subscribed() -> None:
            self._snapshot_received = True
            self.sink.reset(False)

        await self._request(ws, wire.subscribe(next(self._ids), self.logins), on_reply=subscribed)

    async def _request(self, ws, message: dict, on_reply=None) -> dict:
        """Send `message` and wait for its reply: the result, or Refused."""
        request_id = message["requestId"]
        future = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        if on_reply is not None:
            self._on_reply[request_id] = on_reply
        try:
            await ws.send(orjson.dumps(message).decode())
            reply = await asyncio.wait_for(future, COMMAND_TIMEOUT_S)
        except asyncio.TimeoutError:
            raise Refused(TIMEOUT, f"no reply within {COMMAND_TIMEOUT_S:.0f} s") from None
        finally:
            self._pending.pop(request_id, None)
            self._on_reply.pop(request_id, None)
        return wire.read_reply(reply)

    async def _read(self, ws) -> None:
        batch: list = []
        loop = asyncio.get_running_loop()

        def hand_over() -> None:
            if batch:
                events = batch.copy()
                batch.clear()
                self.sink.events(events)

        def take(frame) -> None:
            try:
                obj = orjson.loads(frame) if len(frame) < LARGE_FRAME_BYTES else json.loads(frame, parse_constant=_not_json)
            except (ValueError, RecursionError):  # (orjson's and json's decode errors are ValueErrors)
                obj = None  # the session counts it as rejected, with the others
            if type(obj) is not dict:  # not JSON; null, 42, true, a list: the session rejects the text
                obj = frame
            elif wire.is_control(obj):  # (a hello may pass 1 MiB: 10,000 users)
                hand_over()  # what came before it, first
                self._control(obj, frame)
                return
            elif len(frame) > MAX_LINE_BYTES:  # an event over 1 MiB, as a trace line: rejected
                obj = frame
            else:
                obj = (obj, frame)  # the log keeps the frame as it came, not the object written again
            if not batch:
                loop.call_soon(hand_over)  # runs once the loop has read what it could
            batch.append(obj)
            if len(batch) >= BATCH_EVENTS:
                hand_over()

        failed: list[BaseException] = []

        def take_from_connection(frame) -> None:
            # (Called by the connection as it parses what it read: an error here is this
            # reader's, raised by it, not the transport's; the connection is dropped.)
            try:
                take(frame)
            except Exception as exc:
                failed.append(exc)
                ws.deliver_to(None)
                ws.transport.abort()

        direct = isinstance(ws, MessageConnection)
        try:
            if direct:
                ws.deliver_to(take_from_connection)
            try:
                async for frame in ws:  # (a MessageConnection's come through `take` instead)
                    take(frame)
            except websockets.ConnectionClosed:
                if not failed:
                    raise
            if failed:
                raise failed[0]
        finally:
            if direct:
                ws.deliver_to(None)
            hand_over()

    def _control(self, obj: dict, frame) -> None:
        kind = obj.get("type")
        if kind == HELLO:
            users, dropped = wire.read_directory(obj)
            if users is None:
                self._reject(frame, "hello without a list of users")
                return
            if dropped:
                log.warning("the server's hello had %d field(s) or user(s) of the wrong type; left out", dropped)
            self.sink.directory(users)
        elif kind == REPLY:
            try:
                reply = wire.parse_reply(obj)
            except ValueError as exc:
                self._reject(frame, str(exc))
                request_id = obj.get("requestId")
                if type(request_id) in (int, str):  # a request waits for it: it fails now, not in 10 s
                    self._answer(request_id, wire.error_reply(request_id, BAD_REQUEST, str(exc)))
                return
            if reply.unsolicited:
                self._unsolicited(reply)
                return
            self._answer(reply.request_id, reply)
        else:
            self._reject(frame, f"unknown message type {str(kind)[:40]!r}")

    def _answer(self, request_id, reply) -> None:
        future = self._pending.get(request_id)
        if future is not None and not future.done():
            on_reply = self._on_reply.get(request_id)
            if isinstance(reply, wire.Reply) and reply.ok and on_reply is not None:
                on_reply()
            future.set_result(reply)

    def _unsolicited(self, reply: wire.Reply) -> None:
        """A refusal of no request: UNAUTHORIZED is the token, said once before the server
        closes; anything else is only logged."""
        if reply.ok:
            return
        error = reply.error or wire.ReplyError()
        if error.code == UNAUTHORIZED:
            self._refusal = Refused(UNAUTHORIZED, TOKEN_REFUSED)
        else:
            log.warning("the server says: %s: %s", error.code, error.message[:200])

    def _reject(self, frame, reason: str) -> None:
        """A frame that is not what the protocol says: counted with the session's rejected
        events, logged, and the connection carries on."""
        log.warning("rejected a frame from the server: %s", reason)
        rejected = getattr(self.sink, "rejected", None)
        if rejected is not None:
            rejected(frame, reason)

    def _fail_pending(self, why: str) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(Refused(DISCONNECTED, why))
        self._pending.clear()
