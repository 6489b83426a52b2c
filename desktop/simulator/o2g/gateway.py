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
against the one demo password given to the gateway (see `password.demo_password`: nothing is
built in); the gateway never logs it, nor a session cookie, nor a subscription id (the
polling URL is a bearer token).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import orjson
import pydantic
from aiohttp import web

from desktop.protocol.o2g import rest, routes
from desktop.protocol.o2g.convert import PACKAGE_OF, batch_to_o2g
from desktop.protocol.o2g.errors import RestError
from desktop.protocol.wire import UNKNOWN_CALL, UNKNOWN_USER, Refused
from desktop.simulator.engine import Directory, Engine
from desktop.simulator.o2g import plans, state
from desktop.simulator.o2g.comlog import ComlogService
from desktop.simulator.o2g.password import ADMIN_LOGINS, Accounts, basic_credentials
from desktop.simulator.o2g.throttle import LoginThrottle
from desktop.simulator.o2g.sessions import GatewaySession, Subscription, watched

log = logging.getLogger(__name__)

COOKIE = "AlcUserId"
API = f"/api/rest/{rest.API_VERSION}"
CHANNEL_PATH = "/OTEvents"  # where the real sample's polling URL points
CHANNEL_STARTED = b'{"eventName":"OnChannelInformation","text":"Chunk started"}\n'
DEFAULT_TIME_TO_LIVE_S = 1800
HEARTBEAT_S = 20.0  # a blank line now and then, so proxies do not close an idle channel
# O2G publishes no limits for these; a client needs one subscription (two while it replaces one).
MAX_SUBSCRIPTIONS = 5  # per session
MAX_TIMEOUT_MIN = 60  # a subscription's timeout (minutes without a channel), at most
SNAPSHOT_SLICE = 250  # users built into one piece of a snapshot for everyone (~4 ms of work)


class O2GGateway:
    """The routes of `desktop.protocol.o2g.routes` served on one engine. Tests break its
    channels on purpose through a subclass (tests/simulator/o2g/switchable.py) that overrides
    `_subscription_of`, `_next_lines` and `_run`; production carries no switch."""

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
        self.engine = engine
        self.directory = directory or engine.directory
        self.accounts = Accounts(password, self.directory.users, admins)
        self.time_to_live = time_to_live
        self.dispatch = dispatch or self.publish
        self.heartbeat_s = heartbeat_s
        self._device_owners = {d: u.login for u in self.directory.users.values() for d in u.devices}
        self._sessions: dict[str, GatewaySession] = {}  # by cookie token
        self._subscriptions: dict[str, Subscription] = {}
        self._sweeper: asyncio.Task | None = None
        self._started = datetime.now(timezone.utc)
        self.services: list[routes.Service] = []  # what the sessions' services list advertises (set by app())
        self._searches: dict[tuple[str, str], list[dict]] = {}  # (session token, login) -> results left
        self.throttle = LoginThrottle()
        self.failed_logins = 0
        self.comlog = ComlogService(self)  # desktop/simulator/o2g/comlog.py

    # --- what the simulator calls ----------------------------------------------------------

    def publish(self, rtsm_events: Iterable[dict]) -> None:
        """Hand a batch of engine events to every subscription that wants them."""
        self.comlog.observe(rtsm_events)
        if not self._subscriptions:
            return
        subs = list(self._subscriptions.values())
        for o2g in state.with_device_states(batch_to_o2g(rtsm_events), self.directory, self._watched_logins(subs)):
            package = PACKAGE_OF.get(o2g["eventName"], rest.TELEPHONY)
            login = o2g.get("loginName")
            line = None
            for sub in subs:
                if sub.wants(package, login):
                    line = line or orjson.dumps(o2g) + b"\n"
                    sub.push(line)

    @staticmethod
    def _watched_logins(subs: list[Subscription]):
        """Who the subscriptions watch in telephony: asked only when a link changes."""
        return lambda: sorted(set().union(*(sub.logins(rest.TELEPHONY) for sub in subs)))

    @property
    def sessions(self) -> list[GatewaySession]:
        return [s for s in self._sessions.values() if s.opened]

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._errors], client_max_size=1 << 20)
        app.router.add_get("/api/rest", self._api)
        app.router.add_get("/api/rest/authenticate", self._authenticate)
        handlers = {
            routes.OPEN_SESSION: self._open_session,
            routes.CLOSE_SESSION: self._close_session,
            routes.KEEPALIVE: self._keepalive,
            routes.SUBSCRIBE: self._subscribe,
            routes.UNSUBSCRIBE: self._unsubscribe,
            routes.STATE: self._state,
            routes.STATE_SNAPSHOT: self._snapshot,
            routes.CALLS: self._calls,
            routes.CALL: self._call,
            routes.USER: self._user,
            routes.LOGINS: self._logins,
            routes.EVENT_SUMMARY: self._event_summary,
            routes.USER_BY_PHONE: self._user_by_phone,
            routes.LEGS: self._legs,
            routes.PARTICIPANTS: self._participants,
            routes.DEVICES: self._devices,
            routes.DEVICE: self._device,
            routes.CALLBACKS: self._callbacks,
            routes.DIRECTORY_SEARCH: self._directory_search,
            routes.DIRECTORY_RESULTS: self._directory_results,
            routes.DIRECTORY_CANCEL: self._directory_cancel,
        }
        handlers.update({route: self._call_control(route, plan) for route, plan in plans.PLANS.items()})
        handlers.update(self.comlog.handlers())
        handlers.update({route: self._call_control(route, plan, RestError.of_routing) for route, plan in plans.ROUTING_PLANS.items()})
        handlers.update({
            routes.ROUTING_STATE: self._routing_state,
            routes.ROUTING_SNAPSHOT: self._routing_snapshot,
            routes.FORWARD_ROUTE: self._routing_part("forwardRoutes"),
            routes.OVERFLOW_ROUTE: self._routing_part("overflowRoutes"),
            routes.DND_STATE: self._routing_part("dndState"),
            routes.ROUTING_CAPABILITIES: self._routing_capabilities,
            routes.SYSTEM_STATUS: self._system_status,
        })
        # The services list advertises exactly the services some route here serves.
        served = {routes.service_of(route) for route in handlers}
        self.services = [service for service in routes.SERVICES if service in served]
        for route, handler in handlers.items():
            app.router.add_route(route.method, API + route.path, handler)
        app.router.add_post(CHANNEL_PATH, self._channel)
        app.on_startup.append(self._start_sweeper)
        app.on_shutdown.append(self._shutdown)
        return app

    # --- plumbing --------------------------------------------------------------------------

    @web.middleware
    async def _errors(self, request: web.Request, handler):
        try:
            return await handler(request)
        except RestError as exc:
            return _response(exc)
        except Refused as exc:
            return _response(RestError.of(exc))
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            # O2G answers an unknown route (or method) with its JSON error body, not plain text.
            what = "no such request" if exc.status == 404 else exc.reason
            return _response(RestError(exc.status, f"{what}: {request.method} {request.path}"))
        except Exception:  # a bug here must cost one request, not the gateway
            log.exception("%s %s failed", request.method, route_of(request))
            return _response(RestError(500, "internal error of the simulated gateway"))

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
        for key in [k for k in self._searches if k[0] == token]:
            del self._searches[key]
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

    def _session(self, request: web.Request) -> GatewaySession:
        session = self._sessions.get(request.cookies.get(COOKIE, ""))
        if session is None or not session.opened:
            raise RestError(401, "no session: authenticate, then open a session")
        if session.expires_at < time.monotonic():
            self._drop_session(session.token)
            raise RestError(401, "the session has expired")
        return session

    def _target(self, session: GatewaySession, request: web.Request, device: str | None = None) -> str:
        """Whom a telephony request is about: the session's own login, or for an
        administrator the ?loginName= it gives (or, for a request naming a device, that
        device's owner, as O2G allows)."""
        if not session.admin:
            return session.login
        login = request.query.get("loginName") or self._device_owners.get(device or "")
        if not login:
            raise RestError(400, "an administrator session must give ?loginName=")
        if login not in self.directory.users:
            raise Refused(UNKNOWN_USER, f"unknown user {login!r}")
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

    async def _authenticate(self, request: web.Request) -> web.Response:
        header = request.headers.get("Authorization", "")
        keys = [f"address:{request.remote}"]
        try:
            keys.append(f"login:{basic_credentials(header)[0]}")
        except RestError:
            pass  # no readable login: the address alone is throttled
        # Counted as a failure before it is checked, so parallel attempts do not share one
        # delay: each waits longer than the one before it (throttle.py).
        delay = self.throttle.delay(*keys)
        self.throttle.failed(*keys)
        await asyncio.sleep(delay)
        try:
            login, admin = self.accounts.log_in(header)
        except RestError:
            self.failed_logins += 1
            raise
        self.throttle.succeeded(*keys)
        token = secrets.token_urlsafe(24)
        self._sessions[token] = GatewaySession(token, login, admin, self.time_to_live)
        sessions_url = f"{self._base(request)}{API}/sessions"
        body = rest.AuthenticateResult(credential=token, publicUrl=sessions_url, internalUrl=sessions_url)
        response = web.json_response(body.dump())
        response.set_cookie(COOKIE, token, path="/", httponly=True, secure=request.secure, samesite="Strict")
        return response

    async def _open_session(self, request: web.Request) -> web.Response:
        session = self._sessions.get(request.cookies.get(COOKIE, ""))
        if session is None:
            raise RestError(401, "authenticate first")
        body = await self._body(request, routes.OPEN_SESSION.body)
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
                rest.Service(serviceName=service.name, serviceVersion=rest.API_VERSION, relativeUrl=service.relative_url)
                for service in self.services
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
        body = await self._body(request, routes.SUBSCRIBE.body)
        packages = watched(body.filter.selectors, session, self.directory.users)
        self._make_room(session)
        sub_id = secrets.token_urlsafe(24)
        # O2G's timeout is in minutes; 10^9 of them would keep an unread queue for ever.
        minutes = min(body.timeout, MAX_TIMEOUT_MIN) if body.timeout and body.timeout > 0 else 10
        sub = Subscription(sub_id, session.token, packages, minutes * 60.0)
        self._subscriptions[sub_id] = sub
        session.subscriptions.add(sub_id)
        url = f"{self._base(request)}{CHANNEL_PATH}?subscriptionId={sub_id}"
        result = rest.SubscriptionResult(
            subscriptionId=sub_id, publicPollingUrl=url, privatePollingUrl=url,
            status="ACCEPTED", mode="CHUNK", format="JSON",
        )
        return web.json_response(result.dump())

    def _make_room(self, session: GatewaySession) -> None:
        """At most MAX_SUBSCRIPTIONS per session: past it the oldest one nobody reads (no
        channel open) makes room; when every one is read, the new one is refused."""
        if len(session.subscriptions) < MAX_SUBSCRIPTIONS:
            return
        unread = [sub for sub_id in session.subscriptions if (sub := self._subscriptions.get(sub_id)) and sub.transport is None]
        if not unread:
            raise RestError(403, f"at most {MAX_SUBSCRIPTIONS} subscriptions per session, all in use: delete one first")
        oldest = min(unread, key=lambda sub: sub.created)
        log.info("session of %s: dropping its oldest unread subscription to make room", session.login)
        self._drop_subscription(oldest.id)

    async def _unsubscribe(self, request: web.Request) -> web.Response:
        session = self._session(request)
        sub_id = request.match_info["subscriptionId"]
        if sub_id not in session.subscriptions:
            raise RestError(404, "no such subscription in this session")
        self._drop_subscription(sub_id)
        return web.Response(status=204)

    def _subscription_of(self, request: web.Request) -> Subscription:
        # The polling URL authenticates by itself: the subscription id is the secret (SDKs
        # open it without the session cookie).
        sub = self._subscriptions.get(request.query.get("subscriptionId", ""))
        if sub is None:
            raise RestError(404, "unknown or expired subscription")
        return sub

    async def _next_lines(self, sub: Subscription, generation: int) -> list[bytes] | None:
        """What the channel writes next ([] for a heartbeat), None when it is over."""
        return await sub.take(generation, self.heartbeat_s)

    async def _channel(self, request: web.Request) -> web.StreamResponse:
        sub = self._subscription_of(request)
        sub.generation += 1
        generation = sub.generation
        sub.wakeup.set()  # ends the previous channel of this subscription, if any
        response = web.StreamResponse(headers={"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        sub.transport = request.transport
        try:
            await response.write(CHANNEL_STARTED)
            while (lines := await self._next_lines(sub, generation)) is not None:
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
        return web.json_response(state.telephony_state(self.engine, login))

    async def _snapshot(self, request: web.Request) -> web.Response:
        """The state as an OnTelephonyState on the session's channels, in order with the
        events around it (what makes it safe for resynchronization). From an administrator
        without ?loginName=, for every user the session's subscriptions watch."""
        await self._push_snapshots(request, rest.TELEPHONY, lambda login: state.telephony_state_event(self.engine, login))
        return web.Response(status=204)

    async def _push_snapshots(self, request: web.Request, package: str, event_of) -> None:
        """Each login's event queued on the session's channels, SNAPSHOT_SLICE users at a time
        with the channels written between slices: the client reads the first users while the
        last are built (10,000 users took ~150 ms to build, in which nothing was sent). Each
        user's line is built and queued at once, so it keeps its order with that user's live
        events whatever comes between two slices. Answered when every line is queued."""
        session = self._session(request)
        subs = [self._subscriptions[i] for i in session.subscriptions if i in self._subscriptions]
        if session.admin and not request.query.get("loginName"):
            logins = sorted(set().union(*(sub.logins(package) for sub in subs)))
        else:
            logins = [self._target(session, request)]
        for start in range(0, len(logins), SNAPSHOT_SLICE):
            if start:
                await asyncio.sleep(0)
            for login in logins[start:start + SNAPSHOT_SLICE]:
                line = orjson.dumps(event_of(login)) + b"\n"
                for sub in subs:
                    if sub.wants(package, login):
                        sub.push(line)

    async def _calls(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response({"calls": state.calls(self.engine, login)})

    async def _call(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        ref = request.match_info["callRef"]
        for call in state.calls(self.engine, login):
            if call["callRef"] == ref:
                return web.json_response(call)
        raise Refused(UNKNOWN_CALL, f"{login} has no call {ref!r}")

    async def _user(self, request: web.Request) -> web.Response:
        session = self._session(request)
        login = request.match_info["loginName"]
        user = self.directory.users.get(login)
        if user is None:
            raise RestError(404, f"unknown user {login!r}")
        if not session.admin and login != session.login:
            raise RestError(403, "a user session can only read its own user")
        return web.json_response(state.user_info(user))

    # --- routing and the system status -------------------------------------------------

    async def _routing_state(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response(self.engine.routing_state(login))

    def _routing_part(self, key: str):
        """One part of the routing state: the first forward (overflow) route, or an empty
        body when there is none, as O2G answers; the DND state."""
        async def handle(request: web.Request) -> web.Response:
            login = self._target(self._session(request), request)
            part = self.engine.routing_state(login)[key]
            if isinstance(part, list):
                return web.json_response(part[0]) if part else web.Response(status=200)
            return web.json_response(part)

        return handle

    async def _routing_capabilities(self, request: web.Request) -> web.Response:
        self._target(self._session(request), request)
        return web.json_response({"presentationRoute": False, "forwardRoute": True, "overflowRoute": True, "dnd": True})

    async def _routing_snapshot(self, request: web.Request) -> web.Response:
        """One OnRoutingStateChanged per user on the session's channels (every watched user
        for an administrator without ?loginName=), in order with the events around it."""
        await self._push_snapshots(request, rest.ROUTING, state.routing_event_of(self.engine))
        return web.Response(status=204)

    async def _system_status(self, request: web.Request) -> web.Response:
        self._session(request)
        return web.json_response(state.system_status(self.engine, request.host, self._started).dump())

    async def _user_by_phone(self, request: web.Request) -> web.Response:
        """GET .../users?companyPhone=: the user who has that number (O2G's getByCompanyPhone)."""
        session = self._session(request)
        number = request.query.get("companyPhone")
        if not number:
            raise RestError(400, "give ?companyPhone=")
        user = next((u for u in self.directory.users.values() if u.number == number), None)
        if user is None:
            raise RestError(404, f"no user has the number {number!r}")
        if not session.admin and user.login != session.login:
            raise RestError(403, "a user session can only read its own user")
        return web.json_response(state.user_info(user))

    def _call_of(self, request: web.Request) -> dict:
        login = self._target(self._session(request), request)
        ref = request.match_info["callRef"]
        for call in state.calls(self.engine, login):
            if call["callRef"] == ref:
                return call
        raise Refused(UNKNOWN_CALL, f"{login} has no call {ref!r}")

    async def _legs(self, request: web.Request) -> web.Response:
        return web.json_response({"legs": self._call_of(request)["legs"]})

    async def _participants(self, request: web.Request) -> web.Response:
        return web.json_response({"participants": self._call_of(request)["participants"]})

    async def _devices(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response({"deviceStates": state.device_states(self.engine, login)})

    async def _device(self, request: web.Request) -> web.Response:
        device = request.match_info["deviceId"]
        login = self._target(self._session(request), request, device)
        for item in state.device_states(self.engine, login):
            if item["deviceId"] == device:
                return web.json_response(item)
        raise RestError(404, f"{login} has no device {device!r}")

    async def _callbacks(self, request: web.Request) -> web.Response:
        # The simulated OXE keeps no callback requests in a list: none to show.
        self._target(self._session(request), request)
        return web.json_response({"callbacks": []})

    # --- directory search: the engine's directory, O2G's search-then-results protocol ----

    async def _directory_search(self, request: web.Request) -> web.Response:
        session = self._session(request)
        body = await self._body(request, routes.DIRECTORY_SEARCH.body)
        login = self._target(session, request)
        key = (session.token, login)
        if key not in self._searches and sum(1 for k in self._searches if k[0] == session.token) >= state.MAX_SEARCHES:
            raise RestError(403, f"at most {state.MAX_SEARCHES} directory searches at once per session")
        self._searches[key] = state.directory_search(self.directory, body)
        return web.Response(status=204)

    async def _directory_results(self, request: web.Request) -> web.Response:
        session = self._session(request)
        key = (session.token, self._target(session, request))
        results = self._searches.get(key)
        if results is None:
            raise RestError(404, "no directory search in progress")
        if not results:
            del self._searches[key]
            return web.json_response(rest.DirectorySearchResult(resultCode=rest.SEARCH_FINISH).dump())
        page, self._searches[key] = results[: state.SEARCH_PAGE], results[state.SEARCH_PAGE:]
        body = rest.DirectorySearchResult(resultCode=rest.SEARCH_OK, resultElements=[rest.DirectoryResultElement(contacts=page)])
        return web.json_response(body.dump())

    async def _directory_cancel(self, request: web.Request) -> web.Response:
        session = self._session(request)
        self._searches.pop((session.token, self._target(session, request)), None)
        return web.Response(status=204)

    async def _logins(self, request: web.Request) -> web.Response:
        session = self._session(request)
        logins = list(self.directory.users) if session.admin else [session.login]
        return web.json_response(rest.LoginList(loginNames=logins).dump())

    async def _event_summary(self, request: web.Request) -> web.Response:
        login = self._target(self._session(request), request)
        return web.json_response(state.event_summary(self.engine, login))

    # --- call control -----------------------------------------------------------------

    def _call_control(self, route: routes.Route, plan: plans.Plan, refusal=RestError.of):
        """A request the engine carries out; its refusal written by `refusal` (the routing
        service's errors have their own part)."""
        async def handle(request: web.Request) -> web.Response:
            session = self._session(request)
            body = await self._body(request, route.body)
            device = getattr(body, "deviceId", None) or request.match_info.get("deviceId")
            login = self._target(session, request, device)
            try:
                attempts = plan(plans.Request(self.engine, login, dict(request.match_info), body, dict(request.query), self._device_owners))
                result = self._run(attempts, login)
            except Refused as exc:
                raise refusal(exc) from None
            self.dispatch(result.events)
            if result.result:
                return web.json_response(result.result)
            return web.Response(status=204)

        return handle

    def _run(self, attempts: list[plans.Attempt], login: str):
        """The engine's result of the first attempt it accepts (see `plans.run`)."""
        return plans.run(self.engine, attempts, login)[1]


def route_of(request: web.Request) -> str:
    """The route a request matched (its template, which names no secret), else its path."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else request.path


def _response(exc: RestError) -> web.Response:
    headers = {"WWW-Authenticate": 'Basic realm="O2G"'} if exc.status == 401 else None
    return web.json_response(exc.body().dump(), status=exc.status, headers=headers)


class BadRequestLog(logging.LoggerAdapter):
    """aiohttp's server log, for the gateway: it logs every malformed request (bad HTTP on the
    port) as an ERROR with a traceback, so anyone could fill the log. Here each is one warning
    line, at most WARNINGS_PER_MINUTE a minute (the rest counted, said with the next one), and
    the traceback only at debug level."""

    WARNINGS_PER_MINUTE = 10

    def __init__(self, clock=time.monotonic):
        super().__init__(logging.getLogger("cti.simulator.o2g.http"), {})
        self._clock = clock
        self._window = (0.0, 0)  # (minute it began, warnings in it)
        self.suppressed = 0

    def exception(self, msg, *args, exc_info=True, **kwargs):
        exc = exc_info if isinstance(exc_info, BaseException) else sys.exc_info()[1]
        self.logger.debug(msg, *args, exc_info=exc_info, **kwargs)
        now = self._clock()
        began, count = self._window
        if now - began >= 60:
            began, count = now, 0
        if count >= self.WARNINGS_PER_MINUTE:
            self.suppressed += 1
            self._window = (began, count)
            return
        self._window = (began, count + 1)
        what = " ".join(str(exc).split())[:160] if exc is not None else ""
        more = f" ({self.suppressed} more not logged)" if self.suppressed else ""
        self.suppressed = 0
        self.logger.warning("bad request: %s: %s%s", msg % args if args else msg, what or type(exc).__name__, more)


@dataclass
class RunningGateway:
    gateway: O2GGateway
    runner: web.AppRunner
    url: str  # what a client gives as --o2g
    port: int

    async def stop(self) -> None:
        await self.runner.cleanup()


async def serve(gateway: O2GGateway, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None) -> RunningGateway:
    """Serve `gateway` on host:port (0: a free port), HTTPS with `ssl_context`."""
    # No access log: its request lines would carry the polling URL's subscription id.
    runner = web.AppRunner(gateway.app(), access_log=None, handle_signals=False, shutdown_timeout=1.0, logger=BadRequestLog())
    await runner.setup()
    site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
    await site.start()
    bound = runner.addresses[0][1]
    scheme = "https" if ssl_context is not None else "http"
    shown = f"[{host}]" if ":" in host else host
    return RunningGateway(gateway, runner, f"{scheme}://{shown}:{bound}", bound)


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
    return await serve(O2GGateway(engine, directory, password=password, **options), host, port, ssl_context)
