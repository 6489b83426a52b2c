"""Issue 10 item 6 in the window: the real simulator refuses a wrong token; the window says so
at once and opens the Connect dialog, where the user types the right token and clicks OK."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.simulator.engine import Engine, seed_directory
from desktop.simulator.ws.feeds import EngineFeed, wall_clock_ms
from desktop.simulator.ws.server import SimulatorServer
from desktop.sources.websocket import WebSocketSource
from desktop.ui.aio import spawn
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import lamp, until


def test_a_refused_token_opens_the_connect_dialog_and_a_good_one_connects(qtbot, aloop):
    server = SimulatorServer(EngineFeed(Engine(seed_directory(0), clock=wall_clock_ms)), token="right")
    port = aloop.run_until_complete(server.start("127.0.0.1", 0))
    window = MainWindow(my_line="oxe70021")
    qtbot.addWidget(window)
    window.show()
    opened = []

    def open_source(source):
        if window.source is not None:
            spawn(window.source.stop())
        opened.append(source)
        window.use_source(source)
        spawn(source.start())

    window.on_open_source = open_source
    try:
        window.connect_to(f"ws://127.0.0.1:{port}", token="wrong")
        aloop.run_until_complete(until(lambda: window.refusal_dialog is not None and window.refusal_dialog.isVisible(), 4))
        assert "refused the token" in window.connection_label.text()
        assert "refused the token" in window.statusBar().currentMessage()
        dialog = window.refusal_dialog
        assert dialog.url.text() == f"ws://127.0.0.1:{port}"
        qtbot.keyClicks(dialog.token, "right")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton, pos=ok.rect().center())
        aloop.run_until_complete(until(lambda: len(opened) == 2 and window.session.connection == "connected", 6))
        aloop.run_until_complete(until(lambda: lamp(window, "oxe70021") is not None, 4))
        assert opened[0].connections == 0 and opened[0].login_refused is not None
    finally:
        for source in opened:
            aloop.run_until_complete(source.stop())
        aloop.run_until_complete(server.close())
