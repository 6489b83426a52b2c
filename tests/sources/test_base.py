"""What every source shares: the reconnect backoff, and optional features with harmless defaults."""

import asyncio
import random

from desktop.sources.base import BACKOFF_MAX_S, PLAY, RESYNC, RETRY, RetryWait, Source, backoff_delays, cancel_and_wait
from desktop.sources.embedded import EmbeddedSimulator
from desktop.sources.replay import ReplaySource
from desktop.sources.websocket import WebSocketSource


def test_backoff_doubles_to_ten_seconds_with_jitter():
    delays = backoff_delays(random.Random(1))
    values = [next(delays) for _ in range(8)]
    assert 0.375 <= values[0] <= 0.625
    assert all(0.75 * min(0.5 * 2**i, 10) <= v <= 1.25 * min(0.5 * 2**i, 10) for i, v in enumerate(values))
    assert max(values) <= 1.25 * BACKOFF_MAX_S


class Bare(Source):
    async def start(self):
        pass

    async def stop(self):
        pass

    async def command(self, login, action, call_ref=None, device_id=None, args=None):
        return {}


def test_optional_features_default_to_nothing_and_capabilities_name_those_a_source_has():
    bare = Bare()
    assert asyncio.run(bare.resync()) is None and bare.play() is None and bare.login_refused is None
    assert bare.retry_now() is None
    assert bare.capabilities == frozenset()
    assert ReplaySource([]).capabilities == {PLAY}
    assert WebSocketSource("ws://127.0.0.1:1").capabilities == {RESYNC, RETRY}
    assert EmbeddedSimulator(rate=0).capabilities == {RESYNC, RETRY}


def test_retry_now_cuts_the_wait_before_the_next_attempt_short():
    async def main():
        wait = RetryWait()
        loop = asyncio.get_running_loop()
        began = loop.time()
        loop.call_later(0.05, wait.wake)
        await wait.sleep(10)
        cut = loop.time() - began
        await wait.sleep(0.05)  # a wake with nobody waiting is forgotten: the next wait is whole
        return cut

    assert asyncio.run(main()) < 1


def test_cancel_and_wait_ends_a_task_that_swallowed_the_first_cancel():
    # What asyncio.wait_for does in Python 3.11 when a cancel lands as its inner future
    # completes (CPython gh-86296): the read loop lives on. One cancel would leave it running.
    swallowed = []

    async def stubborn():
        while True:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                if swallowed:
                    raise
                swallowed.append(True)

    async def scenario():
        task = asyncio.create_task(stubborn())
        await asyncio.sleep(0)
        async with asyncio.timeout(5):
            await cancel_and_wait(task, every_s=0.05)
        assert task.cancelled() and swallowed == [True]

    asyncio.run(scenario())
