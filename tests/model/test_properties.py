"""Whatever the stream does to the seed's events, nothing raises and stale copies change nothing."""

import json

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.model import DUPLICATE, Ingest
from desktop.model.snapshot import snapshot
from tests.conftest import scenario_files

EVENTS = [json.loads(line) for path in scenario_files() for line in path.read_bytes().splitlines()]
LINES = [orjson.dumps(e) for e in EVENTS]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


@st.composite
def mutated_event(draw):
    event = json.loads(json.dumps(EVENTS[draw(st.integers(0, len(EVENTS) - 1))]))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(event) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = event
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(json_values)
        elif isinstance(parent, dict):
            del parent[path[-1]]
    return json.dumps(event).encode()


seed_line = st.integers(0, len(LINES) - 1).map(LINES.__getitem__)
lines = st.one_of(
    seed_line,
    mutated_event(),
    seed_line.flatmap(lambda l: st.integers(0, len(l)).map(lambda n: l[:n])),  # truncated
    st.binary(max_size=40),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=40))
def test_any_stream_of_damaged_events_never_raises(stream):
    ingest = Ingest()
    for n, line in enumerate(stream, 1):
        ingest.feed_line(line, n)
    snapshot(ingest.model, len(stream), ingest.stats())  # and the state can still be read


@settings(max_examples=200, deadline=None)
@given(st.permutations(range(len(LINES))).map(lambda p: p[:60]))
def test_reordered_events_never_raise(order):
    ingest = Ingest()
    for i in order:
        ingest.feed_line(LINES[i])
    assert ingest.rejected == 0


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_stale_duplicates_never_change_state(data):
    flow = data.draw(st.sampled_from(scenario_files()))
    lines = flow.read_bytes().splitlines()
    ingest = Ingest()
    applied: list[bytes] = []
    for line in lines:
        ingest.feed_line(line)
        applied.append(line)
        for _ in range(data.draw(st.integers(0, 2))):
            before = snapshot(ingest.model, 0, {})
            copy = data.draw(st.sampled_from(applied))
            delta = ingest.feed_line(copy)
            assert delta.status == DUPLICATE
            assert snapshot(ingest.model, 0, {}) == before
    assert all(not u.calls for u in ingest.model.users.values())
