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


def test_a_refused_o2g_login_is_said_in_the_window(qtbot, aloop):
    from desktop.simulator.o2g.gateway import start_gateway
    from desktop.sources.o2g.source import O2GSource

    running = aloop.run_until_complete(start_gateway(Engine(seed_directory(0)), password="right"))
    window = MainWindow(my_line="oxe70021")
    qtbot.addWidget(window)
    source = O2GSource(running.url, "admin", "wrong", ["oxe70021"])
    window.use_source(source)
    try:
        aloop.run_until_complete(source.start())
        aloop.run_until_complete(until(lambda: source.login_refused is not None, 5))
        aloop.run_until_complete(until(lambda: "Login refused" in window.statusBar().currentMessage(), 2))
        assert "login refused" in window.connection_label.text()
    finally:
        aloop.run_until_complete(source.stop())
        aloop.run_until_complete(running.stop())


def test_a_hello_with_odd_field_types_paints_and_the_rejected_frame_is_logged(qtbot, aloop):
    """Issue 11 item 2 in the window: `number: {"x": 1}`, a numeric displayName: the lamps
    paint (pytest-qt fails the test on an exception in paint), the user is shown, and an odd
    frame after it is in the event log as rejected."""
    import json

    from tests.hostile.peers import ScriptedServer

    users = [{"login": "oxe70021", "number": {"x": 1}, "displayName": 7, "firstName": ["F"], "lastName": None}]

    async def script(ws, number):
        await ws.send(json.dumps({"type": "hello", "protocol": 1, "users": users}))
        request = json.loads(await ws.recv())
        await ws.send(json.dumps({"type": "reply", "requestId": request["requestId"], "ok": True, "result": {}}))
        await ws.send('{"type": "reply", "requestId": [1], "ok": true}')
        await ws.wait_closed()

    server = ScriptedServer(script)
    aloop.run_until_complete(server.__aenter__())
    window = MainWindow(my_line="oxe70021")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    source = WebSocketSource(server.url)
    window.use_source(source)
    try:
        aloop.run_until_complete(source.start())
        aloop.run_until_complete(until(lambda: lamp(window, "oxe70021") is not None and window.session.stats()["rejected"] == 1, 5))
        window.session.flush()
        window.grab()  # paints every lamp
        qtbot.wait(100)
        assert [e.note for e in window.session.log.entries() if not e.accepted][0].startswith("malformed reply")
    finally:
        aloop.run_until_complete(source.stop())
        aloop.run_until_complete(server.__aexit__(None, None, None))
