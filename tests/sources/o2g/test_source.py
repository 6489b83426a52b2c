"""The O2G source's order of work at a connection: whom the state is about before the state (the
sink builds its users once), and the per-user reads a few at a time."""

from __future__ import annotations

import asyncio
import logging

import pytest

from desktop.app.session import IngestSession
from desktop.protocol.events import TelephonyState
from desktop.protocol.o2g import rest
from desktop.sources.o2g import source as o2g_source
from desktop.sources.o2g.client import SessionGone
from desktop.sources.o2g.source import RESYNC_CONCURRENCY, O2GSource
from tests.integration.harness import Harness, wait_for


class Recording(IngestSession):
    """A session that notes, in order, each directory it is handed and each user's first state."""

    def __init__(self):
        super().__init__()
        self.said: list[tuple] = []
        self.models_at_state: set[int] = set()

    def directory(self, users):
        self.said.append(("directory", frozenset(u["login"] for u in users), any("lastName" in u for u in users)))
        super().directory(users)

    def _applied(self, seq, raw, event, delta):
        if type(event) is TelephonyState:
            self.said.append(("state", event.login))
            self.models_at_state.add(id(self.model))


def test_the_logins_come_before_their_state_and_the_names_after():
    async def scenario():
        async with Harness(monitor=["*"]) as h:
            sink = Recording()
            h.source.attach(sink)  # (before its first connection: the harness only started it)
            everyone = frozenset(h.engine.directory.users)
            await wait_for(lambda: sum(1 for s in sink.said if s[0] == "directory") >= 2, what="the names")
            first_state = next(i for i, s in enumerate(sink.said) if s[0] == "state")
            logins = [s for s in sink.said[:first_state] if s[0] == "directory"]
            # every watched login before any state, names not read yet; the names after
            assert logins == [("directory", everyone, False)]
            assert ("directory", everyone, True) in sink.said[first_state:]
            assert {s[1] for s in sink.said if s[0] == "state"} == everyone
            # the model the logins built is the one the state filled: not built a second time
            assert len(sink.models_at_state) == 1
            assert set(sink.model.users) == everyone

    asyncio.run(scenario())


def test_a_new_connection_hands_the_names_already_read_before_its_state():
    async def scenario():
        async with Harness(monitor=["*"]) as h:
            await h.connected()
            await wait_for(lambda: h.source._directory_sent, what="the names")
            sink = Recording()
            h.source.attach(sink)
            h.gateway.cut_channels()
            await wait_for(lambda: any(s[0] == "state" for s in sink.said), what="the new state")
            assert sink.said[0] == ("directory", frozenset(h.engine.directory.users), True)

    asyncio.run(scenario())


def _source() -> O2GSource:
    source = O2GSource("http://127.0.0.1:1", "admin", "pw", ["*"])
    source._client.info = rest.SessionInfo(admin=True, login="admin", timeToLive=60, publicBaseUrl="http://127.0.0.1:1/api")
    return source


def test_per_user_reads_go_a_few_at_a_time_and_each_failure_is_counted(caplog):
    logins = [f"u{n}" for n in range(200)]
    running, peak, done = [0], [0], []

    async def job(login):
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        await asyncio.sleep(0)
        running[0] -= 1
        if login.endswith("7"):
            raise ValueError("unreadable answer")
        done.append(login)

    with caplog.at_level(logging.WARNING, logger=o2g_source.__name__):
        asyncio.run(_source()._bounded(logins, job))
    assert peak[0] == RESYNC_CONCURRENCY
    assert sorted(done) == sorted(login for login in logins if not login.endswith("7"))
    assert "20 of 200 users could not be read" in caplog.text


def test_a_lost_session_stops_the_per_user_reads_and_is_raised():
    logins = [f"u{n}" for n in range(1000)]
    asked = []

    async def job(login):
        asked.append(login)
        await asyncio.sleep(0)
        if login == "u3":
            raise SessionGone(401, rest.ErrorInfo(helpMessage="no session"), "user")

    source = _source()
    with pytest.raises(SessionGone):
        asyncio.run(source._bounded(logins, job))
    assert len(asked) < 2 * RESYNC_CONCURRENCY  # not the other 996 requests on a dead session
    assert source._client.info is None  # forgotten: the next attempt logs in again


def test_a_users_event_heard_while_the_names_are_read_outlives_the_read(monkeypatch):
    import orjson

    from tests.integration.harness import B
    from tests.simulator.o2g.switchable import SwitchableGateway

    release: list[asyncio.Event] = []
    read = SwitchableGateway._user

    async def held(self, request):  # GET .../users/{login} answers only once released
        await release[0].wait()
        return await read(self, request)

    monkeypatch.setattr(SwitchableGateway, "_user", held)

    async def scenario():
        release.append(asyncio.Event())
        async with Harness(monitor=["*"]) as h:
            await h.connected()
            renamed = (B, "70021", "Jonas", "Mendes", None, None)  # no department: O2G has none
            changed = {"eventName": "OnUserInfoChanged", "loginName": B, "user": {"loginName": B, "companyPhone": "70021", "firstName": "Jonas", "lastName": "Mendes"}}
            h.gateway.inject_raw_line(orjson.dumps(changed))
            await wait_for(lambda: renamed in h.sink._users, what="the new name")
            release[0].set()  # the names read before the change arrive after it
            await wait_for(lambda: h.source._directory_sent, what="the names")
            assert renamed in h.sink._users
            assert len(h.sink._users) == len(h.engine.directory.users)
            assert all(last for _, _, _, last, *_ in h.sink._users)

    asyncio.run(scenario())


def test_the_names_are_asked_once_every_state_has_come(monkeypatch):
    """Even from a gateway that answers the snapshot request first and sends the states later."""
    from aiohttp import web

    from desktop.simulator.o2g import state
    from tests.simulator.o2g.switchable import SwitchableGateway

    async def late(self, request):
        self._session(request)

        async def send():
            await asyncio.sleep(0.3)
            await self._push_snapshots(request, rest.TELEPHONY, lambda login: state.telephony_state_event(self.engine, login))

        asyncio.ensure_future(send())
        return web.Response(status=204)

    monkeypatch.setattr(SwitchableGateway, "_snapshot", late)
    states_at_first_ask: list[int] = []
    read = O2GSource._user

    async def user(self, login):
        if not states_at_first_ask:
            states_at_first_ask.append(sum(1 for s in self.sink.said if s[0] == "state"))
        return await read(self, login)

    monkeypatch.setattr(O2GSource, "_user", user)

    async def scenario():
        async with Harness(monitor=["*"]) as h:
            sink = Recording()
            h.source.attach(sink)
            await wait_for(lambda: h.source._directory_sent, what="the names")
            assert states_at_first_ask == [len(h.engine.directory.users)]

    asyncio.run(scenario())


def test_a_gateway_that_never_sends_the_states_does_not_hold_the_names_back(monkeypatch):
    from aiohttp import web

    from tests.simulator.o2g.switchable import SwitchableGateway

    async def silent(self, request):  # accepted, never answered on the channel
        self._session(request)
        return web.Response(status=204)

    monkeypatch.setattr(SwitchableGateway, "_snapshot", silent)
    monkeypatch.setattr(o2g_source, "STATES_WAIT_S", 0.3)

    async def scenario():
        async with Harness(monitor=["*"]) as h:
            await wait_for(lambda: h.source._directory_sent, timeout=3, what="the names")

    asyncio.run(scenario())


def test_the_requests_sent_are_the_requests_the_gateway_got():
    async def scenario():
        async with Harness(monitor=["*"]) as h:
            await h.connected()
            await wait_for(lambda: h.source._directory_sent, what="the names")
            settled = []

            def quiet():  # nothing sent for 0.3 s: the per-user reads are done
                settled.append(h.source.requests_sent)
                return len(settled) > 30 and settled[-30] == settled[-1]

            await wait_for(quiet, what="the reads to end")
            # discovery, login, session, logins, subscription, channel, status, 2 snapshots,
            # then 3 users' names, counters and comlog records
            assert h.source.requests_sent == sum(h.gateway.hits.values()) == 9 + 3 * 3

    asyncio.run(scenario())
