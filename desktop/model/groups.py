"""The receptionist's own groups of colleagues and their favourites: what the groups file holds.

Pure data and its rules, no file: `desktop/app/groups_file.py` reads and writes it. The file
is JSON (documented in README, "Groups and favourites"), shared between colleagues by export
and import, so it is read as untrusted input: every limit below is checked and a file that
breaks one is refused as a whole with a message saying where, never half-read.

    {"version": 1,
     "favourites": ["oxe70021", "oxe71004"],
     "groups": [{"name": "Front desk", "members": ["oxe70020", "oxe71000"]}]}

Members are logins (they survive renumbering); a login nobody has today is kept, as the PBX
may not have sent its user yet. Group names are unique regardless of case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

VERSION = 1
MAX_BYTES = 2 * 1024 * 1024  # a file larger than this is not read at all
MAX_GROUPS = 200
MAX_MEMBERS = 20_000  # in one group, favourites included
MAX_NAME = 80  # characters of a group's name
MAX_LOGIN = 128


# Why a change is refused (GroupsError.reason): the window says each in its own words.
EMPTY_NAME, LONG_NAME, NAME_TAKEN, NO_SUCH_GROUP, TOO_MANY_GROUPS, TOO_MANY_MEMBERS, BAD_FILE = (
    "empty name", "long name", "name taken", "no such group", "too many groups", "too many members", "bad file")


class GroupsError(ValueError):
    """The groups file (or an imported one) breaks a rule; the message says which and where,
    `reason` which rule (one of the constants above), `name` the group's name it concerns."""

    def __init__(self, message: str, reason: str = BAD_FILE, name: str = ""):
        super().__init__(message)
        self.reason, self.name = reason, name


@dataclass
class Group:
    name: str
    members: list[str] = field(default_factory=list)


@dataclass
class Groups:
    favourites: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)

    # --- reading ----------------------------------------------------------------------

    def names(self) -> list[str]:
        return [g.name for g in self.groups]

    def find(self, name: str) -> Group | None:
        """The group named `name`, whatever its case and spacing (names are kept tidied)."""
        key = " ".join(name.split()).casefold()
        return next((g for g in self.groups if g.name.casefold() == key), None)

    def of(self, login: str) -> list[str]:
        """The names of the groups `login` is in, in the file's order."""
        return [g.name for g in self.groups if login in g.members]

    # --- changing: each raises GroupsError when it would break a rule ------------------

    def create(self, name: str) -> Group:
        name = check_name(name)
        if self.find(name) is not None:
            raise GroupsError(f"a group named {name!r} exists already", NAME_TAKEN, name)
        if len(self.groups) >= MAX_GROUPS:
            raise GroupsError(f"at most {MAX_GROUPS} groups", TOO_MANY_GROUPS)
        group = Group(name)
        self.groups.append(group)
        return group

    def rename(self, old: str, new: str) -> None:
        group = self._existing(old)
        new = check_name(new)
        other = self.find(new)
        if other is not None and other is not group:
            raise GroupsError(f"a group named {new!r} exists already", NAME_TAKEN, new)
        group.name = new

    def delete(self, name: str) -> None:
        self.groups.remove(self._existing(name))

    def add(self, name: str | None, logins: list[str]) -> int:
        """Put `logins` in group `name` (None: the favourites); how many were not in it yet."""
        members = self.favourites if name is None else self._existing(name).members
        new = [login for login in dict.fromkeys(logins) if login not in members]
        if len(members) + len(new) > MAX_MEMBERS:
            raise GroupsError(f"at most {MAX_MEMBERS} users in a group", TOO_MANY_MEMBERS)
        members.extend(new)
        return len(new)

    def remove(self, name: str | None, logins: list[str]) -> int:
        """Take `logins` out of group `name` (None: the favourites); how many were in it."""
        members = self.favourites if name is None else self._existing(name).members
        gone = set(logins) & set(members)
        members[:] = [login for login in members if login not in gone]
        return len(gone)

    def merge(self, other: Groups) -> None:
        """An imported file into these: its groups replace those of the same name, the others
        are added after; its favourites join these."""
        for group in other.groups:
            mine = self.find(group.name)
            if mine is not None:
                mine.members = list(group.members)
            else:
                if len(self.groups) >= MAX_GROUPS:
                    raise GroupsError(f"at most {MAX_GROUPS} groups", TOO_MANY_GROUPS)
                self.groups.append(Group(group.name, list(group.members)))
        self.add(None, other.favourites)

    def _existing(self, name: str) -> Group:
        group = self.find(name)
        if group is None:
            raise GroupsError(f"no group named {name!r}", NO_SUCH_GROUP, name)
        return group

    # --- the file ---------------------------------------------------------------------

    def to_json(self) -> str:
        data = {"version": VERSION, "favourites": self.favourites, "groups": [{"name": g.name, "members": g.members} for g in self.groups]}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def check_name(name) -> str:
    if not isinstance(name, str):
        raise GroupsError("a group's name must be text")
    name = " ".join(name.split())  # no leading, trailing or doubled spaces, no line breaks
    if not name:
        raise GroupsError("a group's name cannot be empty", EMPTY_NAME)
    if len(name) > MAX_NAME:
        raise GroupsError(f"a group's name has at most {MAX_NAME} characters", LONG_NAME)
    return name


def _logins(value, where: str) -> list[str]:
    if not isinstance(value, list):
        raise GroupsError(f"{where}: a list of logins is expected")
    if len(value) > MAX_MEMBERS:
        raise GroupsError(f"{where}: at most {MAX_MEMBERS} users in a group")
    for index, login in enumerate(value):
        if not isinstance(login, str) or not login or len(login) > MAX_LOGIN:
            raise GroupsError(f"{where}[{index}]: a login is text of 1 to {MAX_LOGIN} characters")
    return list(dict.fromkeys(value))


def parse(data: bytes | str) -> Groups:
    """A groups file's content; GroupsError saying what is wrong and where."""
    if len(data) > MAX_BYTES:
        raise GroupsError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise GroupsError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise GroupsError("the file must hold a JSON object")
    version = raw.get("version", VERSION)
    if version != VERSION:
        raise GroupsError(f"version {version!r} is not known (this version reads {VERSION})")
    groups = Groups(favourites=_logins(raw.get("favourites", []), "favourites"))
    entries = raw.get("groups", [])
    if not isinstance(entries, list):
        raise GroupsError("groups: a list is expected")
    if len(entries) > MAX_GROUPS:
        raise GroupsError(f"groups: at most {MAX_GROUPS}")
    for index, entry in enumerate(entries):
        where = f"groups[{index}]"
        if not isinstance(entry, dict):
            raise GroupsError(f"{where}: an object with a name and members is expected")
        try:
            group = groups.create(entry.get("name"))
        except GroupsError as exc:
            raise GroupsError(f"{where}: {exc}") from None  # a file's fault: BAD_FILE
        group.members = _logins(entry.get("members", []), f"{where}.members")
    return groups
