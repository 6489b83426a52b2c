"""RTSM and O2G carry the same information: the same flow gives the same model state."""

import json

import pytest

from desktop.model import Ingest
from desktop.model.snapshot import snapshot
from desktop.protocol.o2g.convert import rtsm_to_o2g
from tests.conftest import scenario_lines
from tests.o2g_view import o2g_view


def _snapshots(lines, fmt):
    ingest = Ingest(fmt=fmt)
    states = []
    for line in lines:
        ingest.feed_line(line)
        states.append(snapshot(ingest.model, 0, {}))
    assert ingest.rejected == 0
    return states


@pytest.mark.parametrize("flow", range(1, 9))
def test_same_state_after_every_event(flow):
    rtsm = scenario_lines(flow)
    o2g = [json.dumps(rtsm_to_o2g(json.loads(line))) for line in rtsm]
    assert all('"eventName"' in line for line in o2g)
    # O2G has no name for some OXE capabilities (waitOnBusy): compare what it can say
    want = [{**state, "users": o2g_view(state["users"])} for state in _snapshots(rtsm, "rtsm")]
    assert want == _snapshots(o2g, "o2g")
