"""Hostile peers for the red team's cases (issue 11): fake servers and clients on free loopback
ports, each bounded in time and in count, so that what once killed, stalled or bloated a front
end stays fixed."""

from __future__ import annotations

import asyncio
import contextlib
import json

import websockets

from desktop.app.session import IngestSession

HELLO = {"type": "hello", "protocol": 1, "users": [{"login": "u1", "number": "1"}]}


def event(login="u1", event_id=1, state="BUSY") -> dict:
    return {"name": "RTSM_USER_STATE_MODIFIED", "id": login, "eventId": event_id, "userState": state}


class ScriptedServer:
    """A WebSocket server whose every connection runs `script(ws, number)` (1 for the first);
    `connections` counts them. `max_size` None: it sends and reads anything."""

    def __init__(self, script, **serve_kw):
        self.script = script
        self.connections = 0
        self.serve_kw = {"max_size": None, "compression": None, **serve_kw}
        self.server = None
        self.port = 0

    async def _handler(self, ws):
        self.connections += 1
        try:
            await self.script(ws, self.connections)
        except websockets.ConnectionClosed:
            pass

    async def __aenter__(self):
        self.server = await websockets.serve(self._handler, "127.0.0.1", 0, **self.serve_kw)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc):
        self.server.close()
        await asyncio.wait_for(self.server.wait_closed(), 5)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"


async def answer_subscribe(ws, snapshot=()) -> dict:
    """Send the hello, wait for the subscribe, reply ok and send `snapshot`; the request."""
    await ws.send(json.dumps(HELLO))
    request = json.loads(await asyncio.wait_for(ws.recv(), 5))
    await ws.send(json.dumps({"type": "reply", "requestId": request["requestId"], "ok": True, "result": {}}))
    for e in snapshot:
        await ws.send(json.dumps(e))
    return request


async def wait_for(predicate, timeout=5.0, step=0.02):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(step)


class Watched(IngestSession):
    """The real headless session, remembering every state it heard."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.heard: list[str] = []

    def state(self, text: str) -> None:
        super().state(text)
        self.heard.append(text)


@contextlib.asynccontextmanager
async def watched_source(script, **serve_kw):
    """A ScriptedServer running `script`, a WebSocketSource started on it and a Watched session
    using it: `async with watched_source(script) as (session, source): ...`; stopped after."""
    from desktop.sources.websocket import WebSocketSource

    async with ScriptedServer(script, **serve_kw) as server:
        session = Watched()
        source = WebSocketSource(server.url)
        session.use(source)
        await source.start()
        try:
            yield session, source
        finally:
            await source.stop()


class ServerThread:
    """A ScriptedServer on its own event loop in a thread, for command-line runs in-process
    (they call asyncio.run themselves). `with ServerThread(script) as server: ...server.url`."""

    def __init__(self, script, **serve_kw):
        import threading

        self.scripted = ScriptedServer(script, **serve_kw)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._loop = None
        self._stop = None

    def _main(self):
        async def main():
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            async with self.scripted:
                self._ready.set()
                await self._stop.wait()

        asyncio.run(main())

    def __enter__(self):
        self._thread.start()
        assert self._ready.wait(5), "the fake server did not start"
        return self.scripted

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)
