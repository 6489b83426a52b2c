"""The queue's table model on its own: rows never move under the pointer, a re-order waits
RESORT_S, a click just after a row changed is not settled."""

import time
from types import SimpleNamespace

from desktop.model import Model
from desktop.model.waiting import RINGING_CALLS, Waiting
from desktop.ui.models import queue_model
from desktop.ui.models.queue_model import PICK_UP, WAITED, GoneRole, QueueModel


def session():
    return SimpleNamespace(model=Model(), now_ms=lambda: 100_000, links=SimpleNamespace(live=True), users=SimpleNamespace(stale_at=None))


def wait(ref, since):
    return Waiting(RINGING_CALLS, ref, "oxe70021", None, since, True)


def refs(model):
    return [w.call_ref for w in model.waits()]


def test_held_rows_stay_put_and_new_ones_come_below_whatever_their_place():
    model = QueueModel(RINGING_CALLS, session(), lambda w, name: "", 20)
    model.update([wait("a", 10), wait("b", 20)], held=False)
    # Held: "a" ended, "z" began before "b" (a snapshot said so): nothing moves, "z" is appended.
    model.update([wait("z", 15), wait("b", 20)], held=True)
    assert refs(model) == ["a", "b", "z"]
    assert model.index(0, WAITED).data(GoneRole) and model.index(0, WAITED).data() == "ended"
    assert model.usable(0, PICK_UP) == "no longer waiting"
    # The pointer left: "a" goes; "z" stays below "b" until a re-order is due.
    model._resorted_at = time.monotonic()  # just re-ordered
    model.update([wait("z", 15), wait("b", 20)], held=False)
    assert refs(model) == ["b", "z"]


def test_a_reorder_waits_resort_s_and_a_moved_row_is_not_settled(monkeypatch):
    model = QueueModel(RINGING_CALLS, session(), lambda w, name: "", 20)
    model.update([wait("b", 20), wait("c", 30)], held=False)
    model._resorted_at = time.monotonic()
    model.update([wait("c", 5), wait("b", 20)], held=False)  # "c" now said to wait longer
    assert refs(model) == ["b", "c"]  # not yet: re-ordered at most every RESORT_S
    monkeypatch.setattr(queue_model, "RESORT_S", 0.0)
    model.update([wait("c", 5), wait("b", 20)], held=False)
    assert refs(model) == ["c", "b"]
    assert not model.settled(0) and not model.settled(1)  # rows moved: a click now is not meant
    monkeypatch.setattr(queue_model, "GUARD_S", 0.0)
    assert model.settled(0)


def test_a_new_row_comes_in_at_its_place_when_not_held():
    model = QueueModel(RINGING_CALLS, session(), lambda w, name: "", 20)
    model.update([wait("a", 10), wait("c", 30)], held=False)
    model.update([wait("a", 10), wait("b", 20), wait("c", 30)], held=False)
    assert refs(model) == ["a", "b", "c"]
