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
from desktop.simulator.engine import ROUTING_ACTIONS, Engine, seed_directory


def rebuilt(engine: Engine) -> Model:
    model = Model()
    for login in engine.directory.users:
        for event in engine.snapshot(login):
            model.apply(parse_obj(event))
    return model


def comparable(model: Model) -> dict:
    # Presence is left out: a user that never had a call has none until the first snapshot.
    users = snapshot(model, 0, {})["users"]
    return {u["login"]: (u["calls"], u["routing"]) for u in users}


def routing_command(rng: random.Random, numbers: list[str]) -> tuple[str, dict]:
    """One of the six routing actions with random (sometimes refused) args."""
    action = rng.choice(sorted(ROUTING_ACTIONS))
    conditions = ["IMMEDIATE", "BUSY", "NO_ANSWER", "BUSY_NO_ANSWER"]
    return action, {"condition": rng.choice(conditions), "destination": rng.choice(numbers + ["VOICEMAIL"])}


@pytest.mark.parametrize("seed", range(8))
def test_live_state_equals_the_state_rebuilt_from_a_snapshot(seed):
    assert "RTSM_ROUTING_STATE_MODIFIED" in walk(seed)


def walk(seed: int) -> set[str]:
    """A random walk checked after every step; the event names and causes it went through."""
    rng = random.Random(seed)
    engine = Engine(seed_directory(2))
    live = rebuilt(engine)  # a client that subscribed at the start
    logins = list(engine.directory.users)
    numbers = [u.number for u in engine.directory.users.values()] + ["887"]
    heard: set[str] = set()  # event names and causes the walk went through
    for step in range(300):
        login = rng.choice(logins)
        offered = engine.offered(login)
        roll = rng.random()
        try:
            if roll < 0.2:
                # Routing changes between calls, so that calls follow forwards, DND and overflows.
                action, args = routing_command(rng, numbers)
                result = engine.command(login, action, args=args)
                events = result.events
            elif roll < 0.25 and engine.calls:
                # The ringing timer of some call expires (no-answer forwards act).
                action = "no_answer"
                events = engine.no_answer(rng.choice(sorted(engine.calls)))
            else:
                if not offered:
                    continue
                action, ref = rng.choice(offered)
                args = {"callee": rng.choice(numbers), "transferTo": rng.choice(numbers),
                        "redirectTo": rng.choice(numbers), "digits": "1"}
                events = engine.command(login, action, ref, args=args).events
        except Refused:
            continue
        for event in events:
            heard.update((event["name"], event.get("cause")))
            delta = live.apply(parse_obj(event))
            assert not delta.gap, event
        assert comparable(live) == comparable(rebuilt(engine)), f"step {step}: {login} {action}"
    for user in live.users.values():
        assert user.presence in ("FREE", "BUSY")
    return heard


def test_the_walks_go_through_forwards_of_every_kind():
    heard = set().union(*(walk(seed) for seed in range(8)))
    assert {"FORWARDED", "REDIRECTED", "BUSY", "NOT_ANSWERED"} <= heard, heard
