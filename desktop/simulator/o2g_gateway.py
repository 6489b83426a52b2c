"""The simulated OmniPCX Open Gateway: the simulated OXE served the way a real O2G serves one.

REST for sessions and commands, and per subscription one long chunked HTTP response carrying
one event per line in O2G's public format, first `OnChannelInformation`. It runs on an engine
it shares with whatever else serves that engine (the WebSocket server): every batch of engine
events reaches it through `publish`, and the events of its own commands leave through
`dispatch`, which by default is `publish` and, beside the WebSocket server, is the function
that hands a batch to every server of the engine.

Accounts: every directory user, plus the administrator logins (default "admin"), which may
watch and act for anyone (requests then name the user with ?loginName=, as on a real
gateway). A user session only ever sees and acts for its own login. Every account checks
against the one demo password given to the gateway (see `demo_password`: nothing is built in);
the gateway never logs it, nor a session cookie, nor a subscription id (the polling URL is a
bearer token).
"""

from __future__ import annotations

import asyncio
import collections
import hmac
import logging
import os
import secrets
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
import pydantic
from aiohttp import web

from desktop.protocol import o2g_rest as rest
from desktop.protocol.convert import rtsm_to_o2g
from desktop.simulator import o2g_calls, o2g_state
from desktop.simulator.engine import UNKNOWN_CALL, UNKNOWN_USER, CommandError, Directory, Engine
from desktop.simulator.o2g_errors import RestError, basic_credentials
from desktop.simulator.o2g_sessions import Session, Subscription

log = logging.getLogger(__name__)

COOKIE = "AlcUserId"
API = f"/api/rest/{rest.API_VERSION}"
CHANNEL_PATH = "/OTEvents"  # where the real sample's polling URL points
CHANNEL_STARTED = b'{"eventName":"OnChannelInformation","text":"Chunk started"}\n'
DEFAULT_TIME_TO_LIVE_S = 1800
HEARTBEAT_S = 20.0  # a blank line now and then, so proxies do not close an idle channel
ADMIN_LOGINS = ("admin",)
PASSWORD_ENV = "CTI_O2G_PASSWORD"

def demo_password(password_file: str | None = None) -> tuple[str, str]:
    """The one password every simulated account accepts, and a sentence saying where it comes
    from, for the simulator's console (which never shows the password itself):
    $CTI_O2G_PASSWORD if set; else the first line of the password file (`password_file`, by
    default ~/.config/cti-monitor/o2g-demo-password) if it exists; else a fresh random one,
    written there (mode 600) for the next runs."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given, f"the password is ${PASSWORD_ENV}"
    path = Path(password_file) if password_file else Path.home() / ".config" / "cti-monitor" / "o2g-demo-password"
    if path.exists():
        text = path.read_text(encoding="utf-8").splitlines()
        if not text or not text[0].strip():
            raise ValueError(f"{path} is empty")
        return text[0].strip(), f"the password is in {path}"
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(password + "\n")
    return password, f"a new password was written to {path}"


class O2GGateway:
    def __init__(
        self,
        engine: Engine,
        directory: Directory | None = None,
        *,
        password: str,
        admins: Iterable[str] = ADMIN_LOGINS,
        time_to_live: int = DEFAULT_TIME_TO_LIVE_S,
        dispatch: Callable[[list[dict]], None] | None = None,
        heartbeat_s: float = HEARTBEAT_S,
    ):
        if not password:
            raise ValueError("the simulated gateway needs a password (see demo_password)")
        self.engine = engine
        self.directory = directory or engine.directory
        self._password = password.encode()
        self.admins = frozenset(admins)
        self.time_to_live = time_to_live
        self.dispatch = dispatch or self.publish
        self.heartbeat_s = heartbeat_s
        self._device_owners = {d: u.login for u in self.directory.users.values() for d in u.devices}
        self._sessions: dict[str, Session] = {}  # by cookie token
        self._subscriptions: dict[str, Subscription] = {}
        self._sweeper: asyncio.Task | None = None
        # What tests and the console look at.
        self.hits: collections.Counter[tuple[str, str]] = collections.Counter()  # (method, route)
        self.commands: list[tuple] = []  # (login, action, callRef, deviceId, args) sent to the engine
        self.refuse_channels = False  # tests: a gateway that accepts REST but no event channel
        self.end_channels_at_once = False  # tests: one that ends each channel after its first line

    # --- what the simulator calls ----------------------------------------------------------

    def publish(self, rtsm_events: Iterable[dict]) -> None:
        """Hand a batch of engine events to every subscription that wants them."""
        if not self._subscriptions:
            return
        subs = list(self._subscriptions.values())
        for event in rtsm_events:
            o2g = rtsm_to_o2g(event)
            if o2g is None:
                continue
            package = rest.EVENT_SUMMARY if o2g["eventName"] == "OnEventSummaryUpdated" else rest.TELEPHONY
            login = o2g["loginName"]
            line = None
            for sub in subs:
                if sub.wants(package, login):
                    line = line or orjson.dumps(o2g) + b"\n"
                    sub.push(line)

    def inject_raw_line(self, line: bytes) -> None:
        """Tests: put arbitrary bytes on every open channel, as one line."""
        for sub in self._subscriptions.values():
            sub.push(line.rstrip(b"\n") + b"\n")

    def cut_channels(self) -> None:
        """Tests: drop every channel's connection, as a network failure would."""
        for sub in self._subscriptions.values():
            if sub.transport is not None:
                sub.transport.abort()

    @property
    def sessions(self) -> list[Session]:
        return [s for s in self._sessions.values() if s.opened]

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._errors], client_max_size=1 << 20)
        app.router.add_get("/api/rest", self._api)
        app.router.add_get("/api/rest/authenticate", self._authenticate)
        app.router.add_post(f"{API}/sessions", self._open_session)
        app.router.add_delete(f"{API}/sessions", self._close_session)
        app.router.add_post(f"{API}/sessions/keepalive", self._keepalive)
        app.router.add_post(f"{API}/subscriptions", self._subscribe)
        app.router.add_delete(f"{API}/subscriptions/{{subscriptionId}}", self._unsubscribe)
        app.router.add_post(CHANNEL_PATH, self._channel)
        app.router.add_get(f"{API}/telephony/state", self._state)
        app.router.add_post(f"{API}/telephony/state/snapshot", self._snapshot)
        app.router.add_get(f"{API}/telephony/calls", self._calls)
        app.router.add_get(f"{API}/telephony/calls/{{callRef}}", self._call)
        app.router.add_get(f"{API}/users/{{loginName}}", self._user)
        app.router.add_get(f"{API}/logins", self._logins)
        app.router.add_get(f"{API}/eventsummary", self._event_summary)
        for route in o2g_calls.ROUTES:
            app.router.add_route(route.method, f"{API}/telephony{route.path}", self._call_control(route))
        app.on_startup.append(self._start_sweeper)
        app.on_shutdown.append(self._shutdown)
        return app

    # --- plumbing --------------------------------------------------------------------------

    @web.middleware
    async def _errors(self, request: web.Request, handler):
        route = request.match_info.route.resource.canonical if request.match_info.route.resource else request.path
        self.hits[(request.method, route)] += 1
        try:
            return await handler(request)
        except RestError as exc:
            return exc.response()
        except CommandError as exc:
            return RestError.of(exc).response()
        except web.HTTPException:
            raise
        except Exception:  # a bug here must cost one request, not the gateway
            log.exception("%s %s failed", request.method, route)
            return RestError(500, "internal error of the simulated gateway").response()

    async def _start_sweeper(self, app) -> None:
        self._sweeper = asyncio.create_task(self._sweep(), name="o2g-gateway-sweeper")

    async def _shutdown(self, app) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
        for sub in list(self._subscriptions.values()):
            sub.close()

    async def _sweep(self) -> None:
        """Expire sessions whose keepalive stopped, and subscriptions nobody reads."""
        period = max(0.05, min(self.time_to_live / 4, 5.0))
        while True:
            await asyncio.sleep(period)
            now = time.monotonic()
            for token, session in list(self._sessions.items()):
                if session.expires_at < now:
                    if session.opened:
                        log.info("session of %s expired", session.login)
                    self._drop_session(token)
            for sub in list(self._subscriptions.values()):
                if sub.transport is None and now - sub.idle_since > sub.idle_timeout_s:
                    self._drop_subscription(sub.id)

    def _drop_session(self, token: str) -> None:
        session = self._sessions.pop(token, None)
        if session is not None:
            for sub_id in list(session.subscriptions):
                self._drop_subscription(sub_id)

    def _drop_subscription(self, sub_id: str) -> None:
        sub = self._subscriptions.pop(sub_id, None)
        if sub is not None:
            sub.close()
            owner = self._sessions.get(sub.token)
            if owner is not None:
                owner.subscriptions.discard(sub_id)

    @staticmethod
    def _base(request: web.Request) -> str:
        return f"{request.scheme}://{request.host}"

    def _session(self, request: web.Request) -> Session:
        session = self._sessions.get(request.cookies.get(COOKIE, ""))
        if session is None or not session.opened:
            raise RestError(401, "no session: authenticate, then open a session")
        if session.expires_at < time.monotonic():
            self._drop_session(session.token)
            raise RestError(401, "the session has expired")
        return session

    def _target(self, session: Session, request: web.Request, device: str | None = None) -> str:
        """Whom a telephony request is about: the session's own login, or for an
        administrator the ?loginName= it gives (or, for a request naming a device, that
        device's owner, as O2G allows)."""
        if not session.admin:
            return session.login
        login = request.query.get("loginName") or self._device_owners.get(device or "")
        if not login:
            raise RestError(400, "an administrator session must give ?loginName=")
        if login not in self.directory.users:
            raise CommandError(UNKNOWN_USER, f"unknown user {login!r}")
        return login

    @staticmethod
    async def _body(request: web.Request, model: type[rest.Body] | None):
        if model is None:
            return None
        try:
            raw = await request.read()
            return model.model_validate(orjson.loads(raw) if raw else {})
        except orjson.JSONDecodeError:
            raise RestError(400, "the body is not JSON") from None
        except pydantic.ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
            raise RestError(400, f"bad {model.__name__}: {problems}") from None

    # --- discovery, authentication, sessions --------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        auth = f"{self._base(request)}/api/rest/authenticate?version={rest.API_VERSION}"
        descriptor = rest.ApiDescriptor(
            serverInfo=rest.ServerInfo(
                productName="O2G Server (CTI Monitor simulator)",
                productType="O2G",
                productVersion=rest.ProductVersion(major="2.7", minor="0"),
                haMode=False,
            ),
            versions=[rest.Version(id=rest.API_VERSION, status="CURRENT", publicUrl=auth, internalUrl=auth)],
        )
        return web.json_response(descriptor.dump())

    def _known(self, login: str) -> bool:
        return login in self.admins or login in self.directory.users

    async def _authenticate(self, request: web.Request) -> web.Response:
        login, password = basic_credentials(request.headers.get("Authorization", ""))
        good = hmac.compare_digest(password.encode(), self._password)
        if not (good and self._known(login)):
            log.info("login refused for %r", login)
            raise RestError(401, "wrong login or password")
        token = secrets.token_urlsafe(24)
        self._sessions[token] = Session(token, login, login in self.admins, self.time_to_live)
        sessions_url = f"{self._base(request)}{API}/sessions"
        body = rest.AuthenticateResult(credential=token, publicUrl=sessions_url, internalUrl=sessions_url)
        response = web.json_response(body.dump())
        response.set_cookie(COOKIE, token, path="/", httponly=True, secure=request.secure, samesite="Strict")
        return response

    async def _open_session(self, request: web.Request) -> web.Response:
        session = self._sessions.get(request.cookies.get(COOKIE, ""))
        if session is None:
            raise RestError(401, "authenticate first")
        body = await self._body(request, rest.SessionRequest)
        session.opened = True
        session.expires_at = time.monotonic() + session.time_to_live
        log.info("session opened for %s by %r", session.login, body.applicationName)
        base = f"{self._base(request)}{API}"
        now = datetime.now(timezone.utc)
        info = rest.SessionInfo(
            admin=session.admin,
            login=session.login,
            timeToLive=session.time_to_live,
            publicBaseUrl=base,
            privateBaseUrl=base,
            services=[
                rest.Service(serviceName=name, serviceVersion=rest.API_VERSION, relativeUrl=url)
                for name, url in (
                    ("Sessions", "/sessions"),
                    ("Subscriptions", "/subscriptions"),
                    ("Telephony", "/telephony/calls"),
                    ("EventSummary", "/eventsummary"),
                    ("Users", "/users"),
                )
            ],
            creationDate=session.created.isoformat(),
            expirationDate=(now + timedelta(seconds=session.time_to_live)).isoformat(),
        )
        return web.json_response(info.dump())

    async def _close_session(self, request: web.Request) -> web.Response:
        session = self._session(request)
        self._drop_session(session.token)
        return web.Response(status=204)

    async def _keepalive(self, request: web.Request) -> web.Response:
        session = self._session(request)
        session.expires_at = time.monotonic() + session.time_to_live
        return web.Response(status=204)

    # --- subscriptions and the event channel -------------------------------------------

    async def _subscribe(self, request: web.Request) -> web.Response:
        session = self._session(request)
        body = await self._body(request, rest.SubscriptionRequest)
        wanted: dict[str, set[str] | None] = {}
        for selector in body.filter.selectors:
            ids = selector.ids
            if ids is None and not session.admin:
                ids = [session.login]
            for login in ids or ():
                if not session.admin and login != session.login:
                    raise RestError(403, f"a user session can only watch its own login, not {login!r}")
                if login not in self.directory.users:
                    raise CommandError(UNKNOWN_USER, f"unknown user {login!r}")
            for name in selector.names:
                if name not in (rest.TELEPHONY, rest.EVENT_SUMMARY):
                    continue  # packages the simulator has nothing for
                if ids is None:
                    wanted[name] = None
                elif wanted.get(name, set()) is not None:
                    wanted.setdefault(name, set()).update(ids)
        if not wanted:
            raise RestError(400, f"no selector names {rest.TELEPHONY!r} or {rest.EVENT_SUMMARY!r}")
        packages = {name: None if logins is None else frozenset(logins) for name, logins in wanted.items()}
        sub_id = secrets.token_urlsafe(24)
        minutes = body.timeout if body.timeout and body.timeout > 0 else 10
        sub = Subscription(sub_id, session.token, packages, minutes * 60.0)
        self._subscriptions[sub_id] = sub
        session.subscriptions.add(sub_id)
        url = f"{self._base(request)}{CHANNEL_PATH}?subscriptionId={sub_id}"
        result = rest.SubscriptionResult(
            subscriptionId=sub_id, publicPollingUrl=url, privatePollingUrl=url,
            status="ACCEPTED", mode="CHUNK", format="JSON",
        )
        return web.json_response(result.dump())

    async def _unsubscribe(self, request: web.Request) -> web.Response:
        session = self._session(request)
        sub_id = request.match_info["subscriptionId"]
        if sub_id not in session.subscriptions:
            raise RestError(404, "no such subscription in this session")
        self._drop_subscription(sub_id)
        return web.Response(status=204)

    async def _channel(self, request: web.Request) -> web.StreamResponse:
        # The polling URL authenticates by itself: the subscription id is the secret (SDKs
        # open it without the session cookie).
        sub = self._subscriptions.get(request.query.get("subscriptionId", ""))
        if sub is None:
            raise RestError(404, "unknown or expired subscription")
        if self.refuse_channels:
            raise RestError(503, "event channel unavailable")
        sub.generation += 1
        generation = sub.generation
        sub.wakeup.set()  # ends the previous channel of this subscription, if any
        response = web.StreamResponse(headers={"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        sub.transport = request.transport
        try:
            await response.write(CHANNEL_STARTED)
            while not self.end_channels_at_once:
                lines = await sub.take(generation, self.heartbeat_s)
                if lines is None:
                    break
                await response.write(b"".join(lines) if lines else b"\n")
            await response.write_eof()
        except (ConnectionError, RuntimeError):  # the client went away mid-write
            pass
        finally:
            if sub.generation == generation:
                sub.transport = None
                sub.idle_since = time.monotonic()
        return response

    # --- state ------------------------------------------------------------------------

    async def _state(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response(o2g_state.telephony_state(self.engine, login))

    async def _snapshot(self, request: web.Request) -> web.Response:
        """The state as an OnTelephonyState on the session's channels, in order with the
        events around it (what makes it safe for resynchronization)."""
        session = self._session(request)
        login = self._target(session, request)
        line = orjson.dumps(o2g_state.telephony_state_event(self.engine, login)) + b"\n"
        for sub_id in session.subscriptions:
            sub = self._subscriptions.get(sub_id)
            if sub is not None and sub.wants(rest.TELEPHONY, login):
                sub.push(line)
        return web.Response(status=204)

    async def _calls(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response({"calls": o2g_state.calls(self.engine, login)})

    async def _call(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        ref = request.match_info["callRef"]
        for call in o2g_state.calls(self.engine, login):
            if call["callRef"] == ref:
                return web.json_response(call)
        raise CommandError(UNKNOWN_CALL, f"{login} has no call {ref!r}")

    async def _user(self, request: web.Request) -> web.Response:
        session = self._session(request)
        login = request.match_info["loginName"]
        user = self.directory.users.get(login)
        if user is None:
            raise RestError(404, f"unknown user {login!r}")
        if not session.admin and login != session.login:
            raise RestError(403, "a user session can only read its own user")
        return web.json_response(o2g_state.user_info(user))

    async def _logins(self, request: web.Request) -> web.Response:
        session = self._session(request)
        logins = list(self.directory.users) if session.admin else [session.login]
        return web.json_response(rest.LoginList(loginNames=logins).dump())

    async def _event_summary(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response(o2g_state.event_summary(self.engine, login))

    # --- call control -----------------------------------------------------------------

    def _call_control(self, route: o2g_calls.Route):
        async def handle(request: web.Request) -> web.Response:
            session = self._session(request)
            body = await self._body(request, route.body)
            device = getattr(body, "deviceId", None) or request.match_info.get("deviceId")
            login = self._target(session, request, device)
            plan = route.plan(o2g_calls.Request(self.engine, login, dict(request.match_info), body, dict(request.query)))
            _, result = o2g_calls.run(self.engine, plan, login, self.commands)
            self.dispatch(result.events)
            if result.result:
                return web.json_response(result.result)
            return web.Response(status=204)

        return handle


@dataclass
class RunningGateway:
    gateway: O2GGateway
    runner: web.AppRunner
    url: str  # what a client gives as --o2g
    port: int

    async def stop(self) -> None:
        await self.runner.cleanup()


async def start_gateway(
    engine: Engine,
    directory: Directory | None = None,
    *,
    password: str,
    host: str = "127.0.0.1",
    port: int = 0,
    ssl_context: ssl.SSLContext | None = None,
    **options,
) -> RunningGateway:
    """Serve `engine` as an O2G on host:port (0: a free port), HTTPS with `ssl_context`.
    `options` go to O2GGateway (admins, time_to_live, dispatch, heartbeat_s)."""
    gateway = O2GGateway(engine, directory, password=password, **options)
    # No access log: its request lines would carry the polling URL's subscription id.
    runner = web.AppRunner(gateway.app(), access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
    await site.start()
    bound = runner.addresses[0][1]
    scheme = "https" if ssl_context is not None else "http"
    shown = f"[{host}]" if ":" in host else host
    return RunningGateway(gateway, runner, f"{scheme}://{shown}:{bound}", bound)
