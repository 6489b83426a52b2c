"""Both wire formats, what they accept, and what they refuse (with a reason)."""

import json

import pytest

from desktop.protocol.events import CallCreated, CallModified, ChannelInformation, CountersUpdated, UnknownEvent
from desktop.protocol.parse import MAX_LINE_BYTES, ParseError, parse_line, parse_obj
from tests.conftest import scenario_files


def test_every_seed_event_parses():
    count = 0
    for path in scenario_files():
        for line in path.read_bytes().splitlines():
            parse_line(line, "rtsm")
            count += 1
    assert count == 158


def test_rtsm_capabilities_from_capa_string():
    event = parse_obj({
        "name": "RTSM_CALL_MODIFIED", "id": "u", "callRef": "c",
        "callData": {"state": "HELD", "capabilities": {"empty": True}, "capaString": ""},
        "modifiedLegs": [{"deviceId": "1", "state": "HELD", "capaString": "drop, hold, someFutureThing"}],
        "somethingNew": {"x": 1},
    })
    assert isinstance(event, CallModified)
    assert event.call_data.capabilities == frozenset()
    assert event.modified_legs[0].capabilities == {"drop", "hold", "someFutureThing"}
    assert event.added_participants is None  # absent means unchanged


def test_o2g_sample_parses_with_its_shapes(o2g_sample_lines):
    events = [parse_line(line) for line in o2g_sample_lines]
    assert isinstance(events[0], ChannelInformation)
    created = next(e for e in events if isinstance(e, CallCreated))
    assert created.login == "oxe19141"
    assert created.call_data.capabilities == {"redirect", "pickedUp", "terminate"}  # addMedias: [] is no capability
    assert created.legs[0].capabilities == {"answer"}
    (caller,) = created.participants
    assert caller.party.login == "oxe19140" and caller.party.type == "USER"
    assert created.device_capabilities == {"19141": {"makeCall", "makeBusinessCall", "unParkCall"}}


def test_o2g_counters():
    event = parse_obj({"eventName": "OnEventSummaryUpdated", "loginName": "u",
                       "eventSummary": {"missedCallsNb": 2, "voiceMessagesNb": 1, "eventWaiting": True}})
    assert isinstance(event, CountersUpdated)
    assert event.counters == {"missedCallsNb": 2, "voiceMessagesNb": 1, "eventWaiting": True}


def test_unknown_names_are_events_of_their_own_not_errors():
    assert isinstance(parse_obj({"name": "RTSM_NEW_THING", "id": 5}), UnknownEvent)
    assert isinstance(parse_obj({"eventName": "OnSomethingElse"}), UnknownEvent)


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b'{"foo": 1}', "no 'name' or 'eventName'"),
        (b'{"name": "RTSM_USER_STATE_MODIFIED", "userState": "FREE"}', "'id'"),
        (b'{"name": "RTSM_CALL_REMOVED", "id": "u"}', "'callRef'"),
        (b'{"name": "RTSM_CALL_REMOVED", "id": "u", "callRef": 12}', "'callRef'"),
        (b'{"name": "RTSM_CALL_REMOVED", "id": "u", "callRef": "c", "eventId": "7"}', "'eventId'"),
        (b'{"name": "RTSM_CALL_CREATED", "id": "u", "callRef": "c", "legs": {"a": 1}}', "'legs'"),
        (b'{"name": "RTSM_CALL_CREATED", "id": "u", "callRef": "c", "legs": [{"state": "X"}]}', "'deviceId'"),
        (b'{"name": 3, "id": "u"}', "'name'"),
        (b'{"eventName": "OnCallCreated", "callRef": "c"}', "'loginName'"),
        (b'{"eventName": "OnCallModified", "loginName": "u", "callRef": "c", "callData": []}', "'callData'"),
    ],
)
def test_malformed_lines_are_refused_with_a_reason(line, reason):
    with pytest.raises(ParseError, match=reason):
        parse_line(line)


def test_format_can_be_forced():
    rtsm = json.dumps({"name": "RTSM_USER_STATE_MODIFIED", "id": "u", "userState": "FREE"})
    with pytest.raises(ParseError):
        parse_line(rtsm, "o2g")
    assert parse_line(rtsm, "rtsm").state == "FREE"


def test_oversized_line_is_refused_unread():
    with pytest.raises(ParseError, match="longer than"):
        parse_line(b'{"name": "' + b"x" * MAX_LINE_BYTES + b'"}')


def test_a_snapshot_events_began_is_read_and_checked():
    from desktop.protocol.events import Began

    event = parse_obj({"name": "RTSM_CALL_CREATED", "id": "u", "callRef": "c", "legs": [],
                       "began": {"call": 5, "state": 7, "direction": "INCOMING"}}, "rtsm")
    assert event.began == Began(5, 7, "incoming")
    state = parse_obj({"name": "RTSM_USER_STATE_MODIFIED", "id": "u", "userState": "FREE", "began": {}}, "rtsm")
    assert state.began == Began(None, None, None)
    assert parse_obj({"name": "RTSM_USER_STATE_MODIFIED", "id": "u", "userState": "FREE"}, "rtsm").began is None
    for bad in ({"direction": "SIDEWAYS"}, {"call": "5"}, []):
        with pytest.raises(ParseError):
            parse_obj({"name": "RTSM_CALL_CREATED", "id": "u", "callRef": "c", "began": bad}, "rtsm")
