"""The scenario traces are the seed, converted by code, and the ladder speaks the seed's words."""

from desktop.protocol.describe import describe
from desktop.protocol.parse import parse_obj
from desktop.protocol.seed import FLOW_NAMES, flow_to_jsonl, parse_seed
from tests.conftest import SCENARIOS


def test_committed_scenarios_are_the_converter_output(seed_text):
    flows = parse_seed(seed_text)
    assert len(flows) == 8
    for name, flow in zip(FLOW_NAMES, flows):
        assert (SCENARIOS / f"{name}.jsonl").read_text(encoding="utf-8") == flow_to_jsonl(flow), name


def test_no_scenario_has_an_event_id_gap(seed_text):
    for flow in parse_seed(seed_text):
        last: dict[str, int] = {}
        for event in flow.events:
            assert event["eventId"] == last.get(event["id"], 0) + 1, event
            last[event["id"]] = event["eventId"]


def test_sentences_match_the_seeds_own(seed_text):
    checked = 0
    for flow in parse_seed(seed_text):
        for row in flow.rows:
            if row.sentence is None:
                continue
            assert describe(parse_obj(row.event)) == row.sentence
            checked += 1
    assert checked == 155
