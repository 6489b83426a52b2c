import asyncio

import orjson

from desktop.ui.models.users_model import LineStateRole
from tests.conftest import scenario_lines


def lamp(window, login):
    users = window.session.users
    row = users.row_of(login)
    return None if row is None else users.index(row, 0).data(LineStateRole)


def cards_of(window, login):
    return [c for c in window.calls.cards if c.login == login]


def buttons_of(window, login):
    return {name for c in cards_of(window, login) for name in c.buttons}


def feed(window, flow, upto):
    """The first `upto` events of seed flow `flow`, applied in one frame."""
    window.session.events(scenario_lines(flow)[:upto])
    window.session.flush()


def goto(window, source, position):
    source.seek(position)
    window.session.flush()


async def until(predicate, timeout=6.0):
    """Let the qasync loop run until `predicate()` holds; fails after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        assert loop.time() < end, "timed out"
        await asyncio.sleep(0.01)


def settle(aloop, window):
    """Wait until the calls panel's buttons have stood still long enough for a click to count
    (a click right after they change is ignored: it was aimed at what was there before)."""
    aloop.run_until_complete(until(window.calls.settled, timeout=2.0))


def click(widget, pos=None):
    """A left click at `pos` (the middle by default) of `widget`: the press and release the mouse
    gives, delivered to the widget there and then (nothing else of Qt's event queue runs, so no
    asyncio task is woken outside the loop; see the aloop fixture)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    at = QPointF(pos if pos is not None else widget.rect().center())
    where = QPointF(widget.mapToGlobal(at.toPoint()))
    for kind, buttons in ((QEvent.MouseButtonPress, Qt.LeftButton), (QEvent.MouseButtonRelease, Qt.NoButton)):
        QApplication.sendEvent(widget, QMouseEvent(kind, at, where, Qt.LeftButton, buttons, Qt.NoModifier))


def click_at(button):
    """A left click in the middle of `button`, as the mouse gives it."""
    click(button)


def press(aloop, window, button):
    """What a user does: the buttons settle on screen, then a click on the one meant."""
    settle(aloop, window)
    click_at(button)


def pause(aloop, seconds):
    """Let `seconds` pass with the asyncio loop running (qtbot.wait would run Qt's events with
    no running asyncio loop, and a source's task woken then fails)."""
    aloop.run_until_complete(asyncio.sleep(seconds))


def fresh_copies(flow: int, copies: int) -> list[bytes]:
    """Flow `flow` played by `copies` disjoint trios of users, interleaved like live traffic."""
    base = [orjson.loads(l) for l in scenario_lines(flow)]
    out = []
    for k in range(copies):
        text = orjson.dumps(base).decode()
        for n in ("70020", "70021", "70022"):
            text = text.replace(n, f"{n}{k:05d}")
        text = text.replace('0100"', f'{k:05d}"')
        out.append([orjson.dumps(o) for o in orjson.loads(text)])
    return [line for step in zip(*out) for line in step]


def counted_scans(queue) -> list:
    """The dirty sets of the queue's rescans from now on (None: everyone), one per rescan."""
    scans = []
    real = queue.tracker.update
    queue.tracker.update = lambda *a: scans.append(a[2]) or real(*a)
    return scans
