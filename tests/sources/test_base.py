"""What every source shares: the reconnect backoff, and optional features with harmless defaults."""

import asyncio
import random

from desktop.sources.base import BACKOFF_MAX_S, PLAY, RESYNC, Source, backoff_delays
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
    assert bare.capabilities == frozenset()
    assert ReplaySource([]).capabilities == {PLAY}
    assert WebSocketSource("ws://127.0.0.1:1").capabilities == {RESYNC}
    assert EmbeddedSimulator(rate=0).capabilities == {RESYNC}
