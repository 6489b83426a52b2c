import asyncio
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from desktop.protocol.wire import NOT_CAPABLE, Refused
from desktop.sources.base import Source
from desktop.sources.replay import ReplaySource
from desktop.ui.main_window import MainWindow
from tests.conftest import SETTINGS, isolate_qt_settings, scenario_lines


TRANSLATIONS_CACHE = SETTINGS / "translations"  # .qm compiled for the run, never the user's cache


@pytest.fixture(autouse=True)
def application(qapp):
    """Every test here has the QApplication: icons, pixmaps and widgets abort the process
    without one, which a test run alone (not after another that made it) would otherwise show.
    It speaks English as the window does (its plural forms: "1 user", "3 users")."""
    from desktop.ui import i18n

    if i18n.current != "en":
        i18n.install(qapp, "en", TRANSLATIONS_CACHE)
    return qapp


@pytest.fixture(autouse=True)
def collected_after(qapp):
    """A test's windows and loops, once closed, are garbage collected here, between tests.
    Left to the collector's own timing, a later test died now and then with a segmentation
    fault in QTimerInfoList::activateTimers (Qt firing a timer of a freed object), after a test
    that transferred a call with a colleague's lamp selected; with the collector off, or with
    this collection between tests, never (tests/ui/test_lamp_menu.py, 5 runs in file order
    each). A closed MainWindow is not deleted: it and its widgets sit in reference cycles (seen
    with gc.DEBUG_SAVEALL after such a test: the window, its session, cards, 12 QTimers), its
    timers still firing, until the collector frees it, which it can do from inside one of
    those timers' own callbacks."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    import desktop.ui.session as ui_session

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.unfreeze()  # a session's reset freezes everything until its state settles, rarely reached here
    gc.set_threshold(*ui_session._GC_THRESHOLDS)  # (and slows the collector's pace meanwhile)
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Each test starts with no settings (last source, my line, layout) of any other."""
    isolate_qt_settings(tmp_path / "settings")
    yield
    isolate_qt_settings(SETTINGS)


def _test_loop(qapp):
    import qasync

    class TestLoop(qasync.QEventLoop):
        """qasync's loop, but run_until_complete ends when the future does. qasync's own then
        processes Qt's events "one last time" with no asyncio loop running: a task woken then
        (a server's traffic tick, a client's read) dies with "no running event loop", and a
        live test run in many short run_until_complete steps stalls at random. The window
        runs one loop for its whole life, so it never meets this."""

        def run_until_complete(self, future):
            future = asyncio.ensure_future(future, loop=self)
            stop = lambda _: self.stop()  # noqa: E731
            future.add_done_callback(stop)
            try:
                self.run_forever()
            finally:
                future.remove_done_callback(stop)
            if not future.done():
                raise RuntimeError("Event loop stopped before Future completed.")
            return future.result()

    return TestLoop(qapp)


@pytest.fixture
def aloop(qapp):
    """An asyncio loop driven by Qt (qasync), as app.py sets it up, for async clicks."""
    loop = _test_loop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


class FakeSource(Source):
    """Records commands; refuses those in `refuse`, answers the others after `delay` s."""

    kind = "fake"

    def __init__(self, refuse=(), delay=0.05):
        super().__init__()
        self.refuse = set(refuse)
        self.delay = delay
        self.sent = []

    async def start(self):
        self.sink.state("connected")

    async def stop(self):
        pass

    async def command(self, login, action, call_ref=None, device_id=None, args=None):
        self.sent.append((login, action, call_ref, device_id, args))
        await asyncio.sleep(self.delay)
        if action in self.refuse:
            raise Refused(NOT_CAPABLE, f"{action} is not offered right now")
        return {}


class Asker:
    def __init__(self, text="70022", choice=None, typed=None, confirm=False):
        self._text, self._choice = text, choice
        self._typed, self._confirm = typed, confirm
        self.confirmations: list[str] = []

    def pick_or_type(self, parent, title, label, items):
        return self._typed if self._typed is not None else (items[0] if items else None)

    def confirm(self, parent, title, text):
        self.confirmations.append(text)
        return self._confirm

    def text(self, parent, title, label):
        return self._text

    def choice(self, parent, title, label, items):
        return self._choice if self._choice is not None else items[0]


@pytest.fixture
def window(qtbot):
    w = MainWindow(my_line="oxe70020", asker=Asker())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def replay(window, flow: int) -> ReplaySource:
    source = ReplaySource(scenario_lines(flow), f"flow {flow}")
    window.use_source(source)
    return source
