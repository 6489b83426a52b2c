"""Where the O2G password comes from: the prompt, and the keyring only when opted in."""

from __future__ import annotations

import pytest

from desktop.sources.o2g import credentials as o2g_credentials


class FakeKeyring:
    def __init__(self, fail=False):
        self.store, self.fail = {}, fail

    def get_password(self, service, name):
        if self.fail:
            raise RuntimeError("no backend")
        return self.store.get((service, name))

    def set_password(self, service, name, value):
        if self.fail:
            raise RuntimeError("no backend")
        self.store[(service, name)] = value

    def delete_password(self, service, name):
        self.store.pop((service, name), None)


def test_password_from_the_prompt_then_the_keyring_only_when_opted_in(monkeypatch):
    kr = FakeKeyring()
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: kr)
    asked = []

    def ask(prompt):
        asked.append(prompt)
        return "typed"

    assert o2g_credentials.obtain_password("https://gw", "u", ask=ask) == "typed"
    assert kr.store == {}  # not remembered without the opt-in
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=ask) == "typed"
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=ask) == "typed"
    assert len(asked) == 2  # the third came from the keyring
    o2g_credentials.forget("https://gw", "u")
    assert kr.store == {}


def test_no_keyring_backend_or_package_breaks_nothing(monkeypatch):
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: FakeKeyring(fail=True))
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=lambda p: "typed") == "typed"
    monkeypatch.setattr(o2g_credentials, "_keyring", lambda: None)
    assert o2g_credentials.obtain_password("https://gw", "u", save=True, ask=lambda p: "typed") == "typed"
    o2g_credentials.forget("https://gw", "u")
    with pytest.raises(ValueError):
        o2g_credentials.obtain_password("https://gw", "u", ask=lambda p: "")
