"""The SVG icon set renders offscreen, the capability table names it, unknown buttons stay text."""

from PySide6.QtGui import QIcon

from desktop import resources
from desktop.model.state import Call, User
from desktop.protocol.events import Leg
from desktop.ui.capabilities import CAPABILITIES
from desktop.ui.widgets.call_card import CallCard
from desktop.ui.widgets.icons import APP, icon

FREQUENT = {
    "answer", "drop", "hold", "retrieve", "transfer", "blindTransfer", "merge", "redirect",
    "redirectToVoiceMail", "makeCall", "terminate", "startRecord", "stopRecord",
}


def painted_pixels(qicon: QIcon, size: int = 24) -> int:
    pixmap = qicon.pixmap(size, size)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    return sum(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))


def test_every_icon_the_table_names_exists_and_renders():
    named = {c.icon for c in CAPABILITIES.values() if c.icon}
    assert {n for n, c in CAPABILITIES.items() if c.icon} >= FREQUENT
    for name in named | {APP}:
        assert resources.icon_path(name).is_file(), name
        assert painted_pixels(QIcon(str(resources.icon_path(name)))) > 20, name  # drawn, not blank


def test_no_stray_icon_files():
    files = {p.stem for p in (resources.root() / "icons").glob("*.svg")}
    assert files == {c.icon for c in CAPABILITIES.values() if c.icon} | {APP}


def test_buttons_carry_the_icon_and_unknown_ones_stay_plain(qtbot):
    call = Call("c1", state="ACTIVE", capabilities=frozenset({"teleport", "terminate"}))
    call.legs["70020"] = Leg("70020", "ACTIVE", frozenset({"hold"}))
    card = CallCard(User("oxe70020"), call, lambda *a: None)
    qtbot.addWidget(card)
    assert not card.buttons["hold"].icon().isNull() and not card.buttons["terminate"].icon().isNull()
    assert card.buttons["teleport"].icon().isNull() and card.buttons["teleport"].text() == "teleport"
    assert icon("no-such-icon").isNull() and icon(None).isNull()


def test_window_icon_is_the_app_icon(window):
    assert not window.windowIcon().isNull()
    assert painted_pixels(window.windowIcon(), 32) > 200
