"""The REST side of an O2G connection: discovery, login, session, subscription, requests.

A thin layer over one aiohttp ClientSession whose cookie jar carries the O2G session. Every
non-2xx answer becomes an `O2GError` with the gateway's own message (its JSON error body when
it sent one); 401 on an open session is `SessionGone` (expired, closed, or the gateway
restarted) and 401 at login is `LoginRefused`. Nothing here logs a password, a cookie or a
subscription id: the polling URL carries the latter, so it is never logged either.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import ssl
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import orjson
import pydantic

from desktop.protocol.o2g import rest, routes

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=15)
# Every REST answer is read with a cap, in pieces, so a gateway (or whatever answers in its
# place) cannot make us hold 400 MB. 1 MiB is far above any O2G body but one: the logins list,
# which for 10,000 users is ~130 KB with the simulator's logins and could be ~1 MiB with logins
# of 64 characters, so it gets 4 MiB.
MAX_BODY_BYTES = 1 << 20
MAX_LOGINS_BYTES = 4 << 20
# The event channel never ends by design: only connecting is bounded.
CHANNEL_TIMEOUT = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=None)


class O2GError(Exception):
    """The gateway answered with an error status."""

    def __init__(self, status: int, info: rest.ErrorInfo, what: str):
        self.status = status
        self.info = info
        self.message = info.text()
        self.code = info.kind()
        super().__init__(f"{what}: HTTP {status}: {self.message}")


class SessionGone(O2GError):
    pass


class ServiceAbsent(LookupError):
    """The session's services list does not offer (or license) the service of a request:
    nothing was sent."""

    def __init__(self, service: routes.Service):
        super().__init__(f"the gateway does not offer its {service.name} service")
        self.service = service


class LoginRefused(O2GError):
    pass


def api_root(url: str) -> str:
    """https://host[:port][/api/rest] -> https://host[:port]/api/rest"""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"an O2G address is https://host[:port], not {url!r}")
    path = parts.path.rstrip("/")
    if not path.endswith("/api/rest"):
        path += "/api/rest"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")  # the simulator's plain http is allowed there


def carries_secrets(url: str, root: str | None = None) -> bool:
    """May the password or the session cookie go to `url` (for a gateway reached at `root`)?
    Over https only; the one exception, explicit: plain http to this machine when the user
    named a plain-http gateway on this machine (the simulator). Schemes compared
    case-insensitively, hosts parsed."""
    parts, named = urlsplit(url.strip()), urlsplit((root or url).strip())
    if parts.scheme.lower() == "https":
        return True
    return all(p.scheme.lower() == "http" and (p.hostname or "") in LOOPBACK_HOSTS for p in (parts, named))


def pick(public: str, private: str, root: str, upgrade: bool = True) -> str:
    """Of the URLs a gateway offers for one thing (its public and its private address), the
    one on the host we reached it by, else the public one; and with `upgrade`, never plain
    http when we reached it by https, so the password and the cookie cannot leave TLS."""
    host = (urlsplit(root).netloc or "").lower()
    chosen = private if private and (urlsplit(private).netloc or "").lower() == host else (public or private)
    chosen_parts = urlsplit(chosen.strip())
    if upgrade and urlsplit(root).scheme.lower() == "https" and chosen_parts.scheme.lower() != "https":
        chosen = urlunsplit(("https", *chosen_parts[1:]))
    return chosen


def basic_auth(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _error(status: int, body: bytes, reason: str) -> rest.ErrorInfo:
    try:
        return rest.ErrorInfo.model_validate(orjson.loads(body))
    except (orjson.JSONDecodeError, pydantic.ValidationError, TypeError):
        text = body.decode("utf-8", "replace").strip()[:200]
        return rest.ErrorInfo(code=status, helpMessage=text or reason or f"HTTP {status}")


async def _read_capped(resp: aiohttp.ClientResponse, cap: int, what: str) -> bytes:
    def too_large() -> O2GError:
        return O2GError(resp.status, rest.ErrorInfo(helpMessage=f"answer over {cap >> 10} KiB refused"), what)

    if resp.content_length is not None and resp.content_length > cap:
        raise too_large()
    body = bytearray()
    async for piece in resp.content.iter_chunked(64 << 10):
        body += piece
        if len(body) > cap:
            raise too_large()
    return bytes(body)


class O2GClient:
    def __init__(self, url: str, ssl_context: ssl.SSLContext | bool | None = None):
        self.root = api_root(url)
        self._ssl = ssl_context if self.root.startswith("https:") else None  # (api_root lowers it)
        self._http: aiohttp.ClientSession | None = None
        self._plain: aiohttp.ClientSession | None = None  # for a plain-http event channel only
        self.info: rest.SessionInfo | None = None
        self.base = ""  # the session's base URL, e.g. https://host/api/rest/1.0
        # The session's services by lowercase name: the URL their routes' paths go under.
        self.services: dict[str, str] = {}
        self.requests_sent = 0  # HTTP requests sent, the event channels' included

    @property
    def http(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            # unsafe=True: keep cookies from gateways addressed by IP, as on most sites.
            self._http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=REQUEST_TIMEOUT)
        return self._http

    def _cookieless(self) -> aiohttp.ClientSession:
        if self._plain is None or self._plain.closed:
            self._plain = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
        return self._plain

    async def close(self) -> None:
        for http in (self._http, self._plain):
            if http is not None:
                await http.close()
        self._http = self._plain = None

    # --- requests -------------------------------------------------------------------------

    async def call(self, method: str, url: str, *, body: rest.Body | dict | None = None, params: dict | None = None, headers: dict | None = None, what: str = "", max_bytes: int = MAX_BODY_BYTES, **kw) -> Any:
        """One REST request; the decoded JSON answer (None when empty), O2GError otherwise
        (an answer over `max_bytes` too: it is read no further)."""
        if not carries_secrets(url, self.root):  # every request carries the cookie, the login the password
            raise O2GError(0, rest.ErrorInfo(helpMessage=f"refused to send credentials to {urlsplit(url).scheme}://{urlsplit(url).hostname}: not https"), what or method)
        payload = body.dump() if isinstance(body, rest.Body) else body
        self.requests_sent += 1
        data = orjson.dumps(payload) if payload is not None else (b"" if method == "POST" else None)
        headers = {"Accept": "application/json", **(headers or {})}
        if data is not None:
            headers["Content-Type"] = "application/json"
        async with self.http.request(method, url, data=data, params=params, headers=headers, ssl=self._ssl, **kw) as resp:
            raw = await _read_capped(resp, max_bytes, what or method)
            if resp.status >= 400:
                info = _error(resp.status, raw, resp.reason or "")
                kind = SessionGone if resp.status == 401 else O2GError
                raise kind(resp.status, info, what or f"{method} {urlsplit(url).path}")
            if not raw.strip():
                return None
            try:
                return orjson.loads(raw)
            except orjson.JSONDecodeError:
                return None

    async def send(self, route: routes.Route, values: dict[str, str] | None = None, **kw) -> Any:
        """`call` for one of `routes`, at its service's URL, its path filled with `values`.
        ServiceAbsent (nothing sent) when the session does not offer that service."""
        return await self.call(route.method, self.route_url(route, route.fill(values or {})), **kw)

    def offers(self, service: routes.Service) -> bool:
        return service.name.lower() in self.services

    def route_url(self, route: routes.Route, path: str) -> str:
        """Where `path` (the route's, filled) goes: under the URL the session's services list
        gives the route's service, as ALE's SDKs build it."""
        service = routes.service_of(route)
        url = self.services.get(service.name.lower())
        if url is None:
            raise ServiceAbsent(service)
        if route.path == routes.LOGINS.path:  # /users made /logins, as the SDKs do
            head, _, tail = url.rpartition("/users")
            return f"{head}/logins{tail}" if _ else f"{self.base}{path}"
        return url + path[len(service.prefix):]

    def _services_of(self, info: rest.SessionInfo) -> dict[str, str]:
        """name -> URL from the session's services list. Any relativeUrl under /telephony is
        the one telephony service at <base>/telephony (the SDKs' rule). A gateway that lists
        no services at all is taken to offer every service at its usual place."""
        listed = info.services
        if not listed:
            log.info("the gateway lists no services: assuming the usual ones")
            return {s.name.lower(): self.base + s.prefix for s in routes.SERVICES}
        found: dict[str, str] = {}
        for service in listed:
            relative = service.relativeUrl if service.relativeUrl.startswith("/") else "/" + service.relativeUrl
            if relative.startswith(routes.TELEPHONY.prefix):
                found.setdefault(routes.TELEPHONY.name.lower(), self.base + routes.TELEPHONY.prefix)
            else:
                found.setdefault(service.serviceName.lower(), self.base + relative.rstrip("/"))
        return found

    # --- session ------------------------------------------------------------------------

    async def open_session(self, user: str, password: str, application: str) -> rest.SessionInfo:
        """Discovery, Basic authentication, then the session (carried by the cookie)."""
        self.http.cookie_jar.clear()
        self.info = None
        descriptor = rest.ApiDescriptor.model_validate(await self.call("GET", self.root, what="API discovery"))
        version = descriptor.version()
        if version is None:
            raise O2GError(404, rest.ErrorInfo(helpMessage=f"the gateway offers no API version {rest.API_VERSION}"), "API discovery")
        auth_url = pick(version.publicUrl, version.internalUrl, self.root)
        try:
            auth = await self.call("GET", auth_url, headers={"Authorization": basic_auth(user, password)}, what="login")
        except SessionGone as exc:  # 401 here is the password, not a session
            raise LoginRefused(exc.status, exc.info, "login") from None
        result = rest.AuthenticateResult.model_validate(auth)
        sessions_url = pick(result.publicUrl, result.internalUrl, self.root)
        info = rest.SessionInfo.model_validate(
            await self.call(routes.OPEN_SESSION.method, sessions_url, body=rest.SessionRequest(applicationName=application), what="open session")
        )
        self.base = pick(info.publicBaseUrl, info.privateBaseUrl, self.root).rstrip("/")
        self.services = self._services_of(info)
        self.info = info
        return info

    async def keepalive(self) -> None:
        await self.send(routes.KEEPALIVE, what="keepalive")

    async def close_session(self) -> None:
        await self.send(routes.CLOSE_SESSION, what="close session")
        self.info = None

    # --- events ---------------------------------------------------------------------------

    async def subscribe(self, selectors: list[rest.Selector], timeout_min: int = 10) -> rest.SubscriptionResult:
        """One subscription to what `selectors` name (see `routes.PACKAGES`)."""
        request = rest.SubscriptionRequest(timeout=timeout_min, filter=rest.Filter(selectors=selectors))
        result = rest.SubscriptionResult.model_validate(await self.send(routes.SUBSCRIBE, body=request, what="subscribe"))
        if result.status and result.status != "ACCEPTED":
            raise O2GError(200, rest.ErrorInfo(helpMessage=result.message or f"subscription {result.status}"), "subscribe")
        return result

    async def unsubscribe(self, subscription_id: str) -> None:
        await self.send(routes.UNSUBSCRIBE, {"subscriptionId": subscription_id}, what="unsubscribe", timeout=aiohttp.ClientTimeout(total=3))

    def polling_url(self, result: rest.SubscriptionResult) -> str:
        # Taken as given, as ALE's SDKs do: some gateways serve events on a plain-http port of
        # their own (ALE's tutorial shows :8014), where https would fail. It carries no
        # password nor cookie, only the subscription id; still, say so.
        url = pick(result.publicPollingUrl, result.privatePollingUrl, self.root, upgrade=False)
        if self.root.startswith("https:") and not url.lower().startswith("https:"):
            log.warning("the gateway's event channel is plain http: events cross the network unencrypted")
        return url

    async def open_channel(self, url: str) -> aiohttp.ClientResponse:
        """POST the polling URL; the response is the never-ending event stream."""
        # A plain-http channel (some gateways serve it on a port of their own) gets no cookie:
        # it needs only the subscription id its URL carries.
        http = self.http if carries_secrets(url, self.root) else self._cookieless()
        self.requests_sent += 1
        resp = await asyncio.wait_for(  # the answer's head, at least, comes in time
            http.post(url, data=b"", headers={"Accept": "*/*"}, ssl=self._ssl if url.lower().startswith("https:") else None, timeout=CHANNEL_TIMEOUT),
            REQUEST_TIMEOUT.total)
        if resp.status >= 400:
            try:
                raw = await _read_capped(resp, MAX_BODY_BYTES, "event channel")
            except O2GError:
                raw = b""
            resp.release()
            kind = SessionGone if resp.status == 401 else O2GError
            raise kind(resp.status, _error(resp.status, raw, resp.reason or ""), "event channel")
        return resp
