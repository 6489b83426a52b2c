"""Reducer semantics beyond the recorded flows: sequences, replacement, resync, deltas."""

from desktop.model import APPLIED, DUPLICATE, IGNORED, Ingest, Model
from desktop.protocol.events import CallData, CallSnapshot, Leg, TelephonyState
from desktop.protocol.parse import parse_obj


def ev(name, login="u1", event_id=None, **fields):
    obj = {"name": name, "id": login, **fields}
    if event_id is not None:
        obj["eventId"] = event_id
    return parse_obj(obj)


def created(ref, event_id=None, login="u1", state="ACTIVE", time=None):
    return ev(
        "RTSM_CALL_CREATED", login, event_id, callRef=ref, time=time,
        callData={"state": state, "capaString": "terminate"},
        legs=[{"deviceId": "1", "state": state, "capaString": "drop, hold"}],
    )


def test_stale_duplicate_is_ignored_and_counted():
    m = Model()
    m.apply(ev("RTSM_USER_STATE_MODIFIED", event_id=1, userState="BUSY", time=5))
    m.apply(ev("RTSM_USER_STATE_MODIFIED", event_id=2, userState="FREE"))
    delta = m.apply(ev("RTSM_USER_STATE_MODIFIED", event_id=2, userState="BUSY"))
    assert delta.status == DUPLICATE and not delta.changed
    assert m.users["u1"].presence == "FREE" and m.duplicates == 1


def test_event_id_one_restarts_the_sequence_unless_it_is_the_same_event_again():
    m = Model()
    m.apply(created("A", 1, time=10))
    m.apply(ev("RTSM_CALL_REMOVED", event_id=2, callRef="A"))
    assert m.apply(created("A", 1, time=10)).status == DUPLICATE  # the very first event, again
    assert m.users["u1"].calls == {}
    assert m.apply(created("B", 1, time=99)).status == APPLIED  # a new sequence
    assert set(m.users["u1"].calls) == {"B"} and m.gaps == 0


def test_a_jump_is_a_gap_and_still_applies():
    m = Model()
    m.apply(created("A", 1))
    delta = m.apply(ev("RTSM_CALL_REMOVED", event_id=5, callRef="A"))
    assert delta.gap and m.gaps == 1 and m.users["u1"].calls == {}


def test_modified_for_an_unknown_call_creates_it():
    m = Model()
    delta = m.apply(ev("RTSM_CALL_MODIFIED", callRef="X", modifiedLegs=[{"deviceId": "1", "state": "HELD"}]))
    assert delta.calls == ("X",)
    assert m.users["u1"].calls["X"].legs["1"].state == "HELD"


def test_absent_lists_and_call_data_leave_things_unchanged():
    m = Model()
    m.apply(created("A"))
    m.apply(ev("RTSM_CALL_MODIFIED", callRef="A", cause="RECALL"))
    call = m.users["u1"].calls["A"]
    assert call.state == "ACTIVE" and call.capabilities == {"terminate"} and set(call.legs) == {"1"}
    assert call.last_cause == "RECALL"


def test_previous_call_ref_renames_when_only_the_old_call_exists():
    m = Model()
    m.apply(created("OLD"))
    delta = m.apply(ev("RTSM_CALL_MODIFIED", callRef="NEW", previousCallRef="OLD"))
    assert set(m.users["u1"].calls) == {"NEW"}
    assert m.users["u1"].calls["NEW"].call_ref == "NEW"
    assert m.users["u1"].calls["NEW"].legs["1"].capabilities == {"drop", "hold"}  # kept its legs
    assert set(delta.calls) == {"NEW", "OLD"}


def test_previous_call_ref_drops_the_old_when_both_exist():
    m = Model()
    m.apply(created("OLD"))
    m.apply(created("NEW", state="HELD"))
    m.apply(ev("RTSM_CALL_MODIFIED", callRef="NEW", previousCallRef="OLD"))
    assert set(m.users["u1"].calls) == {"NEW"}
    assert m.users["u1"].calls["NEW"].state == "HELD"


def test_unknown_event_changes_nothing_not_even_the_user_list():
    ingest = Ingest()
    delta = ingest.feed_obj({"name": "RTSM_SOMETHING_NEW", "id": "stranger", "eventId": 1})
    assert delta.status == IGNORED
    assert ingest.model.users == {} and ingest.stats()["ignored"] == 1


def test_unknown_enum_values_are_kept_as_strings():
    m = Model()
    m.apply(ev("RTSM_USER_STATE_MODIFIED", userState="DO_NOT_DISTURB"))
    m.apply(created("A", state="SOMETHING_ELSE"))
    assert m.users["u1"].presence == "DO_NOT_DISTURB"
    assert m.users["u1"].calls["A"].state == "SOMETHING_ELSE"
    assert m.users["u1"].line_state == "unknown"


def test_telephony_state_replaces_the_users_calls():
    m = Model()
    m.apply(created("GONE"))
    m.apply(created("KEPT"))
    snap = CallSnapshot("NEWCALL", CallData("RINGING_INCOMING", frozenset({"redirect"})),
                        (Leg("1", "RINGING_INCOMING", frozenset({"answer"})),), ())
    delta = m.apply(TelephonyState("u1", None, None, (snap,), {"1": frozenset({"makeCall"})}, "BUSY"))
    user = m.users["u1"]
    assert set(user.calls) == {"NEWCALL"} and user.presence == "BUSY"
    assert user.calls["NEWCALL"].direction == "incoming"
    assert set(delta.calls) == {"GONE", "KEPT", "NEWCALL"}
    assert user.device_capabilities == {"1": {"makeCall"}}


def test_delta_names_the_user_and_call():
    m = Model()
    delta = m.apply(created("A", 1))
    assert delta.changed and delta.login == "u1" and delta.calls == ("A",)


def test_learns_numbers_and_names_of_known_users_from_identities():
    m = Model()
    m.apply(ev("RTSM_USER_STATE_MODIFIED", login="oxe2", userState="FREE"))
    m.apply(ev("RTSM_CALL_CREATED", callRef="A", participants=[
        {"participantId": "2", "identity": {"id": {"login": "oxe2", "phoneNumber": "2"}, "lastName": "Doe"}}]))
    assert m.users["oxe2"].number == "2" and m.users["oxe2"].last_name == "Doe"
    assert "oxe9" not in m.users


def test_record_state_follows_each_call_data_block():
    m = Model()
    m.apply(created("A"))
    m.apply(ev("RTSM_CALL_MODIFIED", callRef="A", callData={"state": "ACTIVE", "recordState": "RECORDING"}))
    assert m.users["u1"].calls["A"].record_state == "RECORDING"
    m.apply(ev("RTSM_CALL_MODIFIED", callRef="A", modifiedLegs=[{"deviceId": "1", "state": "ACTIVE"}]))
    assert m.users["u1"].calls["A"].record_state == "RECORDING"  # no callData: unchanged
    m.apply(ev("RTSM_CALL_MODIFIED", callRef="A", callData={"state": "ACTIVE"}))
    assert m.users["u1"].calls["A"].record_state is None


def test_a_user_seen_first_as_a_participant_gets_its_number_and_names():
    m = Model()
    m.apply(ev("RTSM_CALL_CREATED", callRef="A", participants=[
        {"participantId": "3", "identity": {"id": {"login": "oxe3", "phoneNumber": "3"}, "firstName": "Ann"}}]))
    assert "oxe3" not in m.users  # an identity alone adds no user
    m.apply(ev("RTSM_USER_STATE_MODIFIED", login="oxe3", userState="BUSY"))
    assert (m.users["oxe3"].number, m.users["oxe3"].first_name) == ("3", "Ann")


def test_the_directory_version_moves_on_with_users_and_names_only():
    """Views built from everyone's names rebuild when it moves: a user added, a name learnt."""
    import orjson

    from tests.conftest import scenario_lines

    m = Model()
    m.add_user("u1", number="100")
    after_directory = m.directory_version
    m.apply(ev("RTSM_USER_STATE_MODIFIED", "u1", userState="BUSY", time=5))
    assert m.directory_version == after_directory  # a state change is not a directory change
    for line in scenario_lines(1):  # new users heard from, their numbers learnt from the parties
        m.apply(parse_obj(orjson.loads(line)))
    assert m.directory_version > after_directory
    settled = m.directory_version
    m.apply(ev("RTSM_USER_STATE_MODIFIED", "u1", userState="FREE", time=6))
    assert m.directory_version == settled
