"""A dropped model goes at once: nothing in it refers back to it, so its users and calls are
freed when the session lets it go, not at the next full garbage collection (until which a
reconnection at 10,000 users held two models)."""

import gc
import weakref

import orjson

from desktop.model import Model
from desktop.protocol.parse import parse_obj
from tests.conftest import scenario_lines


def test_a_dropped_model_is_freed_without_the_garbage_collector():
    model = Model()
    for line in scenario_lines(1):
        model.apply(parse_obj(orjson.loads(line)))
    assert model.users
    gone = weakref.ref(model)
    gc.disable()
    try:
        del model
        assert gone() is None
    finally:
        gc.enable()
