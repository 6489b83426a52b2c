"""Rebuilding from a subscription snapshot gives the state that following every event gave.

This is what reconnection relies on (a client that lost its connection rebuilds its model from
the server's snapshot): checked with the production model against the simulated OXE, after
every command of random walks through the capabilities the engine offers."""

import random

import pytest

from desktop.model import Model
from desktop.model.snapshot import snapshot
from desktop.protocol.parse import parse_obj
from desktop.protocol.wire import Refused
from desktop.simulator.engine import Engine, seed_directory


def rebuilt(engine: Engine) -> Model:
    model = Model()
    for login in engine.directory.users:
        for event in engine.snapshot(login):
            model.apply(parse_obj(event))
    return model


def comparable(model: Model) -> dict:
    # Presence is left out: a user that never had a call has none until the first snapshot.
    users = snapshot(model, 0, {})["users"]
    return {u["login"]: u["calls"] for u in users}


@pytest.mark.parametrize("seed", range(8))
def test_live_state_equals_the_state_rebuilt_from_a_snapshot(seed):
    rng = random.Random(seed)
    engine = Engine(seed_directory(2))
    live = rebuilt(engine)  # a client that subscribed at the start
    logins = list(engine.directory.users)
    numbers = [u.number for u in engine.directory.users.values()] + ["887"]
    for step in range(200):
        login = rng.choice(logins)
        offered = engine.offered(login)
        if not offered:
            continue
        action, ref = rng.choice(offered)
        args = {"callee": rng.choice(numbers), "transferTo": rng.choice(numbers),
                "redirectTo": rng.choice(numbers), "digits": "1"}
        try:
            result = engine.command(login, action, ref, args=args)
        except Refused:
            continue
        for event in result.events:
            delta = live.apply(parse_obj(event))
            assert not delta.gap, event
        assert comparable(live) == comparable(rebuilt(engine)), f"step {step}: {login} {action}"
    for user in live.users.values():
        assert user.presence in ("FREE", "BUSY")
