"""The seed's eight flows, driven through the O2G source's own commands, seen through the
gateway's chunked channel exactly as through the engine's raw RTSM events: the same model
after every step, not only at the end."""

from __future__ import annotations

import asyncio

import pytest

from tests.integration.harness import A, B, C, Harness


class Steps:
    """Runs each step through O2G (or the engine, for what O2G has no request for) and
    compares both models after it."""

    def __init__(self, h: Harness):
        self.h = h
        self.steps = 0

    async def o2g(self, login, action, call_ref=None, **args):
        result = await self.h.source.command(login, action, call_ref, args=args or None)
        await self.h.same_state()
        self.steps += 1
        return result.get("callRef")

    async def engine(self, login, action, call_ref=None, **args):
        ref = self.h.do(login, action, call_ref, **args)
        await self.h.same_state()
        self.steps += 1
        return ref


async def flow_1(s):  # basic call
    r = await s.o2g(A, "makeCall", callee="70021")
    await s.o2g(B, "answer", r)
    await s.o2g(A, "drop", r)


async def flow_2(s):  # busy, camp-on (no O2G request: the engine), call waiting, recall
    r1 = await s.o2g(A, "makeCall", callee="70021")
    await s.o2g(B, "answer", r1)
    r2 = await s.o2g(C, "makeCall", callee="70021")
    await s.engine(C, "waitOnBusy", r2)
    await s.o2g(B, "answer", r2)
    await s.o2g(B, "drop", r2)
    await s.o2g(B, "retrieve", r1)
    await s.o2g(A, "drop", r1)


async def flow_3(s):  # consultation, recall, retrieve
    r1 = await s.o2g(A, "makeCall", callee="70022")
    await s.o2g(C, "answer", r1)
    r2 = await s.o2g(C, "makeCall", callee="70021")
    await s.o2g(B, "answer", r2)
    await s.o2g(B, "drop", r2)
    await s.o2g(C, "retrieve", r1)
    await s.o2g(C, "drop", r1)


async def flow_4(s):  # consultation merged into a conference, one party leaves
    r1 = await s.o2g(A, "makeCall", callee="70022")
    await s.o2g(C, "answer", r1)
    r2 = await s.o2g(C, "makeCall", callee="70021")
    await s.o2g(B, "answer", r2)
    assert await s.o2g(C, "merge", r2, heldCallRef=r1) == r1
    await s.o2g(B, "dropMe", r1)
    await s.o2g(C, "drop", r1)


async def flow_5(s):  # hold and retrieve twice
    r = await s.o2g(A, "makeCall", callee="70022")
    await s.o2g(C, "answer", r)
    for _ in range(2):
        await s.o2g(C, "hold", r)
        await s.o2g(C, "retrieve", r)
    await s.o2g(C, "drop", r)


async def flow_6(s):  # immediate forward of 70022 to 70021 (PBX configuration)
    s.h.engine.set_forward(C, "70021")
    r = await s.o2g(A, "makeCall", callee="70022")
    await s.o2g(B, "answer", r)
    await s.o2g(B, "drop", r)


async def flow_7(s):  # the voicemail service answers
    r = await s.o2g(A, "makeCall", callee="887")
    await s.o2g(A, "drop", r)


async def flow_8(s):  # the caller gives up while the callee rings
    r = await s.o2g(A, "makeCall", callee="70022")
    await s.o2g(A, "drop", r)


FLOWS = [flow_1, flow_2, flow_3, flow_4, flow_5, flow_6, flow_7, flow_8]


@pytest.mark.parametrize("flow", FLOWS, ids=[f.__name__ for f in FLOWS])
def test_flow_through_o2g_matches_the_raw_events(flow):
    async def scenario():
        async with Harness() as h:
            await h.connected()
            steps = Steps(h)
            await flow(steps)
            assert steps.steps >= 2
            assert h.engine.is_idle()
            assert all(not u["calls"] for u in h.users(h.sink))
            assert h.sink.ingest.rejected == 0

    asyncio.run(scenario())
