"""Item 7: a server sending events of 4 MiB cannot bloat the window's event log."""

import asyncio
import json

from desktop.sources.websocket import WebSocketSource
from desktop.ui.models.event_log import REJECTED_KEPT, EventLogModel, LogEntry
from desktop.ui.session import Session
from tests.hostile.peers import ScriptedServer, answer_subscribe, wait_for

BIG = 4 << 20


def big_event(n):
    return json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": n, "userState": "FREE", "pad": "x" * BIG})


def test_events_over_1_mib_are_rejected_and_the_log_keeps_a_few_kilobytes_of_each(qapp):
    async def script(ws, number):
        await answer_subscribe(ws)
        for n in range(1, 31):
            await ws.send(big_event(n))
        await ws.send(json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "BUSY"}))
        await ws.wait_closed()

    async def scenario():
        async with ScriptedServer(script) as server:
            session = Session()
            source = WebSocketSource(server.url)
            session.use(source)
            await source.start()
            try:
                await wait_for(lambda: session.stats()["rejected"] == 30 and "u1" in session.model.users
                               and session.model.users["u1"].presence == "BUSY", timeout=20)
                session.flush()
            finally:
                await source.stop()
            return session

    session = asyncio.run(asyncio.wait_for(scenario(), 30))
    log = session.log
    assert log.held() == 31
    assert log.bytes_held() < 31 * (REJECTED_KEPT + 1000)  # not 120 MiB
    rejected = [e for e in log.entries() if not e.accepted]
    assert len(rejected) == 30 and all("1048576" in e.note or "1 MiB" in e.note for e in rejected)


def test_the_ring_is_bounded_in_bytes_as_well_as_in_entries(qapp):
    log = EventLogModel(capacity=1000, max_bytes=1 << 20)
    line = json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "FREE", "pad": "y" * 100_000})
    for n in range(50):
        log.append([LogEntry(n, 0, "u1", "UserStateModified", "", line)])
        log.flush()
    assert log.bytes_held() <= 1 << 20
    assert 5 <= log.held() <= 10 and log.dropped == 50 - log.held()
    assert log.entries()[-1].seq == 49  # the newest kept
    log.clear()
    assert log.bytes_held() == 0 and log.held() == 0


def test_save_says_what_was_dropped(qtbot):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(my_line="oxe70021")
    qtbot.addWidget(window)
    window.session.log.max_bytes = 1 << 20
    line = json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "FREE", "pad": "y" * 300_000})
    window.session.events([line.replace('"eventId": 1', f'"eventId": {n}') for n in range(1, 11)])
    window.session.flush()
    caption = window.save_caption()
    assert "MiB" in caption and "older ones are gone" in caption
