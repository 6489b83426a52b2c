"""Who exists on the simulated OXE: users (login, number, devices, names) and services.

The default directory is the seed's: oxe70020..oxe70022 and the voicemail service 887, plus
any number of generated users for traffic. A JSON file can replace it (see `load_directory`).

Per-user traits the seed shows and the engine needs:
- ``recording``: 70021 is never offered startRecord, 70020 and 70022 are.
- ``voicemail``: callers ringing 70022 are offered overflowToVoiceMail, callers ringing 70021 not.
- ``forwardTo``: immediate forwarding (flow 6 forwards 70022 to 70021).
- ``department``: where they work, for the window's groups (the OXE's directory has one; the
  generated users are spread over a few departments so that a demo shows groups).
- ``profile``: how the user's set reports an incoming call. Two behaviours are recorded:
  70021 ("standard") is notified after the caller's ringback and loses makeCall while ringing;
  70022 ("early") is notified before the caller's ringback and keeps makeCall while ringing
  (so its ringing events carry no devicesCapabilities).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Profile:
    callee_notified_first: bool
    dial_while_ringing: bool


PROFILES: dict[str, Profile] = {
    "standard": Profile(callee_notified_first=False, dial_while_ringing=False),
    "early": Profile(callee_notified_first=True, dial_while_ringing=True),
}


@dataclass
class Subscriber:
    login: str
    number: str
    devices: list[str]
    first_name: str
    last_name: str
    display_name: str | None = None
    recording: bool = True
    voicemail: bool = True
    forward_to: str | None = None
    profile: str = "standard"
    department: str | None = None

    @property
    def traits(self) -> Profile:
        return PROFILES[self.profile]

    def public(self) -> dict:
        """The user as the protocol's hello message lists it (a department only where there is one)."""
        user = {
            "login": self.login,
            "number": self.number,
            "devices": list(self.devices),
            "firstName": self.first_name,
            "lastName": self.last_name,
            "displayName": self.display_name,
        }
        if self.department:
            user["department"] = self.department
        return user


@dataclass
class Service:
    number: str
    type: str  # the participant type the OXE reports, e.g. SERVICE_VOICEMAIL


@dataclass
class Directory:
    users: dict[str, Subscriber] = field(default_factory=dict)  # by login
    services: dict[str, Service] = field(default_factory=dict)  # by number
    _by_number: dict[str, Subscriber] = field(default_factory=dict, repr=False)

    def add_user(self, user: Subscriber) -> None:
        if user.login in self.users:
            raise ValueError(f"duplicate login {user.login}")
        if user.number in self._by_number or user.number in self.services:
            raise ValueError(f"duplicate number {user.number}")
        if not user.devices:
            raise ValueError(f"user {user.login} has no device")
        if user.profile not in PROFILES:
            raise ValueError(f"user {user.login}: unknown profile {user.profile!r}")
        self.users[user.login] = user
        self._by_number[user.number] = user

    def add_service(self, service: Service) -> None:
        if service.number in self._by_number or service.number in self.services:
            raise ValueError(f"duplicate number {service.number}")
        self.services[service.number] = service

    def user_by_number(self, number: str) -> Subscriber | None:
        return self._by_number.get(number)

    @property
    def voicemail_number(self) -> str | None:
        for service in self.services.values():
            if service.type == "SERVICE_VOICEMAIL":
                return service.number
        return None

    def generated_logins(self) -> list[str]:
        return [login for login, user in self.users.items() if login not in SEED_LOGINS]


SEED_LOGINS = ("oxe70020", "oxe70021", "oxe70022")
FIRST_GENERATED_NUMBER = 71000
# The generated users' departments, in turn: names as a directory holds them, not words of the UI.
GENERATED_DEPARTMENTS = ("Sales", "Support", "Accounts", "Logistics", "Engineering", "Front desk")


def seed_directory(generated: int = 0) -> Directory:
    """The seed's users and voicemail service, plus `generated` users oxe71000, oxe71001..."""
    directory = Directory()
    directory.add_user(Subscriber("oxe70020", "70020", ["70020"], "FN-70020", "LN-70020", "Nom70020 Prénom7"))
    directory.add_user(Subscriber("oxe70021", "70021", ["70021"], "FN-70021", "LN-70021", recording=False, voicemail=False))
    directory.add_user(Subscriber("oxe70022", "70022", ["70022"], "FN-70022", "LN-70022", "LN70022-UTF8 FN7", profile="early"))
    directory.add_service(Service("887", "SERVICE_VOICEMAIL"))
    for index in range(generated):
        number = str(FIRST_GENERATED_NUMBER + index)
        directory.add_user(
            Subscriber(
                f"oxe{number}",
                number,
                [number],
                f"FN-{number}",
                f"LN-{number}",
                # Both recorded behaviours appear among generated users, and some have no voicemail.
                voicemail=index % 3 != 0,
                profile="early" if index % 2 else "standard",
                department=GENERATED_DEPARTMENTS[index % len(GENERATED_DEPARTMENTS)],
            )
        )
    return directory


def load_directory(path: str | Path) -> Directory:
    """Read a directory from JSON: ``{"users": [...], "services": [...]}``.

    A user: ``{"login", "number", "devices": [...], "firstName", "lastName", "displayName"?,
    "recording"?, "voicemail"?, "forwardTo"?, "profile"?, "department"?}``. A service: ``{"number", "type"}``.
    Raises ValueError with the offending entry on bad content.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("users"), list):
        raise ValueError("directory file must be an object with a 'users' list")
    directory = Directory()
    for index, entry in enumerate(data["users"]):
        try:
            directory.add_user(
                Subscriber(
                    login=str(entry["login"]),
                    number=str(entry["number"]),
                    devices=[str(d) for d in entry.get("devices") or [entry["number"]]],
                    first_name=str(entry.get("firstName", "")),
                    last_name=str(entry.get("lastName", "")),
                    display_name=entry.get("displayName"),
                    recording=bool(entry.get("recording", True)),
                    voicemail=bool(entry.get("voicemail", True)),
                    forward_to=entry.get("forwardTo"),
                    profile=str(entry.get("profile", "standard")),
                    department=_department(entry.get("department")),
                )
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"users[{index}]: missing or bad field {exc}") from None
    for index, entry in enumerate(data.get("services") or []):
        try:
            directory.add_service(Service(str(entry["number"]), str(entry["type"])))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"services[{index}]: missing or bad field {exc}") from None
    return directory


def _department(value) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError("department")
    return value
