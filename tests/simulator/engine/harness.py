"""Driving the engine in tests beyond the seed: what the capabilities imply, checked for
consistency rather than against a recording. After every command, what a subscriber learnt
from the events equals the engine's own snapshot (tests/simulator/reducer.py)."""

from __future__ import annotations

from desktop.simulator.engine import Engine, seed_directory

from ..reducer import ClientView

A, B, C = "oxe70020", "oxe70021", "oxe70022"  # B has no voicemail and no recording right


class Harness:
    def __init__(self, generated: int = 0) -> None:
        self.engine = Engine(seed_directory(generated))
        self.view = ClientView()
        self.events: list[dict] = []

    def __call__(self, login: str, action: str, ref: str | None = None, **args) -> str | None:
        result = self.engine.command(login, action, ref, args=args)
        self.feed(result.events)
        return result.result.get("callRef")

    def feed(self, events: list[dict]) -> None:
        self.events.extend(events)
        for event in events:
            self.view.apply(event)
        self.check()

    def check(self) -> None:
        for login in self.engine.directory.users:
            self.view.matches(self.engine, login)

    def last(self, login: str, name: str = "RTSM_CALL_MODIFIED") -> dict:
        return [e for e in self.events if e["id"] == login and e["name"] == name][-1]

    def caps(self, login: str, ref: str) -> tuple[set[str], set[str]]:
        call_caps, leg_caps = self.engine.call_offers(login, ref)
        return set(call_caps), set(leg_caps)


def talking(h: Harness, caller: str, callee_number: str, callee: str) -> str:
    ref = h(caller, "makeCall", callee=callee_number)
    h(callee, "answer", ref)
    return ref
