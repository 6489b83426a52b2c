"""The traffic generator is deterministic and leaves nothing behind; the CLI's registration behaves."""

from __future__ import annotations

import argparse

from desktop.cli.simulator import register
from desktop.simulator.engine import Engine, load_directory, seed_directory
from desktop.simulator.traffic import TrafficGenerator


def generate(seed: int, tick: float, seconds: float = 20.0) -> tuple[list[tuple], TrafficGenerator, Engine]:
    engine = Engine(seed_directory(60))
    generator = TrafficGenerator(engine, rate=5, speed=10, seed=seed)
    trace, now = [], 0.0
    while now < seconds or generator.active:
        if now >= seconds:
            generator.stop()
        trace.extend((e["id"], e["eventId"], e["name"], e.get("callRef"), e.get("cause")) for e in generator.advance(now))
        now += tick
    return trace, generator, engine


def test_same_seed_same_traffic_whatever_the_tick() -> None:
    fine, generator, engine = generate(3, 0.01)
    coarse, _, _ = generate(3, 0.37)
    assert fine == coarse and len(fine) > 500
    assert generate(4, 0.01)[0] != fine
    assert engine.is_idle() and generator.started == generator.completed > 50
    assert {login for login, *_ in fine} <= set(engine.directory.generated_logins())


def test_too_few_users_skips_scenarios_instead_of_colliding() -> None:
    engine = Engine(seed_directory(4))
    generator = TrafficGenerator(engine, rate=50, speed=1, seed=1)
    generator.advance(0.0)
    generator.advance(2.0)
    assert generator.skipped > 0 and generator.aborted == 0




def test_cli_registers_both_subcommands() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    sim = parser.parse_args(["simulator", "--rate", "100", "--users", "2000", "--speed", "5", "--seed", "9", "--port", "0"])
    assert (sim.rate, sim.users, sim.speed, sim.seed, sim.port) == (100.0, 2000, 5.0, 9, 0)
    assert sim.handler.__name__ == "run_simulator"
    serve = parser.parse_args(["serve", "trace.jsonl", "--speed", "2", "--loop"])
    assert (serve.trace, serve.speed, serve.loop, serve.handler.__name__) == ("trace.jsonl", 2.0, True, "run_serve")
    assert serve.handler(parser.parse_args(["serve", "/no/such/trace.jsonl"])) == 2


def test_demo_routing_changes_set_forwards_and_dnd_that_calls_follow() -> None:
    from desktop.protocol.routing import Routing
    from desktop.simulator.demo import RoutingChanges
    from desktop.simulator.engine import Engine, seed_directory

    engine = Engine(seed_directory(40))
    changes = RoutingChanges(engine, seed=3)
    first = changes.advance(0.0)
    routed = {e["id"] for e in first}
    assert all(e["name"] == "RTSM_ROUTING_STATE_MODIFIED" for e in first) and len(routed) == 6
    assert not routed & {"oxe70020", "oxe70021", "oxe70022"}  # the presenter's users stay as they are
    states = [engine.routing_of(login) for login in routed]
    assert any(s.dnd for s in states) and any(s.forward or s.overflow for s in states)
    assert changes.advance(1.0) == []  # nothing due yet
    later = changes.advance(100.0)
    assert [e["name"] for e in later] == ["RTSM_ROUTING_STATE_MODIFIED"]
    # A call to a colleague the demo set to DND gets busy.
    dnd = next(login for login in routed if engine.routing_of(login) == Routing(dnd=True))
    assert engine.landing(dnd, "oxe70020") == ("busy", dnd)
