"""Directory files: users with their traits and devices, services; bad content names its entry."""

from __future__ import annotations

import json

import pytest

from desktop.simulator.engine import Engine, load_directory


def test_directory_file(tmp_path) -> None:
    path = tmp_path / "pbx.json"
    path.write_text(json.dumps({
        "users": [
            {"login": "u1", "number": "100", "firstName": "F", "lastName": "L", "profile": "early", "voicemail": False},
            {"login": "u2", "number": "101", "devices": ["101", "101b"], "forwardTo": "100"},
        ],
        "services": [{"number": "887", "type": "SERVICE_VOICEMAIL"}],
    }))
    directory = load_directory(path)
    assert directory.users["u2"].devices == ["101", "101b"] and directory.users["u1"].devices == ["100"]
    engine = Engine(directory)
    ref = engine.command("u1", "makeCall", args={"callee": "101"}).result["callRef"]
    assert engine.calls_of("u2") == [ref]  # u2 forwards to u1, but never back to the caller itself
    path.write_text(json.dumps({"users": [{"login": "u1", "number": "100"}, {"login": "u2", "number": "100"}]}))
    with pytest.raises(ValueError, match="duplicate number"):
        load_directory(path)
    path.write_text(json.dumps({"users": [{"number": "100"}]}))
    with pytest.raises(ValueError, match="users\\[0\\]"):
        load_directory(path)


def test_a_department_goes_from_the_file_into_the_hello(tmp_path) -> None:
    path = tmp_path / "pbx.json"
    path.write_text(json.dumps({"users": [
        {"login": "u1", "number": "100", "department": "Front desk"},
        {"login": "u2", "number": "101"},
    ]}))
    directory = load_directory(path)
    assert directory.users["u1"].public()["department"] == "Front desk"
    assert "department" not in directory.users["u2"].public()  # none: not in the hello at all
    path.write_text(json.dumps({"users": [{"login": "u1", "number": "100", "department": 7}]}))
    with pytest.raises(ValueError, match="users\\[0\\].*department"):
        load_directory(path)


def test_generated_users_are_spread_over_departments() -> None:
    from desktop.simulator.engine.directory import GENERATED_DEPARTMENTS, seed_directory

    directory = seed_directory(12)
    departments = [directory.users[login].department for login in directory.generated_logins()]
    assert departments == list(GENERATED_DEPARTMENTS) * 2
    assert directory.users["oxe70020"].department is None  # the seed's users have none
