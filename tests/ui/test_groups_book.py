"""The window's groups (desktop/ui/groups_book.py): a change refused or not saved changes nothing
and comes back as a sentence; the departments and one's own groups as the panel offers them."""

import json

from desktop.ui.groups_book import ALL, DEPARTMENT, FAVOURITES, GroupsBook, group_key


def test_a_change_that_cannot_be_saved_changes_nothing(qapp, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    book = GroupsBook(blocker / "groups.json")  # its folder is a file: nothing can be written
    seen = []
    book.changed.connect(lambda: seen.append(1))
    why = book.create("Desk")
    assert why.startswith("Your groups could not be saved to") and str(blocker) in why
    assert book.groups.groups == [] and seen == []


def test_refusals_are_sentences_and_the_groups_stay(qapp, tmp_path):
    book = GroupsBook(tmp_path / "groups.json")
    assert book.create("Desk") is None
    assert book.create("desk") == "There is already a group named “desk”"
    assert book.create("   ") == "A group needs a name"
    assert book.add(DEPARTMENT + "Sales", ["u1"]) == "Users can only be added to your own groups and favourites"
    assert book.add(group_key("Desk"), ["u1", "u2"]) is None
    assert book.add(FAVOURITES, ["u2"]) is None and book.is_favourite("u2")
    assert book.rename("Gone", "X") == "There is no group named “Gone” any more"
    assert json.loads((tmp_path / "groups.json").read_text()) == {
        "version": 1, "favourites": ["u2"], "groups": [{"name": "Desk", "members": ["u1", "u2"]}]}


def test_entries_favourites_first_then_everyone_mine_and_the_departments(qapp, tmp_path):
    book = GroupsBook(tmp_path / "groups.json")
    book.create("Zeta")
    book.create("alpha")
    entries = book.entries(["sales", "Accounts"])
    assert [e.key for e in entries] == [FAVOURITES, ALL, group_key("Zeta"), group_key("alpha"), DEPARTMENT + "Accounts", DEPARTMENT + "sales"]
    assert [e.own for e in entries] == [True, False, True, True, False, False]
    departments = {"Accounts": frozenset({"a"})}
    assert book.members(DEPARTMENT + "Accounts", departments.get) == {"a"}
    assert book.members(ALL, departments.get) is None
    assert book.members(group_key("Zeta"), departments.get) == frozenset()
