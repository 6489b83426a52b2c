"""O2G source: a real OmniPCX Open Gateway (or the simulated one) over REST + chunked HTTP.

One connection, as ALE's SDKs make it: discovery, Basic login, a session kept alive before
its timeToLive runs out, a subscription to the telephony and eventSummary packages of the
monitored logins, and the subscription's event channel, one JSON event per line, read until
it ends. Then it starts over, with the pitfalls of those SDKs avoided:
- every (re)connection takes a new subscription and re-reads every monitored user's state
  once the channel is up, and the sink is reset first, so nothing missed while away and
  nothing stale survives (the state arrives as OnTelephonyState, which the model applies as a
  full replacement of that user's calls);
- the state is asked as a snapshot *on the channel* (POST .../telephony/state/snapshot), so it
  is ordered with the events around it; a gateway without that request is read with GET
  .../telephony/state instead;
- a channel the gateway closes at once cannot become a busy loop: the backoff (0.5 s doubling
  to 10 s, jittered) only starts over after a channel that lived STABLE_S;
- a session the gateway no longer knows (restart, expiry) is replaced by a new login with the
  same credentials; a refused login is never retried, since retrying a wrong password can
  lock the account.
Events are handed to the sink as the raw lines they are: the session parses them, so a
malformed line is rejected and counted there, and the channel goes on.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Callable, Sequence

import aiohttp

from desktop.protocol.o2g import errors, rest, routes
from desktop.protocol.o2g.convert import PBX_LINK_UP
from desktop.protocol.o2g.names import EVERYONE
from desktop.protocol.o2g.lines import LineSplitter
from desktop.protocol.wire import BAD_REQUEST, DISCONNECTED, NOT_SUPPORTED, UNKNOWN_CALL, Refused
from desktop.sources.base import CONNECTED, CONNECTING, STOPPED, RetryWait, Source, cancel_and_wait
from desktop.sources.o2g import comlog, directory
from desktop.sources.o2g.client import MAX_LOGINS_BYTES, LoginRefused, O2GClient, O2GError, ServiceAbsent, SessionGone
from desktop.sources.o2g.commands import COMMANDS, Context, path_of
from desktop.sources.websocket import backoff_delays

log = logging.getLogger(__name__)

STABLE_S = 10.0  # a channel that lived this long was a good connection: backoff starts over
FIRST_LINE_TIMEOUT_S = 10.0
# O2G sends a blank line on an idle channel every 20 s: a minute without a byte means the
# channel (or the gateway) is dead, however open the TCP connection looks.
CHANNEL_SILENCE_S = 60.0
UNREACHABLE_RETRY_S = 1.5  # at most this long between attempts while the gateway does not answer
KEEPALIVE_FRACTION = 0.5  # of timeToLive: leaves room for a slow or retried request
RESYNC_CONCURRENCY = 8
# An administrator watching '*' or at least this many users asks each state once for all
# (a snapshot request without ?loginName=), not user by user.
BULK_FROM = 100
# pickedUp without args.otherPhoneNumber: the ringing device is looked up among at most this
# many watched users' calls.
PICKUP_LOOKUP_MAX = 50
ALL = EVERYONE  # "*": every user (in names.py, where the command line checks it without loading this)
# The requests that, refused so, mean "this gateway has no such request" (try another way).
ABSENT = (404, 405, 501)
# A user session's snapshot requests and an administrator's for all users can be refused as
# a bad request by gateways that want ?loginName=: then we ask user by user.
BULK_REFUSED = (400, 403, *ABSENT)
_NETWORK_ERRORS = (aiohttp.ClientError, OSError, asyncio.TimeoutError)
_LINK_UP = f'"{PBX_LINK_UP}"'.encode()  # the PBX is back: read everything again
_STATE = b'"OnTelephonyState"'
_HEAD = 160  # an event's name is in its first bytes (eventName first, or after loginName)
# The per-user reads (names, counters) wait for a snapshot for everyone to have come, at most
# this long: they would slow the state they follow (on the gateway and here), and a gateway
# that sends fewer states than it was asked for must not hold them back for good.
STATES_WAIT_S = 5.0


class ChannelSilent(Exception):
    """The event channel sent nothing for longer than its heartbeat allows."""


def _network_reason(exc: BaseException) -> str:
    """In the WebSocket source's words, so a certificate problem reads the same on both."""
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        error = exc.certificate_error
        return f"certificate not trusted: {getattr(error, 'verify_message', None) or error}"
    return f"connection lost ({type(exc).__name__})"


class O2GSource(Source):
    kind = "o2g"

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        monitor: Sequence[str] = (),
        *,
        ssl_context: ssl.SSLContext | bool | None = None,
        application: str = "CTI Monitor",
        keepalive_fraction: float = KEEPALIVE_FRACTION,
        rng: random.Random | None = None,
        on_login_refused: Callable[[], None] | None = None,
        channel_silence_s: float = CHANNEL_SILENCE_S,
    ):
        super().__init__()
        self.url = url
        self.user = user
        self._password = password  # kept for a new login when the gateway lost our session
        self.monitor = [m for m in monitor if m] or [user]
        self.application = application
        self.keepalive_fraction = keepalive_fraction
        self._client = O2GClient(url, ssl_context)
        if ssl_context is False and self._client.root.startswith("https:"):
            log.warning("TLS certificate verification is OFF for %s (--insecure)", self._client.root)
        self._rng = rng
        self._on_login_refused = on_login_refused  # e.g. forget a remembered password
        self.channel_silence_s = channel_silence_s
        self._task: asyncio.Task | None = None
        self._keepalive: asyncio.Task | None = None
        self._channel: aiohttp.ClientResponse | None = None
        self._subscription_id: str | None = None
        self._watched: list[str] = []  # the logins the current subscription names
        self._devices: dict[str, list[str]] = {}
        self._directory_sent = False
        self._directory: dict[str, dict] = {}  # login -> the entry handed to the sink
        self._states_due = 0  # OnTelephonyState lines still to come from a snapshot for everyone
        self._states_in = asyncio.Event()
        self._no_bulk: set[routes.Route] = set()  # snapshot routes refused without ?loginName=
        self._renew = False  # the channel ends on purpose: subscribe again at once
        self._warned: set[str] = set()  # one-time warnings already given
        self._stopping = False
        self._retry = RetryWait()
        # What tests and the status bar can look at.
        self.connections = 0  # event channels established
        self.sessions_opened = 0
        self.keepalives_sent = 0
        self.login_refused: O2GError | None = None

    @property
    def requests_sent(self) -> int:
        """HTTP requests sent to the gateway since this source was made."""
        return self._client.requests_sent

    @property
    def description(self) -> str:
        return f"O2G {self._client.root.removesuffix('/api/rest')} as {self.user}"

    async def start(self) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="o2g-source")

    def retry_now(self) -> None:
        """Cut the wait before the next attempt short (the window's "Retry now")."""
        self._retry.wake()

    async def stop(self) -> None:
        self._stopping = True
        self._abort_channel()  # the read loop ends even if a cancel were lost
        for task in (self._task, self._keepalive):
            if task is not None:
                await cancel_and_wait(task)
        self._task = self._keepalive = None
        if self._client.info is not None:
            await self._drop_subscription()
            try:
                await asyncio.wait_for(self._client.close_session(), 3)
            except (O2GError, *_NETWORK_ERRORS):
                pass
        await self._client.close()
        self.sink.state(STOPPED)

    @property
    def has_comlog(self) -> bool:
        """The gateway offers the communication log: the history is its own (README)."""
        return self._client.info is not None and self._client.offers(routes.COMLOG)

    async def acknowledge_comlog(self, login: str, record_ids: list[str], value: bool = True) -> None:
        """(Un)acknowledge records on the gateway; its OnComRecordsAck comes back on the channel."""
        if not self.has_comlog:
            raise Refused(NOT_SUPPORTED, "the gateway has no communication log")
        try:
            await comlog.acknowledge(self._client, self._about(login), record_ids, value)
        except O2GError as exc:
            raise Refused(errors.code_of(exc.info, exc.status), exc.message) from None
        except _NETWORK_ERRORS as exc:
            raise Refused(DISCONNECTED, f"the gateway did not answer ({type(exc).__name__})") from None

    async def resync(self) -> None:
        """Read every monitored user's state again, without reconnecting."""
        if self._channel is not None:
            await self._resync(self._watched)

    # --- commands -------------------------------------------------------------------------

    async def command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        spec = COMMANDS.get(action)
        if spec is None:
            raise Refused(NOT_SUPPORTED, f"{action} has no O2G request")
        if self._client.info is None:
            raise Refused(DISCONNECTED, "no session with the gateway")
        try:
            args = dict(args or {})
            if spec.other_call and not args.get(spec.other_call):
                args[spec.other_call] = await self._other_call(login, call_ref, action)
            if action == "pickedUp" and not args.get("otherPhoneNumber"):
                args["otherPhoneNumber"] = await self._ringing_device(login, call_ref)
            if spec.device and not device_id:
                device_id = await self._device_of(login, call_ref if spec.device == "leg" else None, action)
            ctx = Context(action, login, call_ref, device_id, args)
            path = path_of(spec, ctx)
            body = spec.body(ctx) if spec.body is not None else None
            params = {**self._about(login), **(spec.query or {})}
            url = self._client.route_url(spec.route, path)
            result = await self._client.call(spec.route.method, url, body=body, params=params or None, what=action)
        except ServiceAbsent as exc:
            raise Refused(NOT_SUPPORTED, str(exc)) from None
        except O2GError as exc:
            raise Refused(errors.code_of(exc.info, exc.status), exc.message) from None
        except ValueError as exc:  # a body the models refuse (pydantic): nothing was sent
            raise Refused(BAD_REQUEST, f"{action}: {exc}") from None
        except _NETWORK_ERRORS as exc:
            raise Refused(DISCONNECTED, f"the gateway did not answer ({type(exc).__name__})") from None
        return result if isinstance(result, dict) else {}

    @property
    def services(self) -> frozenset[str]:
        """The services the current session offers (lowercase names, e.g. "routing",
        "directory"): the window shows only what is offered."""
        return frozenset(self._client.services) if self._client.info is not None else frozenset()

    def offers(self, service: str) -> bool:
        return service.lower() in self.services

    async def search_directory(self, text: str, limit: int = 20) -> list[dict]:
        """Matches for `text` in the PBX directory (O2G's directory service): [{"number",
        "firstName", "lastName", "login"}], [] when the gateway offers no directory."""
        if self._client.info is None or not self._client.offers(routes.DIRECTORY):
            return []
        try:
            return await directory.search(self._client, text, limit, self._about(self.user))
        except (O2GError, ServiceAbsent, ValueError, *_NETWORK_ERRORS) as exc:
            log.info("directory search failed: %s", type(exc).__name__)
            return []

    def _about(self, login: str) -> dict[str, str]:
        """An administrator session names the user each request is about."""
        info = self._client.info
        return {"loginName": login} if info is not None and info.admin else {}

    def routing_refused(self, login: str) -> str:
        """A user session sets its own routing only (O2G's routing service); an administrator anyone's."""
        info = self._client.info
        if info is not None and not self._client.offers(routes.ROUTING):
            return "the gateway does not offer its routing service"
        if info is None or info.admin or login == (info.login or self.user):
            return ""
        return "a user session sets only its own routing; an administrator login sets anyone's"

    async def _calls(self, login: str) -> list[dict]:
        data = await self._client.send(routes.CALLS, params=self._about(login) or None, what="calls")
        calls = data.get("calls") if isinstance(data, dict) else None
        return [c for c in calls or () if isinstance(c, dict)]

    async def _other_call(self, login: str, call_ref: str | None, action: str) -> str:
        others = [c.get("callRef") for c in await self._calls(login) if c.get("callRef") != call_ref]
        if len(others) != 1 or not isinstance(others[0], str):
            raise Refused(BAD_REQUEST, f"{action}: say which other call ({login} has {len(others)})")
        return others[0]

    async def _ringing_device(self, login: str, call_ref: str | None) -> str:
        """pickedUp's otherPhoneNumber: the number on which the call rings, read from the
        calls of the watched users (the caller may give it as args.otherPhoneNumber)."""
        others = [m for m in self._watched if m != login][:PICKUP_LOOKUP_MAX]
        if call_ref and self._client.info is not None and self._client.info.admin:
            for calls in await asyncio.gather(*(self._calls(m) for m in others), return_exceptions=True):
                for call in calls if isinstance(calls, list) else ():
                    if call.get("callRef") != call_ref:
                        continue
                    for leg in call.get("legs") or ():
                        if isinstance(leg, dict) and leg.get("state") == "RINGING_INCOMING" and isinstance(leg.get("deviceId"), str):
                            return leg["deviceId"]
        raise Refused(BAD_REQUEST, "pickedUp needs args.otherPhoneNumber, the number on which the call rings")

    async def _device_of(self, login: str, call_ref: str | None, action: str) -> str:
        if call_ref is not None:
            for call in await self._calls(login):
                if call.get("callRef") == call_ref:
                    for leg in call.get("legs") or ():
                        if isinstance(leg, dict) and isinstance(leg.get("deviceId"), str):
                            return leg["deviceId"]
            raise Refused(UNKNOWN_CALL, f"{action}: {login} has no device in call {call_ref}")
        devices = self._devices.get(login) or [d.id for d in (await self._user(login)).devices]
        if not devices:
            raise Refused(BAD_REQUEST, f"{action}: {login} has no device")
        return devices[0]

    async def _user(self, login: str) -> rest.UserInfo:
        """GET .../users/{login}; its devices are kept for the commands that need one."""
        user = rest.UserInfo.model_validate(await self._client.send(routes.USER, {"loginName": login}, what="user"))
        self._devices[login] = [d.id for d in user.devices]
        return user

    # --- connection loop ------------------------------------------------------------------

    async def _run(self) -> None:
        delays = backoff_delays(self._rng)
        loop = asyncio.get_running_loop()
        while not self._stopping:
            self.sink.state(CONNECTING)
            began, why, unreachable = loop.time(), "", False
            try:
                await self._connect_and_read()
                why = "the gateway ended the event channel"
            except LoginRefused as exc:
                self.login_refused = exc
                self.sink.state(f"login refused: {exc.message}")
                log.warning("O2G login refused for %s (HTTP %s)", self.user, exc.status)
                if self._on_login_refused is not None:
                    self._on_login_refused()
                return
            except SessionGone:
                why = "session lost"
                self._forget_session()
            except ChannelSilent as exc:  # a frozen gateway: drop the channel, connect again
                why = str(exc)
            except O2GError as exc:
                why = f"refused: {exc.message}"
                log.warning("%s", exc)
            except _NETWORK_ERRORS as exc:
                why = _network_reason(exc)
                unreachable = True
            except ValueError as exc:  # an answer our models could not read
                why = "unexpected answer from the gateway"
                log.warning("unexpected answer from the gateway: %s", exc)
            except Exception:  # a bug must not end the source for good: log it, reconnect
                why = "internal error"
                log.exception("O2G source failed")
            finally:
                self._channel = None
                await self._drop_subscription()
            log.info("O2G: %s", why)
            if self._stopping:
                break
            if self._renew:  # ended on purpose (the directory changed): subscribe again now
                self._renew = False
                continue
            if loop.time() - began >= STABLE_S:
                delays = backoff_delays(self._rng)
            delay = next(delays)
            if unreachable:  # nobody answered: trying again soon costs a gateway nothing, and
                # finds it within UNREACHABLE_RETRY_S of its return (the backoff still grows
                # for a gateway that answers and fails)
                delay = min(delay, UNREACHABLE_RETRY_S * (self._rng or random).uniform(0.75, 1.0))
            self.sink.state(f"reconnecting in {delay:.1f} s ({why})")
            await self._retry.sleep(delay)

    async def _connect_and_read(self) -> None:
        client = self._client
        if client.info is None:
            await self._open_session()
        try:
            logins, subscription = await self._list_and_subscribe()
        except SessionGone:  # an old session the gateway forgot (it restarted): log in again
            # first, then list (with the new session), all in this attempt: not a second
            # backoff cycle spent on the dead session.
            self._forget_session()
            await self._open_session()
            logins, subscription = await self._list_and_subscribe()
        self._watched = logins
        self._subscription_id = subscription.subscriptionId
        # Whom the state is about, before it comes: the sink builds its users once, in one
        # piece, and the snapshot only fills them in (users first met in their snapshot are
        # added a frame's worth at a time, each frame inserting rows and sorting again). The
        # names are the ones read, once per source, after every state is shown.
        known = self._directory
        self.sink.directory([known.get(login) or {"login": login} for login in logins])
        response = await client.open_channel(client.polling_url(subscription))
        self._channel = response
        try:
            await self._read(response, logins)
        finally:
            response.close()

    async def _list_and_subscribe(self) -> tuple[list[str], rest.SubscriptionResult]:
        logins = await self._logins()
        return logins, await self._client.subscribe(self._selectors(logins))

    def _selectors(self, logins: list[str]) -> list[rest.Selector]:
        """The packages the session's services offer. The users' ones name every watched login
        (mandatory for an administrator, whose subscription without ids the gateway refuses;
        a user session's ids are ignored, it sees itself); the system ones, administrators only."""
        offered = [p for p in routes.PACKAGES if self._client.offers(p.service)]
        selectors = [rest.Selector(ids=list(logins), names=[p.name for p in offered if p.per_user])]
        system = [p.name for p in offered if not p.per_user]
        if system and self._client.info.admin:
            selectors.append(rest.Selector(ids=[], names=system))
        return selectors

    def _warn_once(self, key: str, text: str, *args) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(text, *args)

    async def _read(self, response: aiohttp.ClientResponse, logins: list[str]) -> None:
        splitter = LineSplitter()
        resync: asyncio.Task | None = None
        try:
            while True:
                limit = FIRST_LINE_TIMEOUT_S if resync is None else self.channel_silence_s
                try:
                    async with asyncio.timeout(limit):
                        chunk = await response.content.readany()
                except TimeoutError:
                    raise ChannelSilent(f"no byte on the event channel for {limit:.0f} s") from None
                if not chunk or self._stopping:
                    lines = splitter.end()
                    if lines:
                        self.sink.events(lines)
                    return
                lines = splitter.feed(chunk)
                if not lines:
                    continue
                if resync is None:
                    # The channel is up (its first line is OnChannelInformation): rebuild from here.
                    if not lines[0].startswith(b'{"eventName":"OnChannelInformation"'):
                        log.info("the event channel did not start with OnChannelInformation")
                    self.sink.reset(False)
                    self.connections += 1
                    self.sink.state(CONNECTED)
                    resync = asyncio.create_task(self._resync(logins), name="o2g-resync")
                self.sink.events(lines)
                if self._states_due > 0:
                    self._states_due -= sum(1 for line in lines if _STATE in line[:_HEAD])
                    if self._states_due <= 0:
                        self._states_in.set()
                for line in lines:
                    if directory.concerns(line):
                        self._directory_event(line)
                    elif _LINK_UP in line[:64]:
                        # The PBX is back: events were withheld while it was away, read it all again.
                        if not resync.done():
                            resync.cancel()
                        resync = asyncio.create_task(self._resync(logins), name="o2g-resync")
        finally:
            if resync is not None:
                resync.cancel()

    async def _open_session(self) -> None:
        self._forget_session()
        info = await self._client.open_session(self.user, self._password, self.application)
        self.sessions_opened += 1
        log.info("O2G session opened for %s (admin: %s, time to live %d s)", info.login or self.user, info.admin, info.timeToLive)
        if not info.admin and any(m != self.user for m in self.monitor):
            self._warn_once("user-scope", "a user login sees only itself (%s); watching others needs an administrator login", self.user)
        for service in routes.SERVICES:
            if not self._client.offers(service) and f"service:{service.name}" not in self._warned:
                self._warned.add(f"service:{service.name}")
                log.info("the gateway does not offer its %s service: not shown", service.name)
        self._keepalive = asyncio.create_task(self._keep_alive(info.timeToLive), name="o2g-keepalive")

    def _forget_session(self) -> None:
        self._client.info = None
        task, self._keepalive = self._keepalive, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    async def _keep_alive(self, time_to_live: int) -> None:
        period = max(0.05, time_to_live * self.keepalive_fraction)
        while True:
            await asyncio.sleep(period)
            try:
                await self._client.keepalive()
                self.keepalives_sent += 1
            except SessionGone:
                log.info("the gateway no longer knows our session")
                self._forget_session()
                self._abort_channel()
                return
            except (O2GError, *_NETWORK_ERRORS) as exc:
                # A gateway we cannot reach: the channel is surely dead too, however quiet.
                log.info("keepalive failed: %s", type(exc).__name__)
                self._abort_channel()

    def _abort_channel(self) -> None:
        if self._channel is not None:
            self._channel.close()

    async def _drop_subscription(self) -> None:
        sub_id, self._subscription_id = self._subscription_id, None
        if sub_id is not None and self._client.info is not None:
            try:
                await self._client.unsubscribe(sub_id)
            except (O2GError, *_NETWORK_ERRORS):
                pass  # it expires on its own on the gateway

    # --- state ----------------------------------------------------------------------------

    async def _logins(self) -> list[str]:
        """Whom the subscription names: a user session only ever sees its own login; an
        administrator the monitored logins, '*' being every login of the gateway."""
        info = self._client.info
        if info is not None and not info.admin:
            return [info.login or self.user]
        if ALL not in self.monitor:
            return list(self.monitor)
        data = await self._client.send(routes.LOGINS, what="logins", max_bytes=MAX_LOGINS_BYTES)
        return list(rest.LoginList.model_validate(data or {}).loginNames)

    async def _bounded(self, logins: list[str], job) -> None:
        """`job(login)` for every login, RESYNC_CONCURRENCY at a time. A few workers take the
        logins in turn: a task per login (10,000 of them) cost the window's event loop ~0.3 s
        to create and schedule, in the middle of the snapshot it was drawing."""
        pending = iter(logins)
        failed: list[Exception] = []
        gone: list[SessionGone] = []

        async def worker() -> None:
            for login in pending:
                if gone:
                    return  # the session is dead: the rest would fail the same way
                try:
                    await job(login)
                except SessionGone as exc:
                    gone.append(exc)
                except Exception as exc:  # this login's answer; the others go on
                    failed.append(exc)

        await asyncio.gather(*(worker() for _ in range(min(RESYNC_CONCURRENCY, len(logins)))))
        if gone:
            self._forget_session()
            self._abort_channel()
            raise gone[0]
        if failed:
            first = failed[0]
            why = str(first) if isinstance(first, O2GError) else type(first).__name__
            log.warning("%d of %d users could not be read: %s", len(failed), len(logins), why)

    async def _resync(self, logins: list[str]) -> None:
        """The links, every watched user's state and routing, then, once a snapshot for
        everyone has come, the directory (once) and the counters: what the window shows first
        comes first."""
        client = self._client
        bulk = client.info is not None and client.info.admin and (ALL in self.monitor or len(logins) >= BULK_FROM)
        try:
            if client.offers(routes.MAINTENANCE):  # first: whether what follows can be trusted
                await self._read_links()
            if client.offers(routes.TELEPHONY):
                self._states_in.clear()
                self._states_due = len(logins) if bulk and routes.STATE_SNAPSHOT not in self._no_bulk else 0
                await self._snapshot(routes.STATE_SNAPSHOT, logins, bulk, self._read_state)
                if routes.STATE_SNAPSHOT in self._no_bulk:
                    self._states_due = 0  # asked user by user after all: answered before this
            if client.offers(routes.ROUTING):
                await self._snapshot(routes.ROUTING_SNAPSHOT, logins, bulk, self._read_routing)
            if self._states_due > 0:
                try:
                    async with asyncio.timeout(STATES_WAIT_S):
                        await self._states_in.wait()
                except TimeoutError:
                    log.info("%d of %d states not heard %.0f s after the snapshot: reading the names anyway",
                             self._states_due, len(logins), STATES_WAIT_S)
                self._states_due = 0
            if not self._directory_sent and client.offers(routes.USERS):
                await self._read_directory(logins)
            if client.offers(routes.EVENT_SUMMARY_SERVICE):
                await self._bounded(logins, self._read_counters)
            if client.offers(routes.COMLOG):
                await self._read_comlog(logins)
        except SessionGone:
            return  # the channel is being dropped: a new login and a new resync follow

    async def _snapshot(self, route: routes.Route, logins: list[str], bulk: bool, fallback) -> None:
        """Ask `route` (a snapshot answered on the channel, in order with the events) once for
        every user when `bulk`, else user by user; a gateway that refuses the one request for
        all is asked user by user, one without snapshots is read with `fallback(login)`."""
        client = self._client
        if bulk and route not in self._no_bulk:
            try:
                await client.send(route, what="snapshot for every user")
                return
            except O2GError as exc:
                if isinstance(exc, SessionGone) or exc.status not in BULK_REFUSED:
                    raise
                self._no_bulk.add(route)
                log.info("the gateway refused %s for every user (HTTP %s): asking user by user", route.path, exc.status)

        async def one(login: str) -> None:
            try:
                await client.send(route, params=self._about(login) or None, what="state snapshot")
            except O2GError as exc:
                if isinstance(exc, SessionGone) or exc.status not in ABSENT:
                    raise
                # A gateway without snapshots: read the state. Events for this user that cross
                # this request may be applied before it and lost; the snapshot has no such race.
                await fallback(login)

        await self._bounded(logins, one)

    async def _read_state(self, login: str) -> None:
        state = await self._client.send(routes.STATE, params=self._about(login) or None, what="state")
        self.sink.events([{"eventName": "OnTelephonyState", "loginName": login, "state": state or {}}])

    async def _read_routing(self, login: str) -> None:
        state = await self._client.send(routes.ROUTING_STATE, params=self._about(login) or None, what="routing state")
        self.sink.events([{"eventName": "OnRoutingStateChanged", "loginName": login, "routingState": state or {}}])

    async def _read_links(self) -> None:
        """The links as the system status says them, as the link events would."""
        try:
            status = rest.SystemStatus.model_validate(await self._client.send(routes.SYSTEM_STATUS, what="system status") or {})
        except O2GError as exc:
            if isinstance(exc, SessionGone):
                raise
            log.info("system status refused (HTTP %s): link states unknown", exc.status)
            return
        events = []
        for pbx in status.pbxs[:1]:  # one OXE node: the first is the one we show
            node = str(pbx.nodeId) if pbx.nodeId is not None else "0"
            events.append({"eventName": "OnPbxLinkUp" if pbx.connected else "OnPbxLinkDown", "nodeId": node})
            cti_up = pbx.ctiLinkState not in (None, rest.CTI_DISCONNECTED)
            events.append({"eventName": "OnCtiLinkUp" if cti_up else "OnCtiLinkDown", "nodeId": node})
        if events:
            self.sink.events(events)

    async def _read_directory(self, logins: list[str]) -> None:
        entries: dict[str, dict] = {}

        async def user(login: str) -> None:
            try:
                info = await self._user(login)
            except (O2GError, ValueError) as exc:
                if isinstance(exc, SessionGone):
                    raise
                entries[login] = {"login": login}
                return
            entries[login] = directory.entry(info)

        await self._bounded(logins, user)
        # A users event heard while the names were read is newer than what was read.
        heard = self._directory
        self._directory = dict(sorted(entries.items()))
        for login, entry in heard.items():
            self._directory[login] = {**self._directory.get(login, {}), **entry}
        self.sink.directory(list(self._directory.values()))
        self._directory_sent = True

    async def _read_comlog(self, logins: list[str]) -> None:
        """The gateway's own history of each user (its communication log), kept current from
        here by the comlog events: to the sink's history, when it keeps one."""
        records = getattr(self.sink, "comlog_records", None)
        if records is None:
            return

        async def listed(login: str) -> None:
            try:
                rows = await comlog.list_records(self._client, login, self._about(login))
            except (O2GError, ValueError) as exc:
                if isinstance(exc, SessionGone):
                    raise
                log.info("comlog records of %s not read: %s", login, exc)
                return
            records(login, rows)

        await self._bounded(logins, listed)

    async def _read_counters(self, login: str) -> None:
        try:
            summary = await self._client.send(routes.EVENT_SUMMARY, params=self._about(login) or None, what="event summary")
        except O2GError as exc:
            if isinstance(exc, SessionGone):
                raise
            return  # counters are a nicety; the calls are what matters
        if isinstance(summary, dict):
            self.sink.events([{"eventName": "OnEventSummaryUpdated", "loginName": login, "eventSummary": summary}])

    def _directory_event(self, line: bytes) -> None:
        """OnUserInfoChanged, OnUserCreated, OnUserDeleted: the directory changes. A new or
        deleted user also changes whom an administrator watching '*' names: subscribe again."""
        change = directory.change(line)
        if change is None:
            return
        kind, login, entry = change
        if kind == directory.DELETED:
            self._directory.pop(login, None)
        elif entry is not None:
            self._directory[login] = {**self._directory.get(login, {}), **entry}
        self.sink.directory(list(self._directory.values()))
        if kind != directory.CHANGED and ALL in self.monitor and self._client.info is not None and self._client.info.admin:
            self._renew = True
            self._abort_channel()

    def __repr__(self) -> str:
        return f"<O2GSource {self.description}>"
