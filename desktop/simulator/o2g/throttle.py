"""A slower answer after failed logins, as a real gateway gives: per login and per address.

Without it the simulated gateway answered ~1,670 wrong passwords a second. After the n-th
failure in a row for a login or an address, the next attempt for it waits
FIRST_S * 2**(n-2) seconds (nothing after the first failure, so a typo costs nothing), up to
MAX_S. An attempt counts as a failure from its arrival (so parallel attempts do not share one
delay) until it succeeds, which clears the counts of its login and its address; a count left
alone FORGET_S is forgotten. Pure: the caller sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FIRST_S = 0.5
MAX_S = 4.0
FORGET_S = 300.0
MAX_KEYS = 10_000  # remembered logins and addresses; the oldest go first past this


class LoginThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._failures: dict[str, tuple[int, float]] = {}  # key -> (failures in a row, last one)

    def delay(self, *keys: str) -> float:
        """Seconds the next attempt for any of `keys` waits before it is checked."""
        now, worst = self._clock(), 0
        for key in keys:
            count, last = self._failures.get(key, (0, 0.0))
            if count and now - last < FORGET_S:
                worst = max(worst, count)
        return 0.0 if worst < 2 else min(MAX_S, FIRST_S * 2 ** (worst - 2))

    def failed(self, *keys: str) -> None:
        now = self._clock()
        for key in keys:
            count, last = self._failures.pop(key, (0, 0.0))
            self._failures[key] = (count + 1 if now - last < FORGET_S else 1, now)
        while len(self._failures) > MAX_KEYS:
            del self._failures[next(iter(self._failures))]

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self._failures.pop(key, None)
