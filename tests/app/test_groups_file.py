"""The groups file on disk (desktop/app/groups_file.py): written whole, never lost."""

import json
import os

from desktop.app import groups_file
from desktop.model.groups import MAX_BYTES, Groups


def test_the_file_is_the_env_var_when_set(tmp_path, monkeypatch):
    monkeypatch.setenv(groups_file.GROUPS_ENV, str(tmp_path / "mine.json"))
    assert groups_file.default_path() == tmp_path / "mine.json"
    monkeypatch.delenv(groups_file.GROUPS_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert groups_file.default_path() == tmp_path / "config" / "cti-monitor" / "groups.json"


def test_no_file_yet_is_no_groups_and_no_error(tmp_path):
    groups, why = groups_file.load(tmp_path / "groups.json")
    assert groups == Groups() and why is None


def test_save_then_load(tmp_path):
    path = tmp_path / "sub" / "groups.json"
    groups = Groups()
    groups.create("Front desk")
    groups.add("Front desk", ["oxe70020"])
    groups_file.save(groups, path)
    assert json.loads(path.read_text())["groups"] == [{"name": "Front desk", "members": ["oxe70020"]}]
    assert not (path.parent / "groups.json.tmp").exists()
    assert groups_file.load(path) == (groups, None)


def test_an_unreadable_file_is_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "groups.json"
    path.write_bytes(b'{"groups": [{"name": ')
    groups, why = groups_file.load(path)
    assert groups == Groups()
    assert "not JSON" in why and "groups.json.unreadable" in why
    assert (tmp_path / "groups.json.unreadable").read_bytes() == b'{"groups": [{"name": '
    groups_file.save(groups, path)  # the next save: the bad file is still there beside it
    assert (tmp_path / "groups.json.unreadable").exists()


def test_a_huge_file_is_read_no_further_than_the_limit(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES * 4)
    groups, why = groups_file.load(path)
    assert groups == Groups() and "larger than" in why


def test_a_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "groups.json"
    groups = Groups()
    groups.create("Old")
    groups_file.save(groups, path)
    groups.create("New")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    try:
        groups_file.save(groups, path)
    except OSError:
        pass
    monkeypatch.undo()
    assert [g.name for g in groups_file.load(path)[0].groups] == ["Old"]
