"""Issue 14, acting from a lamp: the lamp's context menu lists exactly what the PBX offers now for
my line and that user, and each item reaches the engine. Against the real simulator: my line is
oxe70021 (70021), the lamp is oxe70022's (70022), oxe70020 (70020) is the third party."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.words import user_name
from tests.ui.helpers import lamp, until
from tests.ui.live import Live, open_window

ME, THEM, OTHER = "oxe70021", "oxe70022", "oxe70020"
NO_CALL = type("NoCall", (), {"capabilities": frozenset()})()
# The pairing's rule (desktop/ui/lamp_actions.py): which of the capabilities the engine reports
# belong in the menu of their lamp.
TO_THEM = {"blindTransfer", "redirect"}  # on my calls without them: the call goes to them
WITH_THEM = {"transfer", "merge", "intrusion", "waitOnBusy", "callBack", "overflowToVoiceMail"}  # my calls with them
OF_THEIRS = {"pickedUp", "redirectToVoiceMail"}  # their calls I am not in


@pytest.fixture
def live(aloop):
    sim = Live(aloop)
    yield sim
    sim.close()


def run(aloop, predicate, timeout=6.0):
    aloop.run_until_complete(until(predicate, timeout))


def offered_by_engine(engine, me, them, with_them=()):
    """The menu's items as (capability, callRef), computed from what the engine reports now
    through its public queries. `with_them`: my calls they are in without the call being theirs
    (a busy line: the busy user hears nothing of it)."""
    mine, theirs = engine.calls_of(me), engine.calls_of(them)
    shared = set(mine) & set(theirs) | set(with_them)
    items = set()
    device = engine.directory.users[me].devices[0]
    if "makeCall" in engine.device_caps(me, device) and not shared:
        items.add(("makeCall", None))
    for ref in mine:
        call_caps, _ = engine.call_offers(me, ref)
        wanted = WITH_THEM if ref in shared else TO_THEM
        items |= {(cap, ref) for cap in call_caps if cap in wanted}
    for ref in theirs:
        if ref not in mine:
            call_caps, _ = engine.call_offers(them, ref)
            items |= {(cap, ref) for cap in call_caps if cap in OF_THEIRS}
    routing = engine.routing_of(them)
    items.add(("deactivateDnd" if routing.dnd else "activateDnd", None))
    my_number = engine.directory.users[me].number
    if routing.forward is None or routing.forward.destination != my_number:
        items.add(("forward", None))
    if routing.forward is not None:
        items.add(("cancelForward", None))
    items.add(("editRouting", None))
    return items


def finish(aloop, window, source):
    """Every command's reply in before the source stops: a reply landing after the window is
    gone would act on deleted widgets."""
    run(aloop, lambda: not window.calls._pending)
    aloop.run_until_complete(source.stop())


def lamp_center(window, login):
    presence = window.presence
    index = presence._index_of(login)
    presence.stack.currentWidget().scrollTo(index)
    view = presence.stack.currentWidget()
    return view, view.visualRect(index).center()


def open_menu(window, login=THEM):
    """A right click on their lamp, as the mouse gives it: the menu that opens."""
    window.calls.lamp_menu_shown = None
    view, at = lamp_center(window, login)
    event = QContextMenuEvent(QContextMenuEvent.Mouse, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    menu = window.calls.lamp_menu_shown
    assert menu is not None and menu.isVisible()
    return menu


def items(menu):
    return {tuple(a.data()) for a in menu.actions() if a.data() is not None}


def trigger(menu, capability):
    (action,) = [a for a in menu.actions() if a.data() is not None and a.data()[0] == capability]
    action.trigger()
    menu.close()


def talking(live, caller, callee):
    live.act(caller, "makeCall", callee=callee[3:])
    live.act(callee, "answer", live.ref_of(callee))


def test_idle_lines_offer_a_call_and_their_routing_and_calling_reaches_the_engine(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    run(aloop, lambda: window.session.model.users[THEM].routing is not None)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    assert ("makeCall", None) in items(menu) and not any(c in TO_THEM | WITH_THEM | OF_THEIRS for c, _ in items(menu))
    assert window.presence.current_login() == THEM  # the menu acts on the lamp it was opened on
    trigger(menu, "makeCall")
    run(aloop, lambda: live.engine.calls_of(THEM) and live.engine.leg_of(THEM, live.engine.calls_of(THEM)[0])[1] == "RINGING_INCOMING")
    assert live.engine.calls_of(ME) == live.engine.calls_of(THEM)  # the call is mine, to them
    # Now my call rings at theirs: no second call, but a call back or a message offered.
    (mine,) = live.engine.calls_of(ME)
    run(aloop, lambda: "overflowToVoiceMail" in window.session.model.users[ME].calls.get(mine, NO_CALL).capabilities)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    assert {("overflowToVoiceMail", mine), ("callBack", mine)} <= items(menu) and ("makeCall", None) not in items(menu)
    trigger(menu, "overflowToVoiceMail")
    run(aloop, lambda: not live.engine.calls_of(THEM))  # the voicemail took my call
    finish(aloop, window, source)


@pytest.mark.parametrize("choice", ["blindTransfer", "makeCall"])
def test_my_active_call_offers_a_transfer_to_them_blind_or_consulting(qtbot, aloop, live, choice):
    window, source = open_window(qtbot, aloop, live)
    talking(live, OTHER, ME)
    run(aloop, lambda: lamp(window, ME) == "talking")
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    (my_call,) = live.engine.calls_of(ME)
    assert {("blindTransfer", my_call), ("makeCall", None)} <= items(menu)
    texts = {a.data()[0]: a.text() for a in menu.actions() if a.data() is not None}
    assert "blind" in texts["blindTransfer"] and "Consult" in texts["makeCall"]
    trigger(menu, choice)
    run(aloop, lambda: bool(live.engine.calls_of(THEM)))
    (theirs,) = live.engine.calls_of(THEM)
    if choice == "blindTransfer":  # my caller now rings at theirs; my line is free
        run(aloop, lambda: not live.engine.calls_of(ME))
        assert theirs in live.engine.calls_of(OTHER)
    else:  # the consultation: my call held, a new one from me to them
        assert set(live.engine.calls_of(ME)) == {my_call, theirs}
        run(aloop, lambda: "transfer" in (window.session.model.users[ME].calls.get(theirs).capabilities
                                          if theirs in window.session.model.users[ME].calls else ()))
        menu = open_menu(window)  # now the consultation with them offers completing the transfer
        assert items(menu) == offered_by_engine(live.engine, ME, THEM)
        assert ("transfer", theirs) in items(menu)  # ringing still: a transfer, no conference yet
        trigger(menu, "transfer")  # my first caller and they talk; my line is free
        run(aloop, lambda: not live.engine.calls_of(ME))
        assert set(live.engine.calls_of(OTHER)) & set(live.engine.calls_of(THEM))
    finish(aloop, window, source)


def test_my_ringing_call_can_be_redirected_to_them(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    live.act(OTHER, "makeCall", callee="70021")
    run(aloop, lambda: lamp(window, ME) == "ringing")
    menu = open_menu(window)
    (ringing,) = live.engine.calls_of(ME)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    assert ("redirect", ringing) in items(menu)
    trigger(menu, "redirect")
    run(aloop, lambda: live.engine.calls_of(THEM) == [ringing])
    assert not live.engine.calls_of(ME)
    finish(aloop, window, source)


@pytest.mark.parametrize("choice", ["pickedUp", "redirectToVoiceMail"])
def test_their_ringing_call_can_be_picked_up_or_sent_to_voicemail(qtbot, aloop, live, choice):
    window, source = open_window(qtbot, aloop, live)
    live.act(OTHER, "makeCall", callee="70022")
    run(aloop, lambda: lamp(window, THEM) == "ringing")
    (ringing,) = live.engine.calls_of(THEM)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    assert {("pickedUp", ringing), ("redirectToVoiceMail", ringing)} <= items(menu)
    trigger(menu, choice)
    run(aloop, lambda: not live.engine.calls_of(THEM))
    if choice == "pickedUp":
        assert live.engine.calls_of(ME) == [ringing]
        assert live.engine.leg_of(ME, ringing)[1] == "ACTIVE"
    else:
        assert not live.engine.calls_of(ME) and live.engine.calls_of(OTHER) == [ringing]  # the voicemail took it
    finish(aloop, window, source)


def test_a_busy_line_offers_intrusion_camp_on_and_call_back_and_says_it_is_busy(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    talking(live, OTHER, THEM)
    run(aloop, lambda: lamp(window, THEM) == "talking")
    menu = open_menu(window)
    (call,) = [a for a in menu.actions() if a.data() is not None and a.data()[0] == "makeCall"]
    assert call.text().startswith("busy")  # where it lands, first: they are busy
    trigger(menu, "makeCall")
    run(aloop, lambda: len(live.engine.calls_of(ME)) == 1)
    (mine,) = live.engine.calls_of(ME)
    run(aloop, lambda: mine in window.session.model.users[ME].calls
        and "intrusion" in window.session.model.users[ME].calls[mine].capabilities)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM, with_them={mine})
    assert {("intrusion", mine), ("waitOnBusy", mine), ("callBack", mine)} <= items(menu)
    trigger(menu, "intrusion")
    (theirs,) = live.engine.calls_of(THEM)
    run(aloop, lambda: live.engine.calls_of(ME) == [theirs])  # I am in their call now
    finish(aloop, window, source)


def test_where_it_lands_is_said_first_when_they_are_forwarded(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    live.act(THEM, "forward", condition="IMMEDIATE", destination="70020")
    run(aloop, lambda: (window.session.model.users[THEM].routing or None) is not None
        and window.session.model.users[THEM].routing.forward is not None)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    (call,) = [a for a in menu.actions() if a.data() is not None and a.data()[0] == "makeCall"]
    assert call.text().startswith("→ forwarded to") and "70020" in call.text() and call.text().index("70020") < call.text().index("Call")
    assert "forwarded" in call.toolTip()
    trigger(menu, "cancelForward")
    run(aloop, lambda: live.engine.routing_of(THEM).forward is None)
    finish(aloop, window, source)


def test_their_dnd_and_forward_to_me_from_the_menu_reach_the_engine(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    run(aloop, lambda: window.session.model.users[THEM].routing is not None)
    trigger(open_menu(window), "activateDnd")
    run(aloop, lambda: live.engine.routing_of(THEM).dnd)
    run(aloop, lambda: window.session.model.users[THEM].routing.dnd)
    menu = open_menu(window)
    assert items(menu) == offered_by_engine(live.engine, ME, THEM)
    assert ("deactivateDnd", None) in items(menu) and ("activateDnd", None) not in items(menu)
    trigger(menu, "forward")
    run(aloop, lambda: live.engine.routing_of(THEM).forward is not None)
    assert live.engine.routing_of(THEM).forward.destination == "70021"
    trigger(open_menu(window), "editRouting")  # their routing editor, focused
    assert window.calls.selected == THEM
    editor = window.calls.routing_editors[THEM]
    assert window.focusWidget() in (editor.destination, editor.destination.lineEdit())
    finish(aloop, window, source)


@pytest.mark.parametrize("key, modifiers", [(Qt.Key_Menu, Qt.NoModifier), (Qt.Key_F10, Qt.ShiftModifier)])
def test_the_menu_key_opens_the_same_menu_on_the_focused_lamp_of_either_view(qtbot, aloop, live, key, modifiers):
    window, source = open_window(qtbot, aloop, live)
    live.act(OTHER, "makeCall", callee="70022")
    run(aloop, lambda: lamp(window, THEM) == "ringing")
    by_mouse = items(open_menu(window))
    window.calls.lamp_menu_shown.close()
    for list_view in (False, True):
        window.presence.toggle.setChecked(list_view)
        view = window.presence.stack.currentWidget()
        view.setFocus()
        assert window.presence.select(THEM)
        window.calls.lamp_menu_shown = None
        QTest.keyClick(view, key, modifiers)
        menu = window.calls.lamp_menu_shown
        assert menu is not None and items(menu) == by_mouse
        assert menu.accessibleName() == f"Actions on {user_name(window.session.model.users[THEM])}"
        menu.close()
    finish(aloop, window, source)


def test_the_list_view_right_click_opens_the_menu_and_nothing_is_offered_without_my_line(qtbot, aloop, live):
    window, source = open_window(qtbot, aloop, live)
    window.presence.toggle.setChecked(True)  # the list
    assert items(open_menu(window)) == offered_by_engine(live.engine, ME, THEM)
    window.set_my_line(None)
    menu = open_menu(window)
    actions = menu.actions()
    separator = next(i for i, a in enumerate(actions) if a.isSeparator())
    (only,) = actions[:separator]  # the PBX's part; the groups' items follow (test_groups.py)
    assert not only.isEnabled() and "my line" in only.text()
    assert all(a.isEnabled() for a in actions[separator + 1:])  # a group needs no line
    finish(aloop, window, source)


def test_help_lists_the_menu_key(window):
    (help_menu,) = [m.menu() for m in window.menuBar().actions() if m.text() == "&Help"]
    (action,) = [a for a in help_menu.actions() if "Keyboard" in a.text()]
    action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and "Menu key, Shift+F10, right click" in box.text()
