"""The communication log (O2G comlog) against the simulated gateway: the records listed at
connect, kept current by the comlog events, and acknowledged on the gateway from our side
(round trip: our PUT, its OnComRecordsAck, our store)."""

from __future__ import annotations

import asyncio

from desktop.history.store import Query
from desktop.protocol.o2g import routes
from desktop.history.writer import Recorder, Writer
from desktop.sources.o2g.source import O2GSource
from tests.integration.harness import A, B, C, Harness, wait_for


def gateway_records(h, login):
    return list(h.gateway.comlog._records.get(login, {}).values())


def test_records_listed_at_connect_then_events_then_acknowledged_round_trip():
    async def scenario():
        h = Harness()
        writer = Writer(":memory:")
        h.sink.recorder = Recorder(writer)
        store = writer.store
        await h.start_gateway()
        # Before we connect: C calls B and gives up while it rings.
        ref = h.do(C, "makeCall", callee="70021")
        h.do(C, "terminate", ref)
        (missed,) = gateway_records(h, B)
        assert missed.acknowledged is False and missed.comRef == ref
        h.source = O2GSource(h.running.url, h.user, h.password, h.monitor)
        h.source.attach(h.sink)
        await h.source.start()
        try:
            await h.connected()
            assert h.source.has_comlog
            # Listed at connect: the gateway's records, its recordIds kept.
            await wait_for(lambda: store.count() == 2, what="the listed records")
            rows = {r.login: r for r in store.query()}
            assert (rows[B].outcome, rows[B].direction, rows[B].record_id) == ("missed", "incoming", str(missed.recordId))
            assert rows[C].outcome == "abandoned" and [p.login for p in rows[B].parties] == [C]
            assert store.missed_counts() == {B: 1}

            # Live: A calls B, B answers, A hangs up: OnComRecordCreated for A and for B.
            ref2 = h.do(A, "makeCall", callee="70021")
            h.do(B, "answer", ref2)
            h.do(A, "terminate", ref2)
            await wait_for(lambda: store.count(Query(login=B)) == 2 and store.count(Query(login=A)) == 1, what="the new records")
            (answered,) = [r for r in store.query(Query(login=B)) if r.call_ref == ref2]
            assert answered.outcome == "answered" and answered.record_id is not None
            assert all(r.record_id is not None for r in store.query())  # nothing derived locally

            # Acknowledge on the gateway: its record changes, its event comes back, our row follows.
            await h.source.acknowledge_comlog(B, [rows[B].record_id])
            assert gateway_records(h, B)[0].acknowledged is True
            await wait_for(lambda: store.missed_counts() == {}, what="OnComRecordsAck")
            await h.source.acknowledge_comlog(B, [rows[B].record_id], value=False)
            await wait_for(lambda: store.missed_counts() == {B: 1}, what="OnComRecordsUnAck")

            # Deleted on the gateway: gone here too.
            h.gateway.comlog._delete(B, [int(rows[B].record_id)])
            await wait_for(lambda: store.count(Query(login=B)) == 1, what="OnComRecordsDeleted")
        finally:
            await h.source.stop()
            await h.running.stop()

    asyncio.run(scenario())


def test_a_gateway_without_comlog_leaves_the_history_local():
    async def scenario():
        # A gateway of an older release: no comlog in its services.
        without = [s for s in routes.SERVICES if s is not routes.COMLOG]
        h = Harness(flags={"services": without})
        writer = Writer(":memory:")
        h.sink.recorder = Recorder(writer)
        async with h:
            await h.connected()
            assert not h.source.has_comlog
            ref = h.do(C, "makeCall", callee="70021")
            await h.same_state()
            h.do(C, "terminate", ref)
            await h.same_state()
            h.sink.commit_history()
            rows = {r.login: r for r in writer.store.query()}
            assert rows[B].outcome == "missed" and rows[B].record_id is None  # derived here

    asyncio.run(scenario())


def test_a_user_sessions_empty_ids_mean_its_own_login():
    # ALE's SDK sends addCommunicationLogEvents([]) for a user session ("ids is ignored"): the
    # gateway must not read that as nobody (found checking the comlog with the Node SDK).
    from desktop.protocol.o2g import rest
    from desktop.simulator.o2g.sessions import GatewaySession, watched

    session = GatewaySession("t", B, admin=False, time_to_live=60)
    got = watched([rest.Selector(ids=[], names=["unifiedComLog", "telephony"])], session, {A, B, C})
    assert got == {"unifiedComLog": frozenset({B}), "telephony": frozenset({B})}
