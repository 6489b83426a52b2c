"""The built-in demo never gets in the way of my line (issue 10, item 4): its scenarios take
nobody in a call, end only the calls they made, and its caller follows a changed my line."""

from desktop.simulator.demo import MyLineCaller, demo_traffic
from desktop.simulator.engine import Engine, seed_directory


def run(traffic, start, seconds, step=0.1, check=lambda: None):
    now = start
    while now < start + seconds:
        traffic.advance(now)
        check()
        now += step
    return now


def test_no_scenario_takes_a_user_in_a_call_with_my_line():
    engine = Engine(seed_directory(8))
    demo = demo_traffic(engine, "oxe70020", rate=4, speed=10, seed=2)
    generator = demo.makers[0]
    ref = engine.command("oxe70020", "makeCall", args={"callee": "71000"}).result["callRef"]
    engine.command("oxe71000", "answer", ref)

    def untouched():
        assert "oxe71000" not in generator.reserved()
        assert ref in engine.calls_of("oxe70020")

    run(demo, 0.0, 120.0, check=untouched)
    assert generator.started > 20  # the others kept the demo busy


def test_an_aborted_scenario_ends_only_the_calls_it_made():
    engine = Engine(seed_directory(8))
    demo = demo_traffic(engine, "oxe70020", rate=4, speed=1, seed=5)
    generator = demo.makers[0]
    now, ringing = 0.0, None
    while ringing is None:  # a scenario's callee ringing, waiting for its "answer" step
        demo.advance(now)
        now += 0.05
        ringing = next((l for l in sorted(generator.reserved()) if any(a == "answer" for a, _ in engine.offered(l))), None)
    (scenario_ref,) = engine.calls_of(ringing)
    caller = next(l for l in generator.reserved() if l != ringing and scenario_ref in engine.calls_of(l))
    engine.command(caller, "drop", scenario_ref)  # the scenario's call ends under it: its next step will be refused
    callee_number = engine.directory.users[ringing].number
    mine = engine.command("oxe70021", "makeCall", args={"callee": callee_number}).result["callRef"]  # a window calls them
    engine.command(ringing, "answer", mine)
    aborted = generator.aborted
    while generator.aborted == aborted:
        demo.advance(now)
        now += 0.05
        assert now < 200
    assert mine in engine.calls_of("oxe70021") and mine in engine.calls_of(ringing)


def test_the_demo_caller_rings_the_line_set_now():
    engine = Engine(seed_directory(6))
    caller = MyLineCaller(engine, "oxe70020", seed=1, first_after=1.0)
    caller.advance(0.0)
    caller.set_my_line("oxe70022")
    caller.advance(0.5)
    assert not engine.calls_of("oxe70022")
    caller.advance(2.0)
    assert engine.calls_of("oxe70022") and not engine.calls_of("oxe70020")
    assert caller.engaged() == {"oxe70022", next(l for l in engine.directory.generated_logins() if engine.calls_of(l))}
