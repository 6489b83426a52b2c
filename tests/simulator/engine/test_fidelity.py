"""The engine reproduces the eight seed flows, event for event, for every user.

Each flow is driven only through commands named after capabilities (plus the PBX's forwarding
configuration for flow 6). Compared field for field and in key order; only callRef values
(mapped consistently), time, family, originator and the message counters' values are ignored.
"""

from __future__ import annotations


import pytest

from desktop.protocol.rtsm import COUNTER_FIELDS
from desktop.protocol.seed import FLOW_NAMES, parse_seed
from desktop.simulator.engine import Engine, seed_directory
from tests.conftest import SCENARIOS, SEED

IGNORED = {"time", "family", "originator", *COUNTER_FIELDS}
REF_KEYS = ("callRef", "previousCallRef")

A, B, C = "oxe70020", "oxe70021", "oxe70022"


class Driver:
    def __init__(self) -> None:
        self.engine = Engine(seed_directory())
        self.events: list[dict] = []

    def __call__(self, login: str, action: str, ref: str | None = None, **args) -> str | None:
        result = self.engine.command(login, action, ref, args=args)
        self.events.extend(result.events)
        return result.result.get("callRef")


def flow_1(d: Driver) -> None:  # basic call
    r = d(A, "makeCall", callee="70021")
    d(B, "answer", r)
    d(A, "drop", r)


def flow_2(d: Driver) -> None:  # busy, camp-on, call waiting, recall of the held call
    r1 = d(A, "makeCall", callee="70021")
    d(B, "answer", r1)
    r2 = d(C, "makeCall", callee="70021")
    d(C, "waitOnBusy", r2)
    d(B, "answer", r2)
    d(B, "drop", r2)
    d(B, "retrieve", r1)
    d(A, "drop", r1)


def flow_3(d: Driver) -> None:  # consultation, recall, retrieve
    r1 = d(A, "makeCall", callee="70022")
    d(C, "answer", r1)
    r2 = d(C, "makeCall", callee="70021")
    d(B, "answer", r2)
    d(B, "drop", r2)
    d(C, "retrieve", r1)
    d(C, "drop", r1)


def flow_4(d: Driver) -> None:  # consultation merged into a conference, one party leaves
    r1 = d(A, "makeCall", callee="70022")
    d(C, "answer", r1)
    r2 = d(C, "makeCall", callee="70021")
    d(B, "answer", r2)
    assert d(C, "merge", r2, heldCallRef=r1) == r1
    d(B, "dropMe", r1)
    d(C, "drop", r1)


def flow_5(d: Driver) -> None:  # hold and retrieve twice
    r = d(A, "makeCall", callee="70022")
    d(C, "answer", r)
    for _ in range(2):
        d(C, "hold", r)
        d(C, "retrieve", r)
    d(C, "drop", r)


def flow_6(d: Driver) -> None:  # immediate forward of 70022 to 70021
    d.engine.set_forward(C, "70021")
    r = d(A, "makeCall", callee="70022")
    d(B, "answer", r)
    d(B, "drop", r)


def flow_7(d: Driver) -> None:  # the voicemail service answers
    r = d(A, "makeCall", callee="887")
    d(A, "drop", r)


def flow_8(d: Driver) -> None:  # the caller gives up while the callee rings
    r = d(A, "makeCall", callee="70022")
    d(A, "drop", r)


FLOWS = [flow_1, flow_2, flow_3, flow_4, flow_5, flow_6, flow_7, flow_8]


def seed_flows() -> list[list[dict]]:
    if SEED.exists():
        return [flow.events for flow in parse_seed(SEED.read_text(encoding="utf-8"))]
    # The scenario traces are the seed converted line for line (tools/seed_to_scenarios.py).
    import json

    return [
        [json.loads(line) for line in (SCENARIOS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        for name in FLOW_NAMES
    ]


def strip(value):
    """The event without ignored keys; key order kept (dicts are compared with their key lists)."""
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def with_key_order(value):
    if isinstance(value, dict):
        return [(k, with_key_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [with_key_order(v) for v in value]
    return value


def map_refs(expected: list[dict], actual: list[dict]) -> dict[str, str]:
    """Seed callRef -> engine callRef, read position by position; must be one to one."""
    mapping: dict[str, str] = {}
    for exp, act in zip(expected, actual):
        for key in REF_KEYS:
            if key in exp and key in act:
                seen = mapping.setdefault(exp[key], act[key])
                assert seen == act[key], f"seed ref {exp[key]} maps to both {seen} and {act[key]}"
    assert len(set(mapping.values())) == len(mapping), "two seed refs map to one engine ref"
    return mapping


def renamed(event: dict, mapping: dict[str, str]) -> dict:
    out = dict(event)
    for key in REF_KEYS:
        if key in out:
            out[key] = mapping.get(out[key], out[key])
    return out


def per_user(events: list[dict]) -> dict[str, list[dict]]:
    users: dict[str, list[dict]] = {}
    for event in events:
        users.setdefault(event["id"], []).append(event)
    return users


@pytest.mark.parametrize("index", range(8), ids=FLOW_NAMES)
def test_flow_matches_the_seed(index: int) -> None:
    expected = seed_flows()[index]
    driver = Driver()
    FLOWS[index](driver)
    actual = driver.events
    mapping = map_refs(expected, actual)
    expected_by_user = per_user([strip(renamed(e, mapping)) for e in expected])
    actual_by_user = per_user([strip(e) for e in actual])
    assert sorted(actual_by_user) == sorted(expected_by_user)
    for login, want in expected_by_user.items():
        got = actual_by_user[login]
        for position, (w, g) in enumerate(zip(want, got)):
            assert with_key_order(g) == with_key_order(w), f"{login} event {position + 1}"
        assert len(got) == len(want), f"{login}: {len(got)} events, the seed has {len(want)}"
    # The interleaving between users is the seed's too.
    assert [(e["id"], e["eventId"]) for e in actual] == [(e["id"], e["eventId"]) for e in expected]
    assert driver.engine.is_idle()
