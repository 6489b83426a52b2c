"""The WebSocket side of the simulated OXE (protocol: docs/protocol.md). Thin: it reads
frames (desktop.protocol.wire), keeps each client's subscription, and relays commands to a feed
(feeds.py: the engine with its traffic generator, or a recorded trace) and the feed's events
to subscribers."""

from __future__ import annotations

import asyncio
import hmac
import logging
import ssl
from collections.abc import Iterable
from urllib.parse import parse_qs, urlsplit

import orjson
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from desktop.protocol import wire
from desktop.protocol.wire import BAD_REQUEST, UNAUTHORIZED, UNKNOWN_USER, Refused
from desktop.simulator.ws.feeds import Feed

log = logging.getLogger("cti.simulator.server")

HARD_MAX_FRAME = 8 << 20  # frames above this close the connection (1009), unread
MAX_PENDING = 500_000  # messages queued for one client before it is dropped as too slow


class Client:
    def __init__(self, ws: ServerConnection):
        self.ws = ws
        self.logins: set[str] | None = set()  # None means every user ("*")
        self.event_ids: dict[str, int] = {}  # per login: the last eventId this client saw
        self.pending: list[bytes] = []
        self.wakeup = asyncio.Event()
        self.closed = False

    def wants(self, login: str) -> bool:
        return self.logins is None or login in self.logins

    @property
    def subscribed(self) -> bool:
        return self.logins is None or bool(self.logins)

    def push(self, message: dict) -> None:
        if self.closed:
            return
        self.pending.append(orjson.dumps(message))
        self.wakeup.set()
        if len(self.pending) > MAX_PENDING:
            self.closed = True
            log.warning("client %s is too slow (%d messages queued): disconnecting", self.ws.remote_address, len(self.pending))
            asyncio.ensure_future(self.ws.close(1013, "too slow"))

    async def write(self) -> None:
        try:
            while True:
                await self.wakeup.wait()
                self.wakeup.clear()
                batch, self.pending = self.pending, []
                for data in batch:
                    # Text frames: orjson gives UTF-8 bytes, which websockets sends as text when decoded.
                    await self.ws.send(data.decode("utf-8"))
        except ConnectionClosed:
            pass


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
            if login is None:
                # About no user (a link going down or up): every subscribed client hears it.
                link_back = link_back or event.get("state") == "UP"
                for client in self.clients:
                    if client.subscribed:
                        client.push(event)
                continue
            for client in self.clients:
                if client.wants(login):
                    self._send_event(client, event)
        for listener in self.listeners:
            listener(events)
        if link_back:
            # Events were withheld while the link was down: each client gets every link's
            # state and a fresh snapshot of its users, numbered from 1 again (docs/protocol.md).
            for client in self.clients:
                if client.subscribed:
                    self._send_snapshots(client)

    def _send_event(self, client: Client, event: dict) -> None:
        if self.feed.renumber:
            login = event["id"]
            number = client.event_ids.get(login, 0) + 1
            client.event_ids[login] = number
            event = dict(event, eventId=number)
        client.push(event)

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
        client = Client(ws)
        self.clients.add(client)
        log.info("client %s connected (%d now)", peer, len(self.clients))
        writer = asyncio.create_task(client.write())
        client.push(wire.hello(self.feed.users()))
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
            request = wire.read_request(frame)
            if isinstance(request, wire.Subscribe):
                self._subscribe(client, request)
            elif isinstance(request, wire.SimulateLink):
                events = self.feed.set_link(request.link, request.state == "up")
                client.push(wire.reply(request.request_id, {"links": self.feed.links()}))
                self.publish(events)
            else:
                self._command(client, request)
        except Refused as refused:
            request_id = refused.request_id if request is None else request.request_id
            client.push(wire.error_reply(request_id, refused.code, refused.message))

    def _subscribe(self, client: Client, request: wire.Subscribe) -> None:
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
        """The links' states, then the snapshot of each of the client's users, from eventId 1."""
        if wanted is None:
            wanted = [user["login"] for user in self.feed.users()] if client.logins is None else sorted(client.logins)
        for event in self.feed.link_snapshot():
            client.push(event)
        client.event_ids = {}
        for login in wanted:
            for event in self.feed.snapshot(login):
                self._send_event(client, event)

    def simulate_link(self, link: str, up: bool) -> list[dict]:
        """Take a link of the simulated PBX down or up (tests, demos, --pbx-outage); the link
        events go out at once, and a fresh snapshot to every client on return."""
        events = self.feed.set_link(link, up)
        self.publish(events)
        return events

    def _command(self, client: Client, request: wire.Command) -> None:
        result, events = self.feed.command(request.login, request.action, request.call_ref, request.device_id, request.args or {})
        client.push(wire.reply(request.request_id, result))
        self.publish(events)


def ssl_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certfile, keyfile)
    return context
