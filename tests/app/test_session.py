"""The one ingest session: parse, apply, count, the directory, and what a reset keeps."""

from desktop.app.session import IngestSession

STATE = {"name": "RTSM_USER_STATE_MODIFIED", "id": "u1", "eventId": 1, "userState": "BUSY"}
USERS = [{"login": "u2", "number": "2", "firstName": "F", "lastName": "L", "displayName": None}, {"number": "9"}]


def test_events_are_applied_and_bad_ones_counted_as_text_or_dict():
    session = IngestSession()
    session.events([STATE, b"{not json", '{"name": "RTSM_USER_STATE_MODIFIED", "id": "u3", "eventId": 1, "userState": "FREE"}'])
    assert session.received() == 3 and session.stats()["rejected"] == 1
    assert session.model.users["u1"].presence == "BUSY" and session.model.users["u3"].presence == "FREE"
    assert session.snapshot()["at"] == 3


def test_the_directory_comes_back_after_every_reset_unless_left_out():
    session = IngestSession()
    session.directory(USERS)
    assert list(session.model.users) == ["u2"]
    session.reset(rewind=False)
    assert list(session.model.users) == ["u2"]
    bare = IngestSession(use_directory=False)
    bare.directory(USERS)
    assert bare.snapshot()["users"] == []


def test_a_reconnection_keeps_the_counts_a_rewind_starts_them_over():
    session = IngestSession()
    session.events([b"bad", STATE])
    session.reset(rewind=False)
    assert session.stats()["rejected"] == 1 and session.received() == 2 and not session.model.users
    session.reset(rewind=True)
    assert session.stats()["rejected"] == 0 and session.received() == 0


def test_states_are_kept_and_told():
    heard = []
    session = IngestSession(on_state=heard.append)
    session.state("connecting")
    session.state("connected")
    assert heard == list(session.states) == ["connecting", "connected"] and session.connection == "connected"


def test_a_reset_after_nothing_but_one_directory_keeps_that_model_and_any_other_makes_a_new_one():
    session = IngestSession()
    session.reset(rewind=True)
    session.directory(USERS)  # a connection's hello ...
    fresh = session.model
    session.reset(rewind=False)  # ... then its snapshot's reset: the same users, nothing else
    assert session.model is fresh and list(session.model.users) == ["u2"]
    session.events([STATE])
    session.reset(rewind=False)  # events came: they are dropped with a new model
    assert session.model is not fresh and list(session.model.users) == ["u2"]
    second = session.model
    session.directory([{"login": "u4"}])  # a second directory on top of the first: not what a new model is
    session.reset(rewind=False)
    assert session.model is not second and list(session.model.users) == ["u4"]
    kept = session.model
    session.reset(rewind=True)  # a rewind always starts over
    assert session.model is not kept


def test_departments_reach_the_model_one_string_each():
    session = IngestSession()
    # Two equal names parsed from a hello are two objects; the model keeps one of them.
    users = [{"login": f"u{n}", "department": "".join(["Sa", "les"])} for n in range(3)] + [{"login": "x"}]
    session.directory(users)
    departments = [u.department for u in session.model.users.values()]
    assert departments == ["Sales", "Sales", "Sales", None]
    assert len({id(d) for d in departments[:3]}) == 1
    session.reset(rewind=False)
    assert session.model.users["u1"].department == "Sales"
