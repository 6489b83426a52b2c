"""A hostile O2G gateway: just enough of O2G's REST and event channel (aiohttp, loopback, a
free port) to log in and subscribe, with hooks where a red team bends it."""

from __future__ import annotations

import asyncio
import ssl

from aiohttp import web


class FakeGateway:
    """`auth_url(gw)`: the authentication URL discovery hands back (default: ours).
    `discovery(request)`: replaces the discovery answer. `channel(gw, response)`: writes the
    event channel after OnChannelInformation (default: a blank line every `blank_s`)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, auth_url=None, polling_url=None, discovery=None, channel=None, logins=("u1",)):
        self.ssl = ssl_context
        self.auth_url = auth_url
        self.polling_url = polling_url
        self.discovery = discovery
        self.channel = channel
        self.logins = list(logins)
        self.requests: list[tuple[str, str]] = []  # (method, path) in order
        self.logins_opened = 0
        self.channels = 0
        self.frozen = asyncio.Event()  # set: every answer waits until it is cleared
        self.stopping = asyncio.Event()  # set by stop(): channel scripts end on it
        self.runner = None
        self.port = 0
        self.cookie = f"cookie-value-{id(self)}"  # each gateway (a restart too) has its own sessions
        self.refused_sessions = 0  # requests with a cookie this gateway never gave

    @property
    def base(self) -> str:
        return f"{'https' if self.ssl else 'http'}://127.0.0.1:{self.port}"

    async def start(self, port: int = 0):
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._any)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", port, ssl_context=self.ssl)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self):
        self.frozen.clear()
        self.stopping.set()
        await asyncio.wait_for(self.runner.cleanup(), 10)

    async def _any(self, request: web.Request):
        self.requests.append((request.method, request.path))
        while self.frozen.is_set():
            await asyncio.sleep(0.05)
        path = request.path.rstrip("/")
        if path == "/api/rest":
            if self.discovery is not None:
                return await self.discovery(request)
            auth = self.auth_url(self) if self.auth_url else f"{self.base}/api/rest/authenticate?version=1.0"
            return web.json_response({"versions": [{"id": "1.0", "status": "CURRENT", "publicUrl": auth}]})
        if path == "/api/rest/authenticate":
            self.logins_opened += 1
            response = web.json_response({"credential": "c", "publicUrl": f"{self.base}/api/rest/1.0/sessions"})
            response.set_cookie("AlcUserId", self.cookie)
            return response
        if path.startswith("/api/rest/1.0/") and request.cookies.get("AlcUserId") != self.cookie:
            self.refused_sessions += 1
            return web.json_response({"httpStatus": "UNAUTHORIZED", "code": 401, "helpMessage": "no such session"}, status=401)
        if path == "/api/rest/1.0/sessions" and request.method == "POST":
            return web.json_response({"admin": True, "login": "admin", "timeToLive": 60, "publicBaseUrl": f"{self.base}/api/rest/1.0"})
        if path == "/api/rest/1.0/subscriptions" and request.method == "POST":
            polling = self.polling_url(self) if self.polling_url else f"{self.base}/events/s1"
            return web.json_response({"subscriptionId": "s1", "status": "ACCEPTED", "publicPollingUrl": polling})
        if path == "/api/rest/1.0/logins":
            return web.json_response({"loginNames": self.logins})
        if path == "/events/s1":
            return await self._channel(request)
        return web.json_response({})

    async def _channel(self, request):
        self.channels += 1
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(b'{"eventName":"OnChannelInformation","loginName":"admin"}\n')
        if self.channel is not None:
            await self.channel(self, response)
        else:
            while not self.stopping.is_set():
                await asyncio.sleep(0.5)
                await response.write(b"\n")
        return response


class PlainListener:
    """A bare TCP port that records every byte it is sent and answers nothing."""

    def __init__(self):
        self.received = bytearray()
        self.server = None
        self.port = 0

    async def start(self):
        async def handle(reader, writer):
            try:
                while data := await reader.read(65536):
                    self.received += data
            finally:
                writer.close()

        self.server = await asyncio.start_server(handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self):
        self.server.close()
