"""Issue 14's waiting-calls queue, used as a receptionist would: the real window against the real
simulator, clicks at the buttons' positions."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.model.waiting import HELD_CALLS, RINGING_CALLS
from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import wall_clock_ms
from desktop.ui.models import queue_model
from desktop.ui.models.queue_model import CALLED, CALLER, NEXT, PICK_UP, VOICEMAIL, WAITED, GoneRole, OverdueRole
from tests.ui.helpers import counted_scans, lamp, pause, until
from tests.ui.live import Live, open_window, record_commands

ME = "oxe70020"


@pytest.fixture
def live(aloop):
    sim = Live(aloop, Engine(seed_directory(16), clock=wall_clock_ms))
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def ring(live, aloop, pairs):
    """Each caller dials its callee, a little apart: the refs in the order they started."""
    refs = []
    for a, b in pairs:
        refs.append(live.act(f"oxe{a}", "makeCall", callee=str(b))["callRef"])
        pause(aloop, 0.02)
    return refs


def settled(aloop, model, row):
    run(aloop, lambda: model.settled(row), timeout=2.0)


def click_cell(qtbot, view, call_ref, column):
    model = view.model()
    row = model.row_of(call_ref)
    index = model.index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())


def away(qtbot, window, view):
    """The pointer leaves the queue (onto the status bar)."""
    QTest.mouseMove(window.statusBar(), QPoint(5, 5))
    qtbot.waitUntil(lambda: not view.pointer_over(), timeout=2000)


FIVE = [(71000 + i, 71005 + i) for i in range(5)]


def test_five_ringing_calls_in_the_order_they_started_and_one_picked_up_to_my_line(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    queue = window.queue
    model, view = queue.ringing, queue.ringing_view
    refs = ring(live, aloop, FIVE)
    run(aloop, lambda: model.live_count() == 5)
    assert [w.call_ref for w in model.waits()] == refs
    assert [(w.kind, w.login, w.party.login) for w in model.waits()] == [(RINGING_CALLS, f"oxe{b}", f"oxe{a}") for a, b in FIVE]
    first = model.index(0, 0)
    assert "71000" in first.siblingAtColumn(CALLER).data() and "71005" in first.siblingAtColumn(CALLED).data()
    assert first.siblingAtColumn(NEXT).data() == "rings on"
    assert ":" in first.siblingAtColumn(WAITED).data()  # m:ss, live
    assert queue.tabs.tabText(0) == "Ringing (5)"
    sent = record_commands(source)
    settled(aloop, model, 2)
    click_cell(qtbot, view, refs[2], PICK_UP)
    run(aloop, lambda: lamp(window, ME) == "talking")
    assert sent == [(ME, "pickedUp", refs[2])]
    assert live.engine.calls_of(ME) == [refs[2]]  # the PBX has my line in that call now
    assert not live.engine.calls_of("oxe71007")  # and it no longer rings where it did
    run(aloop, lambda: model.live_count() == 4)
    away(qtbot, window, view)
    queue._tick()
    assert [w.call_ref for w in model.waits()] == refs[:2] + refs[3:]
    aloop.run_until_complete(source.stop())


def test_voicemail_is_sent_for_the_ringing_user_and_pickup_needs_my_line(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model, view = window.queue.ringing, window.queue.ringing_view
    (ref,) = ring(live, aloop, [(71001, 71002)])  # 71002 has a mailbox (seed_directory: index % 3 != 0)
    run(aloop, lambda: model.live_count() == 1)
    window.set_my_line(None)
    why = model.index(0, PICK_UP).data(Qt.ToolTipRole)
    assert "set my line first" in why and not model.index(0, PICK_UP).data(queue_model.EnabledRole)
    sent = record_commands(source)
    settled(aloop, model, 0)
    click_cell(qtbot, view, ref, PICK_UP)  # disabled: nothing is sent, the status bar says why
    pause(aloop, 0.1)
    assert sent == [] and "set my line first" in window.statusBar().currentMessage()
    assert model.index(0, VOICEMAIL).data(queue_model.EnabledRole)
    click_cell(qtbot, view, ref, VOICEMAIL)
    run(aloop, lambda: model.live_count() == 0)
    assert sent == [("oxe71002", "redirectToVoiceMail", ref)]
    assert not live.engine.calls_of("oxe71002")
    aloop.run_until_complete(source.stop())


def test_a_call_ringing_past_the_threshold_is_marked_not_only_coloured(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    queue = window.queue
    queue.set_thresholds({"queue/ringingAlertS": 1})
    model = queue.ringing
    ring(live, aloop, [(71000, 71001)])
    run(aloop, lambda: model.live_count() == 1)
    index = model.index(0, WAITED)
    assert not index.data(OverdueRole) and not index.data().startswith("⚠")
    pause(aloop, 1.1)
    queue._tick()
    assert index.data(OverdueRole) and index.data().startswith("⚠")
    assert index.data(Qt.BackgroundRole) is not None and index.data(Qt.FontRole).bold()
    assert "longer than 1 s" in model.index(0, CALLER).data(Qt.AccessibleTextRole)
    said = [t for t in window.announcer.said if "longer than 1 s" in t]
    assert len(said) == 1 and "71000" in said[0]  # announced to a screen reader, once
    queue._tick()
    assert len([t for t in window.announcer.said if "longer than 1 s" in t]) == 1
    assert queue.tabs.tabText(0).endswith("⚠")
    aloop.run_until_complete(source.stop())


def test_a_held_call_is_in_the_held_section_highlighted_after_its_threshold(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    queue = window.queue
    queue.set_thresholds({"queue/heldAlertS": 1})
    (ref,) = ring(live, aloop, [(71010, 71011)])
    live.act("oxe71011", "answer", ref)
    live.act("oxe71010", "hold", ref)
    run(aloop, lambda: queue.held.live_count() == 1)
    (wait,) = queue.held.waits()
    assert (wait.kind, wait.login, wait.party.login) == (HELD_CALLS, "oxe71010", "oxe71011")  # held by the one who can retrieve
    assert queue.ringing.live_count() == 0 and queue.tabs.tabText(1) == "On hold (1)"
    spoken = queue.held.index(0, CALLER).data(Qt.AccessibleTextRole)
    assert "71011" in spoken and " held by " in spoken and "71010" in spoken.split(" held by ")[1]
    pause(aloop, 1.1)
    queue._tick()
    assert queue.held.index(0, WAITED).data(OverdueRole) and queue.tabs.tabText(1) == "On hold (1) ⚠"
    # Selecting the row shows the holder's call, whose card offers Retrieve.
    queue.tabs.setCurrentIndex(1)
    qtbot.waitUntil(queue.held_view.isVisible, timeout=2000)
    qtbot.mouseClick(queue.held_view.viewport(), Qt.LeftButton, pos=queue.held_view.visualRect(queue.held.index(0, CALLER)).center())
    assert window.calls.selected == "oxe71010"
    aloop.run_until_complete(source.stop())


def test_rows_stay_put_while_the_pointer_is_over_the_queue(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model, view = window.queue.ringing, window.queue.ringing_view
    refs = ring(live, aloop, FIVE[:3])
    run(aloop, lambda: model.live_count() == 3)
    QTest.mouseMove(view.viewport(), view.visualRect(model.index(2, CALLER)).center())
    qtbot.waitUntil(view.pointer_over, timeout=2000)
    live.act("oxe71005", "answer", refs[0])  # the top row's call is answered elsewhere
    (late,) = ring(live, aloop, [(71003, 71008)])
    run(aloop, lambda: model.live_count() == 3 and len(model.waits()) == 4)
    # Nothing moved: the answered call is greyed where it was, the new one came in below.
    assert [w.call_ref for w in model.waits()] == refs + [late]
    assert model.index(0, WAITED).data(GoneRole) and model.index(0, WAITED).data() == "ended"
    assert not model.index(0, PICK_UP).data(queue_model.EnabledRole)
    away(qtbot, window, view)
    window.queue._tick()
    assert [w.call_ref for w in model.waits()] == refs[1:] + [late]
    # The rows moved up: a click now is not meant for what is under the pointer.
    assert not model.settled(0)
    aloop.run_until_complete(source.stop())


def test_stale_state_disables_the_buttons_and_says_so(qtbot, aloop, live):
    from desktop.ui.links import PBX

    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model = window.queue.ringing
    ring(live, aloop, [(71000, 71001)])
    run(aloop, lambda: model.live_count() == 1)
    assert model.index(0, PICK_UP).data(queue_model.EnabledRole)
    window.set_link_state(PBX, False)
    assert not model.index(0, PICK_UP).data(queue_model.EnabledRole)
    assert "not available" in model.index(0, PICK_UP).data(Qt.ToolTipRole)
    assert "last known at" in model.index(0, CALLER).data(Qt.AccessibleTextRole)
    frozen = model.index(0, WAITED).data()
    pause(aloop, 1.1)
    window.queue._tick()
    assert model.index(0, WAITED).data() == frozen  # the clock stands while not live
    aloop.run_until_complete(source.stop())


def test_a_row_dragged_onto_a_lamp_redirects_the_call_there(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model, view = window.queue.ringing, window.queue.ringing_view
    (ref,) = ring(live, aloop, [(71000, 71001)])
    run(aloop, lambda: model.live_count() == 1)
    mime = view.mime_for(0)  # what the row's drag carries: the calls panel's call format
    users, proxy = window.session.users, window.presence.proxy
    lamp_at = proxy.mapFromSource(users.index(users.row_of("oxe71009"), 0))
    # What Qt's drop path asks the lamps while hovering, then on release.
    assert proxy.canDropMimeData(mime, Qt.MoveAction, -1, -1, lamp_at)
    assert proxy.dropMimeData(mime, Qt.MoveAction, -1, -1, lamp_at)
    run(aloop, lambda: lamp(window, "oxe71009") == "ringing")
    assert live.engine.calls_of("oxe71009") == [ref] and not live.engine.calls_of("oxe71001")
    aloop.run_until_complete(source.stop())


def test_enter_on_a_waiting_call_picks_it_up(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model, view = window.queue.ringing, window.queue.ringing_view
    refs = ring(live, aloop, FIVE[:2])
    run(aloop, lambda: model.live_count() == 2)
    view.setFocus()
    view.setCurrentIndex(model.index(1, CALLER))
    QTest.keyClick(view, Qt.Key_Return)
    run(aloop, lambda: live.engine.calls_of(ME) == [refs[1]])
    aloop.run_until_complete(source.stop())


def test_another_source_leaves_nothing_of_the_old_queue(qtbot, aloop, live):
    from tests.ui.conftest import FakeSource

    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model = window.queue.ringing
    ring(live, aloop, FIVE[:2])
    run(aloop, lambda: model.live_count() == 2)
    aloop.run_until_complete(source.stop())
    window.use_source(FakeSource())
    window.session.flush()
    assert model.live_count() == 0 and window.queue.tabs.tabText(0) == "Ringing (0)"


def test_in_the_slim_column_of_the_dense_views_pick_up_is_in_view_beside_the_caller(qtbot, aloop, live):
    from desktop.ui.widgets.lamp_grid import COMPACT

    window, source = open_window(qtbot, aloop, live, my_line=ME)
    model, view = window.queue.ringing, window.queue.ringing_view
    (ref,) = ring(live, aloop, [(71000, 71001)])
    run(aloop, lambda: model.live_count() == 1)
    window.density_actions[COMPACT].trigger()
    run(aloop, lambda: view.width() < 300)
    area = view.viewport().rect()
    for column in (WAITED, CALLER, PICK_UP):  # no sideways scrolling needed to see who and to pick up
        assert area.contains(view.visualRect(model.index(0, column))), column
    settled(aloop, model, 0)
    click_cell(qtbot, view, ref, PICK_UP)
    run(aloop, lambda: live.engine.calls_of(ME) == [ref])
    aloop.run_until_complete(source.stop())


def test_view_menu_hides_the_queue_and_it_is_remembered(qtbot):
    from desktop.ui.main_window import MainWindow
    from tests.ui.conftest import Asker

    window = MainWindow(my_line=ME, asker=Asker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.queue.isVisible() and window.queue_action.isChecked()
    window.queue_action.trigger()
    assert not window.queue.isVisible()
    window.close()
    again = MainWindow(my_line=ME, asker=Asker())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.queue.isVisible() and not again.queue_action.isChecked()


def test_the_queue_follows_a_burst_of_frames_at_most_five_times_a_second_and_misses_none(qtbot, aloop, live):
    from desktop.ui.panels.queue_panel import QUEUE_FRAME_MS

    window, source = open_window(qtbot, aloop, live, my_line=ME)
    panel, model = window.queue, window.queue.ringing
    scans = counted_scans(panel)
    pause(aloop, QUEUE_FRAME_MS / 1000 + 0.05)  # quiet: the next frame is followed at once
    scans.clear()
    (ref,) = ring(live, aloop, [(71000, 71001)])  # the call's own frames, then 30 more in 0.3 s
    for _ in range(30):
        window.session.refreshed.emit(frozenset({"oxe71003"}))
        pause(aloop, 0.01)
    run(aloop, lambda: model.live_count() == 1)  # the ringing call is there, late at most 0.2 s
    pause(aloop, QUEUE_FRAME_MS / 1000 + 0.05)
    assert 1 <= len(scans) <= 4, len(scans)  # not one rescan per frame
    assert any(s is not None and "oxe71003" in s for s in scans)  # every frame's users looked at


def test_the_queue_lets_the_old_model_go_when_the_source_changes(qtbot, aloop, live):
    # Held by the queue until its next update, a reconnection's old model (10,000 users and
    # their calls in the benchmark) lived on beside the new hello: the window's peak memory.
    import gc
    import weakref

    from desktop.sources.replay import ReplaySource
    from tests.conftest import scenario_lines

    window, source = open_window(qtbot, aloop, live, my_line=ME)
    ring(live, aloop, FIVE[:2])
    run(aloop, lambda: window.queue.ringing.live_count() == 2)
    old = weakref.ref(window.session.model)
    gc.disable()
    try:
        window.use_source(ReplaySource(scenario_lines(1), "flow 1"))
        assert old() is None  # freed at the switch, before any frame or collection
    finally:
        gc.enable()
