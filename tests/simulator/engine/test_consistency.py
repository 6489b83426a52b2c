"""Random walks through the commands the engine offers: every view stays consistent with the
engine's snapshot, refused commands change nothing, and everything can be hung up."""

from __future__ import annotations

import random

import pytest

from desktop.protocol.wire import Refused

from .harness import Harness


def _random_args(rng: random.Random, numbers: list[str]) -> dict:
    return {
        "callee": rng.choice(numbers),
        "transferTo": rng.choice(numbers),
        "redirectTo": rng.choice(numbers),
        "digits": "12#",
    }


def drain(h: Harness) -> None:
    """Hang everything up through offered commands only."""
    for _ in range(200):
        if h.engine.is_idle():
            return
        for login in h.engine.directory.users:
            offered = h.engine.offered(login)
            for wanted in ("drop", "terminate", "answer"):
                choice = next(((a, r) for a, r in offered if a == wanted and r), None)
                if choice:
                    h(login, choice[0], choice[1])
                    break
    raise AssertionError(f"calls left: {sorted(h.engine.calls)}")


@pytest.mark.parametrize("seed", range(20))
def test_random_offered_commands_keep_every_view_consistent(seed: int) -> None:
    rng = random.Random(seed)
    h = Harness(generated=2)
    logins = list(h.engine.directory.users)
    numbers = [u.number for u in h.engine.directory.users.values()] + ["887"]
    for _ in range(250):
        login = rng.choice(logins)
        offered = h.engine.offered(login)
        ringing = [ref for ref in h.engine.calls if ref not in h.engine.calls_of(login)]
        if ringing and rng.random() < 0.05:
            offered.append(("pickedUp", rng.choice(ringing)))
        if not offered:
            continue
        action, ref = rng.choice(offered)
        before = {user: h.engine.snapshot(user) for user in logins}
        try:
            h(login, action, ref, **_random_args(rng, numbers))
        except Refused:
            assert {user: h.engine.snapshot(user) for user in logins} == before
    drain(h)
    assert all(h.view.state.get(login, "FREE") == "FREE" for login in logins)
