"""The waiting-calls queue while a snapshot's burst comes in: rescanned once at its end."""

from desktop.ui.panels.queue_panel import QUEUE_FRAME_MS
from tests.ui.helpers import counted_scans, fresh_copies

COPIES = 400  # flow 1 played by 400 trios: five steps each leave 400 calls ringing


def test_a_burst_is_rescanned_once_at_its_end_with_its_last_frame(window):
    session, queue = window.session, window.queue
    scans = counted_scans(queue)
    ringing = fresh_copies(1, COPIES)[:5 * COPIES]  # (interleaved step by step)
    for start in range(0, 1800, 600):  # frames of 600 events: a burst
        session.events(ringing[start:start + 600])
        session._next_frame()
        assert scans == [] and queue.ringing.live_count() == 0  # not rescanned in the middle of it
    session.events(ringing[1800:])  # the source has caught up: the burst's last frame
    session._next_frame()
    assert len(scans) == 1  # once, in that frame: the calls show with the lamps
    assert queue.ringing.live_count() == COPIES


def test_a_burst_that_ends_on_a_frame_of_its_own_is_shown_a_queue_frame_later(window, qtbot):
    session, queue = window.session, window.queue
    scans = counted_scans(queue)
    ringing = fresh_copies(1, COPIES)[:5 * COPIES]
    session.events(ringing[:1000])
    session._next_frame()
    session.events(ringing[1000:])
    session._next_frame()  # 1,000 events again, and then nothing more comes
    assert scans == []
    qtbot.waitUntil(lambda: queue.ringing.live_count() == COPIES, timeout=QUEUE_FRAME_MS * 5)
    assert len(scans) == 1
