"""The waiting-calls queue's rows (desktop/model/waiting.py), from a simulated OXE's events."""

from desktop.model import Ingest
from desktop.model.state import Call, User
from desktop.model.waiting import HELD_CALLS, RINGING_CALLS, WaitingCalls, next_route
from desktop.protocol.events import Leg
from desktop.protocol.routing import IMMEDIATE, NO_ANSWER, VOICEMAIL, Route, Routing
from desktop.simulator.engine import Engine, seed_directory

T0 = 1_700_000_000_000


class Pbx:
    """An engine on a hand-moved clock, its events applied to a model as a source delivers them."""

    def __init__(self, users=12):
        self.clock = [T0]
        self.engine = Engine(seed_directory(users), clock=lambda: self.clock[0])
        self.ingest = Ingest()
        self.model = self.ingest.model
        for login in self.engine.directory.users:
            self._apply(self.engine.snapshot(login))

    def _apply(self, events):
        for event in events:
            assert self.ingest.feed_obj(event) is not None

    def run(self, login, action, ref=None, **args):
        result = self.engine.command(login, action, ref, args=args or None)
        self._apply(result.events)
        return result.result.get("callRef")

    def call(self, a, b):
        return self.run(f"oxe{a}", "makeCall", callee=str(b))

    def later(self, seconds):
        self.clock[0] += seconds * 1000


def test_ringing_calls_are_listed_longest_waiting_first_with_caller_and_called():
    pbx = Pbx()
    refs = []
    for i in range(5):
        refs.append(pbx.call(71000 + i, 71005 + i))
        pbx.later(2)
    queue = WaitingCalls()
    rows = queue.update(pbx.model, pbx.clock[0])
    assert [r.call_ref for r in rows] == refs
    assert [(r.kind, r.login, r.party.login, r.exact) for r in rows] == [
        (RINGING_CALLS, f"oxe{71005 + i}", f"oxe{71000 + i}", True) for i in range(5)
    ]
    assert [r.since for r in rows] == [T0 + 2000 * i for i in range(5)]  # when each began to ring
    # Answered: out of the queue; the others keep their times.
    pbx.run("oxe71007", "answer", refs[2])
    pbx.later(1)
    assert len(queue.update(pbx.model, pbx.clock[0], changed=set())) == 5  # told nothing changed
    # Told who changed (the callee and the caller), it rescans them only, and agrees with a full scan.
    rows = queue.update(pbx.model, pbx.clock[0], changed={"oxe71007", "oxe71002"})
    assert rows == WaitingCalls().update(pbx.model, pbx.clock[0])  # ringing times are the calls' own
    assert rows == queue.update(pbx.model, pbx.clock[0])
    assert [r.call_ref for r in rows] == refs[:2] + refs[3:]
    assert [r.since for r in rows] == [T0, T0 + 2000, T0 + 6000, T0 + 8000]


def test_a_held_call_is_one_row_held_by_whoever_can_take_it_back():
    pbx = Pbx()
    ref = pbx.call(71000, 71001)
    pbx.run("oxe71001", "answer", ref)
    queue = WaitingCalls()
    assert queue.update(pbx.model, pbx.clock[0]) == []  # talking: nobody waits
    pbx.later(5)
    pbx.run("oxe71000", "hold", ref)
    pbx.later(1)
    (row,) = queue.update(pbx.model, T0 + 5_020)  # the frame after the hold
    assert (row.kind, row.login, row.party.login, row.holder) == (HELD_CALLS, "oxe71000", "oxe71001", True)
    # A live hold carries no "since": it is timed from when it was first seen, which is exact.
    assert (row.since, row.exact) == (T0 + 5_020, True)
    pbx.later(30)
    (again,) = queue.update(pbx.model, pbx.clock[0])
    assert again.since == row.since
    pbx.run("oxe71000", "retrieve", ref)
    assert queue.update(pbx.model, pbx.clock[0]) == []
    pbx.run("oxe71000", "hold", ref)  # held again later: timed afresh
    (third,) = queue.update(pbx.model, pbx.clock[0])
    assert third.since == pbx.clock[0]


def test_a_forwarded_call_keeps_its_place_and_waiting_time():
    pbx = Pbx()
    pbx.run("oxe71001", "forward", condition=NO_ANSWER, destination="71003")
    first = pbx.call(71000, 71001)
    pbx.later(3)
    second = pbx.call(71002, 71004)
    queue = WaitingCalls()
    rows = queue.update(pbx.model, pbx.clock[0])
    assert [r.call_ref for r in rows] == [first, second]
    assert rows[0].next_route == Route(NO_ANSWER, "71003")  # where it goes if nobody answers
    assert rows[1].next_route is None
    pbx.later(15)
    pbx._apply(pbx.engine.no_answer(first))  # 71001 did not answer: on to 71003
    rows = queue.update(pbx.model, pbx.clock[0])
    assert [(r.call_ref, r.login, r.since) for r in rows] == [(first, "oxe71003", T0), (second, "oxe71004", T0 + 3000)]


def test_next_route_is_the_no_answer_forward_else_the_overflow():
    user = User("u")
    assert next_route(user) is None
    user.routing = Routing(forward=Route(IMMEDIATE, "70021"))  # already applied before ringing
    assert next_route(user) is None
    user.routing = Routing(forward=Route(IMMEDIATE, "70021"), overflow=Route(NO_ANSWER, VOICEMAIL))
    assert next_route(user) == Route(NO_ANSWER, VOICEMAIL)
    user.routing = Routing(forward=Route("BUSY_NO_ANSWER", "70022"), overflow=Route(NO_ANSWER, VOICEMAIL))
    assert next_route(user) == Route("BUSY_NO_ANSWER", "70022")


def test_a_rebuilt_state_that_says_nothing_of_when_is_a_lower_bound():
    """O2G's telephony state gives no times: the wait is at least since it was first seen."""
    pbx = Pbx(users=0)
    model = pbx.model
    user = model.users["oxe70021"]
    user.from_snapshot = True
    user.calls["c1"] = Call("c1", state="HELD", legs={"70021": Leg("70021", "HELD", frozenset({"retrieve"}))})
    (row,) = WaitingCalls().update(model, T0)
    assert (row.since, row.exact) == (T0, False)
    # A snapshot that says since when: that moment, exact.
    user.calls["c1"].state_since = T0 - 70_000
    (row,) = WaitingCalls().update(model, T0)
    assert (row.since, row.exact) == (T0 - 70_000, True)


def test_held_by_someone_not_monitored_is_listed_at_the_held_user():
    pbx = Pbx()
    ref = pbx.call(71000, 71001)
    pbx.run("oxe71001", "answer", ref)
    pbx.run("oxe71000", "hold", ref)
    del pbx.model.users["oxe71000"]  # the holder is not one of ours: only the held party's line says it
    (row,) = WaitingCalls().update(pbx.model, pbx.clock[0])
    assert (row.login, row.party.login, row.holder) == ("oxe71001", "oxe71000", False)
