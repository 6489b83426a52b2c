"""The WebSocket side of the simulated OXE (protocol: docs/protocol.md). Thin: it reads
frames (desktop.protocol.wire), keeps each client's subscription, and relays commands to a feed
(feeds.py: the engine with its traffic generator, or a recorded trace) and the feed's events
to subscribers."""

from __future__ import annotations

import asyncio
import hmac
from collections import deque
import logging
import ssl
from collections.abc import Iterable
from urllib.parse import parse_qs, urlsplit

import orjson
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from desktop.protocol import wire, wire_requests
from desktop.protocol.wire import BAD_REQUEST, UNAUTHORIZED, UNKNOWN_USER, Refused
from desktop.simulator.ws.feeds import Feed

log = logging.getLogger("cti.simulator.server")

HARD_MAX_FRAME = 8 << 20  # frames above this close the connection (1009), unread
MAX_QUEUE_BYTES = 8 << 20  # bytes queued for one client before it is cut off (1008) as too slow
SNAPSHOT = None  # in a client's queue: stream the subscription's snapshot here
SHARED_BYTES = 64 << 10  # a message this large is queued as the shared bytes object, not copied


class Client:
    """One connection's subscription and send queue.

    The queue holds encoded frames back to back in one bytearray (their lengths beside it),
    not one bytes object per message: orjson's buffers cost ~4 KiB each whatever the payload,
    which let a client that never reads take the simulator to 2 GB. Past MAX_QUEUE_BYTES the
    client is cut off with close code 1008. A subscription's snapshot is not queued at all: a
    marker is, and the writer builds each user's snapshot when it gets there, streaming it;
    until a user's snapshot is sent, that user's live events are left out (the snapshot,
    built later, already shows them). A new subscribe replaces a snapshot still being sent."""

    def __init__(self, ws: ServerConnection, feed: Feed | None = None, max_bytes: int = MAX_QUEUE_BYTES):
        self.ws = ws
        self.feed = feed
        self.max_bytes = max_bytes
        self.logins: set[str] | None = set()  # None means every user ("*")
        self.event_ids: dict[str, int] = {}  # per login: the last eventId this client saw
        self._buffer = bytearray()
        # Each queued frame: its length in _buffer, a bytes object of its own, or SNAPSHOT.
        self._lengths: deque[int | bytes | None] = deque()
        self._sent_at = 0  # bytes of _buffer already taken by the writer
        self.queued_bytes = 0
        self.snapshot_todo: deque[str] = deque()  # logins whose snapshot is still to be sent
        self._unsent: set[str] = set()
        self.snapshots = 0  # subscriptions answered (their snapshots begun)
        self._markers = 0  # SNAPSHOT markers in the queue
        self.wakeup = asyncio.Event()
        self.closed = False

    def wants(self, login: str) -> bool:
        return (self.logins is None or login in self.logins) and login not in self._unsent

    @property
    def is_subscribed(self) -> bool:
        return self.logins is None or bool(self.logins)

    def push(self, message: dict) -> None:
        self.push_bytes(orjson.dumps(message))

    def push_bytes(self, data: bytes) -> None:
        if self.closed:
            return
        if len(data) >= SHARED_BYTES:  # the hello: every client holds the same object, no copy
            self._lengths.append(data)
        else:
            self._buffer += data
            self._lengths.append(len(data))
        self.queued_bytes += len(data)
        self.wakeup.set()
        if self.queued_bytes > self.max_bytes:
            self.cut_off(f"too slow: over {self.max_bytes >> 10} KiB queued")

    def cut_off(self, reason: str) -> None:
        self.closed = True
        log.warning("client %s %s: disconnecting", self.ws.remote_address, reason)
        self._buffer, self._lengths, self.queued_bytes, self._markers = bytearray(), deque(), 0, 0
        self.snapshot_todo.clear()
        asyncio.ensure_future(self.ws.close(1008, reason))

    def subscribed(self, logins: list[str]) -> None:
        """After the reply: this subscription's snapshot, replacing any still being sent."""
        self.snapshot_todo = deque(logins)
        self._unsent = set(logins)
        self.snapshots += 1
        self._markers += 1
        self._lengths.append(SNAPSHOT)
        self.wakeup.set()

    async def write(self, renumber) -> None:
        """`renumber(client, event)`: the event as this client sees it (its own eventIds)."""
        try:
            while True:
                await self.wakeup.wait()
                self.wakeup.clear()
                while self._lengths and not self.closed:
                    item = self._lengths.popleft()
                    if item is SNAPSHOT:
                        self._markers -= 1
                        await self._stream_snapshot(renumber)
                        continue
                    if isinstance(item, bytes):
                        data = item
                    else:
                        start, self._sent_at = self._sent_at, self._sent_at + item
                        data = bytes(self._buffer[start:self._sent_at])
                        if self._sent_at == len(self._buffer):  # all taken: let the memory go
                            self._buffer, self._sent_at = bytearray(), 0
                        elif self._sent_at > 1 << 16 and self._sent_at * 2 > len(self._buffer):
                            del self._buffer[:self._sent_at]  # amortized: at most every other byte moves
                            self._sent_at = 0
                    self.queued_bytes -= len(data)
                    await self.ws.send(data, text=True)
        except ConnectionClosed:
            pass

    async def _stream_snapshot(self, renumber) -> None:
        if self._markers:  # a later subscribe replaced this one: its marker comes
            return
        while self.snapshot_todo and not self.closed:
            login = self.snapshot_todo.popleft()
            self._unsent.discard(login)
            for event in self.feed.snapshot(login):
                await self.ws.send(orjson.dumps(renumber(self, event)), text=True)
            if self._markers:  # replaced while streaming: the new one takes over
                return


class SimulatorServer:
    def __init__(self, feed: Feed, *, token: str | None = None, ssl_context: ssl.SSLContext | None = None, ping_interval: float | None = 20.0, ping_timeout: float | None = 20.0):
        self.feed = feed
        self._token = token
        self._ssl = ssl_context
        self._ping = (ping_interval, ping_timeout)
        self.clients: set[Client] = set()
        # Other front ends of the same engine (the simulated O2G gateway) see every event too.
        self.listeners: list = []
        self._server = None
        self._task: asyncio.Task | None = None
        self.events_published = 0
        self.max_queue_bytes = MAX_QUEUE_BYTES
        self._hello: tuple[object, bytes] | None = None  # (the directory it was built from, its bytes)

    def hello_bytes(self) -> bytes:
        """The hello, built once per directory and the same bytes sent to every client: built
        per connection, 300 idle connections to 10,000 users cost 358 MB."""
        version = self.feed.directory_version()
        if self._hello is None or self._hello[0] != version:
            self._hello = (version, orjson.dumps(wire.hello(self.feed.users())))
        return self._hello[1]

    async def start(self, host: str = "127.0.0.1", port: int = 8765) -> int:
        """Listen (port 0 picks a free one) and return the bound port."""
        self._server = await serve(
            self._handle,
            host,
            port,
            ssl=self._ssl,
            max_size=HARD_MAX_FRAME,
            ping_interval=self._ping[0],
            ping_timeout=self._ping[1],
            compression=None,
        )
        self._task = asyncio.create_task(self.feed.run(self.publish))
        bound = self._server.sockets[0].getsockname()[1]
        log.info("simulated OXE listening on %s://%s:%d", "wss" if self._ssl else "ws", host, bound)
        return bound

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def serve_forever(self) -> None:
        await self._server.serve_forever()

    # ------------------------------------------------------------------ events out

    def publish(self, events: Iterable[dict]) -> None:
        events = list(events)
        link_back = False
        for event in events:
            self.events_published += 1
            login = event.get("id")
            shared = None  # without renumbering every client gets the same bytes: encoded once
            if login is None:
                # About no user (a link going down or up): every subscribed client hears it.
                link_back = link_back or event.get("state") == "UP"
                for client in self.clients:
                    if client.is_subscribed:
                        shared = shared or orjson.dumps(event)
                        client.push_bytes(shared)
                continue
            for client in self.clients:
                if client.wants(login):
                    if self.feed.renumber:
                        client.push(self._renumbered(client, event))
                    else:
                        shared = shared or orjson.dumps(event)
                        client.push_bytes(shared)
        for listener in self.listeners:
            listener(events)
        if link_back:
            # Events were withheld while the link was down: each client gets every link's
            # state and a fresh snapshot of its users, numbered from 1 again (docs/protocol.md).
            for client in self.clients:
                if client.is_subscribed:
                    self._send_snapshots(client)

    def _renumbered(self, client: Client, event: dict) -> dict:
        if not self.feed.renumber:
            return event
        login = event["id"]
        number = client.event_ids.get(login, 0) + 1
        client.event_ids[login] = number
        return dict(event, eventId=number)

    # ------------------------------------------------------------------ connections

    def _authorized(self, ws: ServerConnection) -> bool:
        if self._token is None:
            return True
        offered = None
        header = ws.request.headers.get("Authorization", "") if ws.request else ""
        scheme, _, credentials = header.strip().partition(" ")
        if scheme.lower() == "bearer":  # auth schemes are case-insensitive (RFC 9110, 11.1)
            offered = credentials.strip()
        else:
            query = parse_qs(urlsplit(ws.request.path).query) if ws.request else {}
            offered = (query.get("token") or [None])[0]
        return offered is not None and hmac.compare_digest(offered.encode(), self._token.encode())

    async def _handle(self, ws: ServerConnection) -> None:
        peer = ws.remote_address
        if not self._authorized(ws):
            log.info("refused %s: missing or wrong token", peer)
            await ws.send(orjson.dumps(wire.error_reply(None, UNAUTHORIZED, "missing or wrong token")).decode())
            await ws.close(1008, "unauthorized")
            return
        client = Client(ws, self.feed, self.max_queue_bytes)
        self.clients.add(client)
        log.info("client %s connected (%d now)", peer, len(self.clients))
        writer = asyncio.create_task(client.write(self._renumbered))
        client.push_bytes(self.hello_bytes())
        try:
            async for frame in ws:
                try:
                    self._receive(client, frame)
                except Exception:  # a bug must not take the server down; the client hears of it
                    log.exception("while handling a frame from %s", peer)
                    client.push(wire.error_reply(None, BAD_REQUEST, "internal error while handling the request"))
        except ConnectionClosed:
            pass
        finally:
            self.clients.discard(client)
            client.closed = True
            writer.cancel()
            log.info("client %s disconnected (%d left)", peer, len(self.clients))

    def _receive(self, client: Client, frame) -> None:
        request = None
        try:
            request = wire_requests.read_request(frame)
            if isinstance(request, wire_requests.Subscribe):
                self._subscribe(client, request)
            elif isinstance(request, wire_requests.SimulateLink):
                events = self.feed.set_link(request.link, request.state == "up")
                client.push(wire.reply(request.request_id, {"links": self.feed.links()}))
                self.publish(events)
            else:
                self._command(client, request)
        except Refused as refused:
            request_id = refused.request_id if request is None else request.request_id
            client.push(wire.error_reply(request_id, refused.code, refused.message))

    def _subscribe(self, client: Client, request: wire_requests.Subscribe) -> None:
        if request.everyone:
            wanted = [user["login"] for user in self.feed.users()]
            client.logins = None
        else:
            unknown = [login for login in request.logins if not self.feed.known(login)]
            if unknown:
                raise Refused(UNKNOWN_USER, f"unknown users: {', '.join(unknown[:10])}")
            wanted = list(dict.fromkeys(request.logins))
            client.logins = set(wanted)
        client.push(wire.reply(request.request_id, {"logins": len(wanted)}))
        self._send_snapshots(client, wanted)

    def _send_snapshots(self, client: Client, wanted: list[str] | None = None) -> None:
        """The links' states, then the snapshot of each of the client's users from eventId 1
        (streamed by the client's writer, replacing one still being sent)."""
        if wanted is None:
            wanted = [user["login"] for user in self.feed.users()] if client.logins is None else sorted(client.logins)
        for event in self.feed.link_snapshot():
            client.push(event)
        client.event_ids = {}
        client.subscribed(wanted)

    def simulate_link(self, link: str, up: bool) -> list[dict]:
        """Take a link of the simulated PBX down or up (tests, demos, --pbx-outage); the link
        events go out at once, and a fresh snapshot to every client on return."""
        events = self.feed.set_link(link, up)
        self.publish(events)
        return events

    def _command(self, client: Client, request: wire_requests.Command) -> None:
        result, events = self.feed.command(request.login, request.action, request.call_ref, request.device_id, request.args or {})
        client.push(wire.reply(request.request_id, result))
        self.publish(events)


def ssl_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile, keyfile)
    return context
