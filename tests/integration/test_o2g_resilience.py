"""The O2G source on a bad day: refused login, keepalive, channel cuts, a gateway restart,
malformed lines, a gateway that ends every channel at once, secrets kept out of logs."""

from __future__ import annotations

import asyncio
import logging

from desktop.sources.o2g.source import O2GSource
from tests.integration.harness import A, B, C, PASSWORD, Harness, wait_for


def channels_opened(h):
    return h.gateway.hits[("POST", "/OTEvents")]


def test_login_refused_with_a_wrong_password_is_shown_and_never_retried():
    async def scenario():
        async with Harness(password="not-the-password") as h:
            await wait_for(lambda: h.source.login_refused is not None, what="the refusal")
            await asyncio.sleep(1.0)  # a retry would come within the first backoff
            assert h.gateway.hits[("GET", "/api/rest/authenticate")] == 1
            assert h.sink.states[-1] == "login refused: wrong login or password"
            assert h.source.connections == 0 and not h.gateway.sessions
            assert not any("not-the-password" in s for s in h.sink.states)

    asyncio.run(scenario())


def test_a_user_session_watches_only_its_own_login(caplog):
    async def scenario():
        async with Harness(user=A, monitor=[A]) as h:
            await wait_for(lambda: h.source.connections == 1, what="a channel")
            r = h.do(B, "makeCall", callee="70020")
            await wait_for(lambda: h.calls(A) == [r], what="A's call")
            assert [u["login"] for u in h.users(h.sink)] == [A]  # nothing about B reaches A
            await h.source.command(A, "answer", r)  # no ?loginName= in a user session
            await wait_for(lambda: (h.engine.leg_of(A, r) or (None, None))[1] == "ACTIVE", what="answered")
        # Asked to watch others, a user login is told once that it sees only itself, and connects
        # (the gateway ignores a user session's ids, as ALE's SDKs document): no refusal loop.
        caplog.clear()
        async with Harness(user=A, monitor=[A, B]) as h:
            await wait_for(lambda: h.source.connections == 1, what="a channel")
            r = h.do(B, "makeCall", callee="70020")
            await wait_for(lambda: h.calls(A) == [r], what="A's call")
            h.gateway.cut_channels()
            await wait_for(lambda: h.source.connections == 2, what="a second channel")
            await wait_for(lambda: h.calls(A) == [r], what="A's call, read again")
            assert [u["login"] for u in h.users(h.sink)] == [A]
            assert not any("refused" in s for s in h.sink.states)
        warnings = [r.getMessage() for r in caplog.records if "sees only itself" in r.getMessage()]
        assert len(warnings) == 1, warnings

    asyncio.run(scenario())


def test_keepalive_is_sent_before_time_to_live_runs_out():
    async def scenario():
        async with Harness(time_to_live=2) as h:
            await h.connected()
            await asyncio.sleep(3.2)  # 1.6 times the time to live
            assert h.source.keepalives_sent >= 2  # every second
            assert h.source.sessions_opened == 1 and h.source.connections == 1
            assert len(h.gateway.sessions) == 1
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            assert h.calls(A) == [r]

    asyncio.run(scenario())


def test_without_keepalive_the_session_expires_and_a_new_one_is_opened():
    # The control for the test above: a source that keeps alive too late loses its session.
    async def scenario():
        async with Harness(time_to_live=1, keepalive_fraction=3.0) as h:
            await h.connected()
            await wait_for(lambda: h.source.sessions_opened >= 2, timeout=6, what="a new session")
            await h.connected(2, timeout=6)

    asyncio.run(scenario())


def test_channel_cut_mid_call_then_restored_rebuilds_the_state_without_duplicates():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            r1 = h.do(A, "makeCall", callee="70021")
            h.do(B, "answer", r1)
            r2 = h.do(C, "makeCall", callee="70020")  # A is busy: C hears the busy tone
            await h.same_state()
            h.gateway.cut_channels()
            # While the source is away: the first call ends, C gives up, a new call rings at C.
            h.do(A, "drop", r1)
            h.do(C, "drop", r2)
            r3 = h.do(B, "makeCall", callee="70022")
            await wait_for(lambda: h.source.connections == 2, what="the channel back")
            await h.same_state()
            assert h.calls(A) == [] and h.calls(B) == [r3] and h.calls(C) == [r3]
            assert h.sink.ingest.rejected == 0
            assert h.source.sessions_opened == 1  # the session survived the channel
            assert len(h.gateway._subscriptions) == 1  # the old subscription was deleted
            # and the channel works on
            h.do(C, "answer", r3)
            await h.same_state()

    asyncio.run(scenario())


def test_gateway_restart_means_a_new_session():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            port = h.running.port
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            await h.running.stop()
            h.do(B, "answer", r)  # the OXE goes on while its gateway restarts
            await wait_for(lambda: any(s.startswith("reconnecting in") for s in h.sink.states), what="reconnecting")
            await h.start_gateway(port=port)
            await wait_for(lambda: h.source.connections == 2, timeout=8, what="the channel back")
            await h.same_state()
            assert h.source.sessions_opened == 2
            assert [u["state"] for u in h.users(h.sink)] == ["BUSY", "BUSY", "FREE"]

    asyncio.run(scenario())


def test_malformed_lines_are_skipped_counted_and_the_channel_kept():
    async def scenario():
        async with Harness() as h:
            await h.connected()
            for line in (b"{not json", b"[1, 2]", b'{"eventName": "OnCallCreated"}', b"x" * (2 << 20)):
                h.gateway.inject_raw_line(line)
            r = h.do(A, "makeCall", callee="70021")
            await h.same_state()
            assert h.sink.ingest.rejected == 4
            assert h.source.connections == 1 and channels_opened(h) == 1
            assert h.calls(A) == [r]

    asyncio.run(scenario())


def test_a_channel_ended_at_once_backs_off_instead_of_looping():
    async def scenario():
        async with Harness(flags={"end_channels_at_once": True}) as h:
            await asyncio.sleep(2.2)
            # Backoff 0.5, 1, 2 s (jittered): three or four channels in 2.2 s, not hundreds.
            assert 2 <= channels_opened(h) <= 4
            assert any(s.startswith("reconnecting in") for s in h.sink.states)
            h.gateway.end_channels_at_once = False  # the gateway recovers: so does the source
            await h.connected(h.source.connections + 1, timeout=8)

    asyncio.run(scenario())


def test_a_refused_event_channel_is_retried_and_the_session_kept():
    async def scenario():
        async with Harness(flags={"refuse_channels": True}) as h:
            await wait_for(lambda: any("event channel unavailable" in s for s in h.sink.states), what="the refusal")
            assert h.source.connections == 0 and channels_opened(h) >= 1
            h.gateway.refuse_channels = False
            await h.connected(timeout=8)
            assert h.source.sessions_opened == 1

    asyncio.run(scenario())


def test_no_password_cookie_or_subscription_id_in_any_log(caplog):
    async def scenario():
        async with Harness(time_to_live=1) as h:
            await h.connected()
            r = h.do(A, "makeCall", callee="70021")
            await h.source.command(B, "answer", r)
            h.gateway.cut_channels()
            await h.connected(2)
            secrets = [PASSWORD, *h.gateway._sessions, *h.gateway._subscriptions]
            return secrets

    with caplog.at_level(logging.DEBUG):
        secrets = asyncio.run(scenario())
    text = caplog.text
    assert "session opened" in text  # the log is there...
    for secret in secrets:
        assert secret not in text  # ...without a secret in it
    assert PASSWORD not in repr(O2GSource("https://gw.example", "admin", PASSWORD))
