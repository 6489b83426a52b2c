"""A call card: a button for every capability offered (unknown ones too), wrapping when narrow."""

from PySide6.QtWidgets import QApplication

from desktop.model.state import Call, User
from desktop.protocol.events import Leg
from desktop.ui.capabilities import CAPABILITIES, spec
from desktop.ui.widgets.call_card import CallCard


def test_unknown_capability_gets_a_plain_button_named_after_it(qtbot):
    assert spec("teleport").label == "teleport" and not spec("teleport").known
    assert spec("answer").label == "Answer" and spec("answer").shortcut
    call = Call("c1", state="ACTIVE", capabilities=frozenset({"teleport", "terminate"}))
    call.legs["70020"] = Leg("70020", "ACTIVE", frozenset({"hold", "sparkle"}))
    card = CallCard(User("oxe70020"), call, lambda *a: None)
    qtbot.addWidget(card)
    assert set(card.buttons) == {"teleport", "terminate", "hold", "sparkle"}  # none hidden, none invented
    assert card.buttons["teleport"].text() == "teleport"
    assert card.buttons["hold"].text() == CAPABILITIES["hold"].label
    assert list(card.buttons)[-2:] == ["sparkle", "teleport"]  # unknown ones last, alphabetically


def test_buttons_wrap_instead_of_being_clipped_in_a_narrow_panel(qtbot):
    call = Call("c1", state="ACTIVE", capabilities=frozenset({"transfer", "merge", "blindTransfer", "terminate", "startRecord"}))
    call.legs["70020"] = Leg("70020", "ACTIVE", frozenset({"drop", "hold", "sendDtmf"}))
    card = CallCard(User("oxe70020"), call, lambda *a: None)
    qtbot.addWidget(card)
    width = 320
    card.resize(width, card.heightForWidth(width))
    card.show()
    QApplication.processEvents()
    boxes = [b.geometry() for b in card.buttons.values()]
    assert len({r.top() for r in boxes}) >= 2  # more than one line of buttons
    for r in boxes:
        assert r.right() < width and r.bottom() < card.height()  # every offered button fully shown
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
