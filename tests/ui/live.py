"""A simulated OXE serving on a free loopback port, for window tests against the real simulator."""

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
from desktop.simulator.ws.server import SimulatorServer


class Live:
    """A simulated OXE serving on a free port, and helpers to act as the other parties."""

    def __init__(self, loop, engine=None, port=0):
        self.loop = loop
        self.engine = engine or Engine(seed_directory(0), clock=wall_clock_ms)
        self.server = SimulatorServer(EngineFeed(self.engine))
        self.port = loop.run_until_complete(self.server.start("127.0.0.1", port))

    def act(self, login, action, call_ref=None, **args):
        """A command by someone else (a phone, not the window): its events go to every client."""
        result = self.engine.command(login, action, call_ref, args=args or None)
        self.server.publish(result.events)
        return result.result

    def ref_of(self, login):
        (ref,) = self.engine.calls_of(login)
        return ref

    def close(self):
        self.loop.run_until_complete(self.server.close())


def open_window(qtbot, aloop, live, my_line="oxe70021", show=True, asker=None):
    """The real window on `live`, connected and shown at its default size: (window, source)."""
    from desktop.sources.websocket import WebSocketSource
    from desktop.ui.main_window import MainWindow
    from tests.ui.conftest import Asker
    from tests.ui.helpers import lamp, until

    window = MainWindow(my_line=my_line, asker=asker or Asker(text="70022"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    if show:
        window.show()
        qtbot.waitExposed(window)
    source = WebSocketSource(f"ws://127.0.0.1:{live.port}")
    window.use_source(source)
    aloop.run_until_complete(source.start())
    aloop.run_until_complete(until(lambda: window.session.connection == "connected" and lamp(window, my_line)))
    return window, source


def record_commands(source) -> list:
    """The commands the window sends through `source`, in order (they still go to the server)."""
    sent = []
    real = source.command

    async def command(login, action, call_ref=None, device_id=None, args=None):
        sent.append((login, action, call_ref))
        return await real(login, action, call_ref, device_id, args)

    source.command = command
    return sent
