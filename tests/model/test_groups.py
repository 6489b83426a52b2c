"""The groups file's rules (desktop/model/groups.py): what is read, what is refused and why."""

import json

import pytest

from desktop.model import groups as rules
from desktop.model.groups import Groups, GroupsError, parse


def test_a_file_round_trips():
    groups = Groups()
    groups.create("Front desk")
    groups.add("Front desk", ["oxe70020", "oxe71000", "oxe70020"])
    groups.add(None, ["oxe70021"])
    again = parse(groups.to_json())
    assert again.favourites == ["oxe70021"]
    assert [(g.name, g.members) for g in again.groups] == [("Front desk", ["oxe70020", "oxe71000"])]
    assert json.loads(groups.to_json())["version"] == rules.VERSION


def test_names_are_unique_whatever_the_case_and_tidied():
    groups = Groups()
    assert groups.create("  Front   desk ").name == "Front desk"
    with pytest.raises(GroupsError) as taken:
        groups.create("FRONT DESK")
    assert taken.value.reason == rules.NAME_TAKEN and taken.value.name == "FRONT DESK"
    groups.create("Sales")
    with pytest.raises(GroupsError):
        groups.rename("Sales", "front desk")
    groups.rename("Sales", "sales")  # its own name in another case: allowed
    assert groups.names() == ["Front desk", "sales"]
    for bad, reason in (("", rules.EMPTY_NAME), ("   ", rules.EMPTY_NAME), ("x" * (rules.MAX_NAME + 1), rules.LONG_NAME)):
        with pytest.raises(GroupsError) as refused:
            groups.create(bad)
        assert refused.value.reason == reason


def test_limits_hold():
    groups = Groups()
    for n in range(rules.MAX_GROUPS):
        groups.create(f"g{n}")
    with pytest.raises(GroupsError) as full:
        groups.create("one more")
    assert full.value.reason == rules.TOO_MANY_GROUPS
    with pytest.raises(GroupsError) as crowded:
        groups.add(None, [f"u{n}" for n in range(rules.MAX_MEMBERS + 1)])
    assert crowded.value.reason == rules.TOO_MANY_MEMBERS and groups.favourites == []


def test_remove_and_delete():
    groups = parse('{"groups": [{"name": "A", "members": ["x", "y"]}], "favourites": ["x"]}')
    assert groups.remove("a", ["x", "z"]) == 1
    assert groups.find("A").members == ["y"]
    assert groups.remove(None, ["x"]) == 1 and groups.favourites == []
    assert groups.of("y") == ["A"]
    groups.delete("A")
    assert groups.groups == []
    with pytest.raises(GroupsError) as gone:
        groups.delete("A")
    assert gone.value.reason == rules.NO_SUCH_GROUP


def test_an_import_replaces_groups_of_the_same_name_and_adds_the_rest():
    mine = parse('{"favourites": ["a"], "groups": [{"name": "Desk", "members": ["a"]}, {"name": "Mine", "members": ["m"]}]}')
    theirs = parse('{"favourites": ["b", "a"], "groups": [{"name": "desk", "members": ["b"]}, {"name": "Night", "members": ["n"]}]}')
    mine.merge(theirs)
    assert [(g.name, g.members) for g in mine.groups] == [("Desk", ["b"]), ("Mine", ["m"]), ("Night", ["n"])]
    assert mine.favourites == ["a", "b"]


@pytest.mark.parametrize(
    "content, where",
    [
        (b"not json", "not JSON"),
        (b"[]", "JSON object"),
        (b'{"version": 2}', "version 2"),
        (b'{"favourites": "oxe1"}', "favourites"),
        (b'{"favourites": [1]}', "favourites[0]"),
        (b'{"groups": {}}', "groups"),
        (b'{"groups": ["x"]}', "groups[0]"),
        (b'{"groups": [{"name": ""}]}', "groups[0]"),
        (b'{"groups": [{"name": "a"}, {"name": "A"}]}', "groups[1]"),
        (b'{"groups": [{"name": "a", "members": [""]}]}', "groups[0].members[0]"),
        (b'{"groups": [{"name": 5}]}', "groups[0]"),
        (b'{"favourites": ["' + b"x" * 200 + b'"]}', "favourites[0]"),
    ],
)
def test_a_bad_file_is_refused_saying_where(content, where):
    with pytest.raises(GroupsError) as refused:
        parse(content)
    assert where in str(refused.value)
    assert refused.value.reason == rules.BAD_FILE


def test_a_file_over_the_byte_limit_is_not_even_parsed():
    with pytest.raises(GroupsError, match="larger than"):
        parse(b" " * (rules.MAX_BYTES + 1))
