"""Local replay of a JSONL trace: play, pause, step, speed, and seek to any position.

Seeking backwards rebuilds: the sink is reset and events 0..N are delivered again in one
batch, so the state at N is exactly what the model makes of the first N lines. The
position logic (`ReplayCursor`) is plain Python; `ReplaySource` adds asyncio pacing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path

import orjson

from desktop.protocol.parse import ParseError, parse_line
from desktop.protocol.wire import REPLAY, Refused
from desktop.sources.base import RawEvent, Source
from desktop.sources.trace_file import iter_lines

MAX_PAUSE_S = 2.0  # a recorded silence longer than this plays as this: nobody waits minutes in a demo
UNTIMED_GAP_S = 1.0  # between events with no time to go by, at 1×: they can still be followed
SPEEDS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 50.0)


def _time_of(line: bytes | None) -> int | None:
    if not line:
        return None
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    t = obj.get("time") if type(obj) is dict else None
    return t if type(t) is int else None


class ReplayCursor:
    """Where a replay stands: `position` lines of `lines` have been delivered."""

    def __init__(self, lines: Sequence[bytes]):
        # An oversized line stays in the trace (as b"") so that it is counted as rejected.
        self.lines = [line if line is not None else b"" for line in lines]
        self.times = [_time_of(line) for line in self.lines]
        self.position = 0

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def at_end(self) -> bool:
        return self.position >= len(self.lines)

    def seek(self, target: int) -> tuple[bool, list[bytes]]:
        """Move to `target` (clamped); returns (rewind, lines to deliver). rewind means the
        consumer must reset first, and the lines then start from the beginning."""
        target = max(0, min(target, len(self.lines)))
        if target >= self.position:
            batch = self.lines[self.position : target]
            rewind = False
        else:
            batch = self.lines[:target]
            rewind = True
        self.position = target
        return rewind, batch

    def next_group(self) -> int:
        """End of the group of lines sharing the next line's timestamp: they play together."""
        i = self.position
        if i >= len(self.lines):
            return i
        t = self.times[i]
        j = i + 1
        while j < len(self.lines) and t is not None and self.times[j] == t:
            j += 1
        return j

    def delay_before_next(self, speed: float) -> float:
        """Seconds to wait before the next line, from the recorded times."""
        i = self.position
        if i == 0 or i >= len(self.lines):
            return 0.0
        prev = next((t for t in reversed(self.times[:i]) if t is not None), None)
        cur = self.times[i]
        if prev is None or cur is None:  # untimed: a steady pace rather than all at once
            return UNTIMED_GAP_S / speed
        if cur <= prev:
            return 0.0
        return min((cur - prev) / 1000.0 / speed, MAX_PAUSE_S)

    def time_ms(self) -> int | None:
        """The trace's clock at the current position: time of the last delivered line."""
        for t in reversed(self.times[: self.position]):
            if t is not None:
                return t
        return None


class ReplaySource(Source):
    kind = "replay"

    def __init__(self, lines: Sequence[bytes], name: str = "trace"):
        super().__init__()
        self.cursor = ReplayCursor(lines)
        self.name = name
        self.speed = 1.0
        self.on_position: Callable[[int, int], None] | None = None  # (position, length)
        self._task: asyncio.Task | None = None

    @classmethod
    def from_file(cls, path: str | Path) -> ReplaySource:
        with open(path, "rb") as stream:
            lines = list(iter_lines(stream))
        return cls(lines, Path(path).name)

    @property
    def description(self) -> str:
        return f"replay {self.name}"

    def unreadable(self) -> tuple[int, str]:
        """How many lines are not events (they will be skipped and counted as rejected), and
        the first one's line number and reason: said as soon as the trace is opened."""
        bad, first = 0, ""
        for number, line in enumerate(self.cursor.lines, 1):
            try:
                parse_line(line, "auto")
            except ParseError as exc:
                bad += 1
                first = first or f"line {number}: {exc}"
        return bad, first

    @property
    def playing(self) -> bool:
        return self._task is not None and not self._task.done()

    # --- Source -----------------------------------------------------------------------

    async def start(self) -> None:
        self._report()

    async def stop(self) -> None:
        await self.pause()

    async def command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        raise Refused(REPLAY, f"a replay only shows what was recorded; {action} is not sent anywhere")

    def now_ms(self) -> int:
        t = self.cursor.time_ms()
        return t if t is not None else super().now_ms()

    # --- controls ---------------------------------------------------------------------

    def seek(self, target: int) -> None:
        rewind, batch = self.cursor.seek(target)
        if rewind:
            self.sink.reset(rewind=True)
        self._deliver(batch)
        self._report()

    def step(self, count: int = 1) -> None:
        """Deliver the next `count` lines (a line at a time, whatever their timestamps)."""
        self.seek(self.cursor.position + count)

    def set_speed(self, speed: float) -> None:
        if speed > 0:
            self.speed = speed

    def play(self) -> None:
        if not self.playing and not self.cursor.at_end:
            self._task = asyncio.ensure_future(self._play())
            self._report()

    async def pause(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._report()

    async def _play(self) -> None:
        cursor = self.cursor
        while not cursor.at_end:
            delay = cursor.delay_before_next(self.speed)
            if delay:
                await asyncio.sleep(delay)
            self.seek(cursor.next_group())
            if not delay:
                await asyncio.sleep(0)  # let the window breathe between back-to-back groups
        self._task = None
        self._report()

    def _deliver(self, batch: list[RawEvent]) -> None:
        if batch:
            self.sink.events(batch)

    def _report(self) -> None:
        c = self.cursor
        verb = "playing" if self.playing else ("at end" if c.at_end else "paused")
        self.sink.state(f"{verb} {c.position}/{len(c)}")
        if self.on_position is not None:
            self.on_position(c.position, len(c))

