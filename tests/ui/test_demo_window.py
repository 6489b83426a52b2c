"""The built-in simulator's demo never cuts my calls and follows a changed my line (issue 10,
item 4): the real window on the real embedded simulator, busy demo traffic running."""

import time

from desktop.sources.embedded import EmbeddedSimulator
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import Asker
from tests.ui.helpers import cards_of, lamp, pause, press, until


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def test_demo_traffic_leaves_my_call_alone_and_rings_the_new_line(qtbot, aloop):
    window = MainWindow(my_line="oxe70021", asker=Asker())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    sim = EmbeddedSimulator(my_line="oxe70021", users=14, rate=1.5, speed=20.0, seed=4)
    window.use_source(sim)
    aloop.run_until_complete(sim.start())
    try:
        # the demo's caller rings my line; I answer with a click
        engine = sim.engine
        run(aloop, lambda: any("answer" in c.buttons for c in cards_of(window, "oxe70021")), timeout=10)
        (card,) = cards_of(window, "oxe70021")
        ref = card.call.call_ref
        (callee,) = [l for l in engine.directory.generated_logins() if ref in engine.calls_of(l)]  # the caller, in fact
        press(aloop, window, card.buttons["answer"])
        run(aloop, lambda: lamp(window, "oxe70021") == "talking")
        started = sim.traffic.makers[0].started
        end = time.monotonic() + 5
        while time.monotonic() < end:  # busy demo traffic all around
            pause(aloop, 0.25)
            assert ref in engine.calls_of("oxe70021") and ref in engine.calls_of(callee)
        assert sim.traffic.makers[0].started >= started + 2  # scenarios ran meanwhile
        assert [c.call.call_ref for c in cards_of(window, "oxe70021")] == [ref]

        # Line > My line = selected user: the demo now rings oxe70022, not oxe70021
        window.presence.select("oxe70022")
        (action,) = [a for m in window.menuBar().actions() if m.text() == "&Line" for a in m.menu().actions() if "selected" in a.text()]
        action.trigger()
        assert window.calls.my_line == "oxe70022"
        # within the demo caller's first delay (4 s), plus a second per try while every
        # generated user is busy; a loaded machine's event loop runs late, hence the margin
        run(aloop, lambda: lamp(window, "oxe70022") == "ringing", timeout=20)
        assert ref in sim.engine.calls_of("oxe70021")
    finally:
        aloop.run_until_complete(sim.stop())
