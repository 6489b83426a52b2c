"""The call history derived from the eight seed flows (resources/scenarios/*.jsonl, made from
../shared/seed/ by `make scenarios`), row by row, and the outcomes the seed does not show
(transfer, pick-up, no answer, busy, forwarding) on the simulated OXE.

Each expected row reads: (login, callRef, direction, other parties by login or number in the
order they joined, answeredBy, outcome, last cause). The callRefs, logins and causes are the
seed's own; a reader can check each row against the flow's events.
"""

from __future__ import annotations

import pytest

from desktop.model import Model
from desktop.model.history import CallHistory, iso
from desktop.protocol.parse import parse_line, parse_obj
from desktop.simulator.engine import Engine, seed_directory
from tests.conftest import scenario_lines

A, B, C = "oxe70020", "oxe70021", "oxe70022"

FLOWS = {
    # 1: A calls B, B answers, A hangs up. One answered row each.
    1: [
        (A, "e155fe5632030100", "outgoing", [B], B, "answered", None),
        (B, "e155fe5632030100", "incoming", [A], B, "answered", "CLEARED"),
    ],
    # 2: A talks with B; C calls B, is told BUSY, camps on; B takes C (A on hold), C hangs up,
    # B is recalled to A. The camp-on call is answered for both; BUSY was not the end of it.
    2: [
        (A, "e4a82857df000100", "outgoing", [B], B, "answered", None),
        (B, "e4a82857df000100", "incoming", [A], B, "answered", "CLEARED"),
        (C, "eea82857e0000100", "outgoing", [B], B, "answered", "CLEARED"),
        (B, "eea82857e0000100", "incoming", [C], B, "answered", None),
    ],
    # 3: A calls C; C holds A and consults B (d4e7...), B hangs up, C is recalled to A.
    3: [
        (A, "cce729570a010100", "outgoing", [C], C, "answered", "CLEARED"),
        (C, "cce729570a010100", "incoming", [A], C, "answered", "RECALL"),
        (C, "d4e729570b010100", "outgoing", [B], B, "answered", "CLEARED"),
        (B, "d4e729570b010100", "incoming", [C], B, "answered", None),
    ],
    # 4: A calls C; C consults B (f8fe...) and makes a conference: C's consultation call is
    # folded into f0fe... (it ends there, CONFERENCED); B's call becomes f0fe...; B leaves.
    4: [
        (A, "f0fe295717010100", "outgoing", [C, B], C, "answered", "CLEARED"),
        (C, "f0fe295717010100", "incoming", [A, B], C, "answered", "PARTICIPANT_LEFT"),
        (C, "f8fe295718010100", "outgoing", [B], B, "answered", "CONFERENCED"),
        (B, "f0fe295717010100", "incoming", [C, A], B, "answered", "CONFERENCED"),
    ],
    # 5: A calls C, C holds and retrieves twice: one answered row each, holds change nothing.
    5: [
        (A, "32002a5722010100", "outgoing", [C], C, "answered", "CLEARED"),
        (C, "32002a5722010100", "incoming", [A], C, "answered", None),
    ],
    # 6: A calls C (oxe70022), the PBX redirects to B, who answers. C never rings (no event of
    # its own); with C monitored it still has a row: redirected, to B (the last party).
    6: [
        (A, "94ac2857fa000100", "outgoing", [C, B], B, "answered", "CLEARED"),
        (B, "94ac2857fa000100", "incoming", [A], B, "answered", "REDIRECTED"),
        (C, "94ac2857fa000100", "incoming", [A, B], None, "redirected", "REDIRECTED"),
    ],
    # 7: A calls the voicemail (887, SERVICE_VOICEMAIL), which answers.
    7: [
        (A, "80012a572d010100", "outgoing", ["887"], "887", "voicemail", None),
    ],
    # 8: A calls C and hangs up while C rings: missed for C, abandoned for A.
    8: [
        (A, "a4032a5739010100", "outgoing", [C], None, "abandoned", "CLEARED"),
        (C, "a4032a5739010100", "incoming", [A], None, "missed", "CLEARED"),
    ],
}


def rows_of(events, monitored=(A, B, C), parse=parse_line):
    model, history = Model(), CallHistory()
    for login in monitored:
        model.add_user(login, login[3:])
    rows = []
    for raw in events:
        event = parse(raw, "auto")
        history.observe(event, model.apply(event), model)
        rows += history.take(model)
    assert history.open_calls() == []
    return rows


def summary(rows):
    return sorted(
        (r.login, r.call_ref, r.direction, [p.login or p.number for p in r.parties], r.answered_by, r.outcome, r.cause)
        for r in rows
    )


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_each_seed_flow_gives_one_row_per_call_per_user(flow):
    assert summary(rows_of(scenario_lines(flow))) == sorted(FLOWS[flow])


def test_flow_1_times_and_duration_are_the_seeds():
    rows = {r.login: r.as_json() for r in rows_of(scenario_lines(1))}
    # A's CALL_CREATED at ...53158, B's ACTIVE at ...53253, CALL_REMOVED at ...53284.
    assert rows[A]["started"] == "2024-01-10T16:47:33.158Z" == iso(1704905253158)
    assert rows[A]["answered"] == "2024-01-10T16:47:33.253Z"
    assert rows[A]["ended"] == "2024-01-10T16:47:33.284Z"
    assert rows[A]["durationS"] == 0.031
    assert rows[B]["parties"] == [{"number": "70020", "login": A, "name": "Nom70020 Prénom7"}]
    assert set(rows[A]) == {"callRef", "login", "direction", "parties", "started", "answered", "answeredBy",
                            "ended", "durationS", "outcome", "cause", "acknowledged"}
    assert rows[A]["acknowledged"] is False


def test_flow_8_is_unanswered_with_zero_duration():
    rows = {r.login: r for r in rows_of(scenario_lines(8))}
    assert rows[C].answered is None and rows[C].duration_s == 0.0 and rows[C].missed
    assert not rows[A].missed  # abandoned by the caller is not a missed call of the caller


def test_flow_6_without_the_first_callee_monitored_has_no_row_for_it():
    rows = rows_of(scenario_lines(6), monitored=(A, B))
    assert sorted(r.login for r in rows) == [A, B]


def test_a_rewind_forgets_calls_in_progress():
    model, history = Model(), CallHistory()
    for raw in scenario_lines(1)[:6]:
        event = parse_line(raw, "auto")
        history.observe(event, model.apply(event), model)
    assert len(history.open_calls()) == 2
    history.reset(rewind=True)
    assert history.open_calls() == [] and history.take(Model()) == []


# --- beyond the seed: the simulated OXE's other ways for a call to end -----------------------


class Run:
    def __init__(self, monitored=(A, B, C)):
        self.now = 1_700_000_000_000
        self.engine = Engine(seed_directory(0), clock=self.clock)
        self.model, self.history = Model(), CallHistory()
        for login in monitored:
            self.model.add_user(login, login[3:])
        self.rows = []

    def clock(self):
        self.now += 10
        return self.now

    def __call__(self, login, action, ref=None, **args):
        result = self.engine.command(login, action, ref, args=args)
        self.feed(result.events)
        return result.result.get("callRef")

    def feed(self, events):
        for raw in events:
            event = parse_obj(raw, "auto")
            self.history.observe(event, self.model.apply(event), self.model)
        self.rows += self.history.take(self.model)

    def outcomes(self):
        latest = {}
        for r in self.rows:  # an amended row comes again: the last one counts
            latest[r.key] = r
        return sorted((r.login, r.outcome, [p.login or p.number for p in r.parties][-1]) for r in latest.values())


def test_transfer_marks_both_of_the_transferring_users_rows_transferred():
    run = Run()
    r1 = run(A, "makeCall", callee="70022")
    run(C, "answer", r1)
    r2 = run(C, "makeCall", callee="70021")
    run(B, "answer", r2)
    run(C, "transfer", r2, heldCallRef=r1)
    run(B, "drop", r1)
    got = run.outcomes()
    assert (C, "transferred", B) in got and (C, "transferred", A) in got
    assert (A, "answered", B) in got and (B, "answered", A) in got


def test_pick_up_by_a_colleague_is_not_a_missed_call():
    run = Run()
    r = run(A, "makeCall", callee="70022")
    run(B, "pickedUp", r)
    run(A, "terminate", r)
    rows = {(x.login): x for x in run.rows}
    assert rows[C].outcome == "answered" and rows[C].answered_by == B and not rows[C].missed


def test_redirect_while_ringing_is_redirected_to_the_new_callee():
    run = Run()
    r = run(A, "makeCall", callee="70022")
    run(C, "redirect", r, redirectTo="70021")
    run(B, "answer", r)
    run(B, "drop", r)
    assert (C, "redirected", B) in run.outcomes()


def test_no_answer_is_missed_and_a_busy_callee_is_busy_for_the_caller():
    run = Run()
    r = run(A, "makeCall", callee="70021")  # B has no voicemail
    run.feed(run.engine.no_answer(r))
    got = {x.login: x.outcome for x in run.rows}
    assert got[B] == "missed"
    r1 = run(A, "makeCall", callee="70022")
    run(C, "answer", r1)
    r2 = run(B, "makeCall", callee="70022")
    run(B, "terminate", r2)  # told BUSY, the caller gives up
    assert any(x.login == B and x.call_ref == r2 and x.outcome == "busy" for x in run.rows)


def test_no_answer_to_voicemail_is_a_missed_call_in_voicemail():
    run = Run()
    r = run(B, "makeCall", callee="70020")  # A has a voicemail
    run.feed(run.engine.no_answer(r))
    run(B, "terminate", r)
    latest = {x.login: x for x in run.rows}
    assert latest[A].outcome == "voicemail" and latest[A].missed
    assert latest[B].outcome == "voicemail"


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_the_same_flow_over_o2g_gives_the_same_rows(flow):
    # O2G's events carry no time: answered and ended are when they were heard, and the rows,
    # outcomes included, are the same as from the RTSM events.
    import orjson

    from desktop.protocol.o2g.convert import rtsm_to_o2g

    events = [e for e in (rtsm_to_o2g(orjson.loads(line)) for line in scenario_lines(flow)) if e is not None]
    assert summary(rows_of(events, parse=parse_obj)) == sorted(FLOWS[flow])


def test_a_reconnection_ends_the_calls_its_snapshot_no_longer_has():
    # Flow 1 up to B talking; the connection drops; the call ends meanwhile; the new
    # snapshot says both users are FREE: both rows end, once, at the snapshot.
    model, history = Model(), CallHistory()
    for raw in scenario_lines(1)[:8]:
        event = parse_line(raw, "auto")
        history.observe(event, model.apply(event), model)
    assert history.take(model) == [] and len(history.open_calls()) == 2
    history.reset(rewind=False)
    model = Model()
    snapshot = [b'{"name": "RTSM_USER_STATE_MODIFIED", "userState": "FREE", "eventId": 1, "id": "%s", "time": 1704905260000}' % login.encode() for login in (A, B)]
    event = parse_line(snapshot[0], "auto")
    history.observe(event, model.apply(event), model)
    assert [r.login for r in history.take(model)] == [A]  # B's snapshot has not come yet
    event = parse_line(snapshot[1], "auto")
    history.observe(event, model.apply(event), model)
    (row,) = history.take(model)
    assert (row.login, row.outcome, row.ended) == (B, "answered", 1704905260000)
    assert history.open_calls() == []


def test_a_reconnection_keeps_the_calls_its_snapshot_brings_back():
    model, history = Model(), CallHistory()
    lines = scenario_lines(1)
    for raw in lines[:8]:
        event = parse_line(raw, "auto")
        history.observe(event, model.apply(event), model)
    history.reset(rewind=False)
    model = Model()
    import orjson

    for login in (A, B):  # each user's snapshot: its call, as a CALL_CREATED numbered from 1
        created = orjson.loads(next(l for l in lines if b'"RTSM_CALL_CREATED"' in l and login.encode() in l.split(b'"id"')[-1]))
        created.update({"eventId": 1, "callData": {**created["callData"], "state": "ACTIVE"}})
        for leg in created["legs"]:
            leg["state"] = "ACTIVE"
        event = parse_obj(created, "auto")
        history.observe(event, model.apply(event), model)
    assert history.take(model) == [] and len(history.open_calls()) == 2
    for raw in lines[8:]:
        event = parse_line(raw, "auto")
        history.observe(event, model.apply(event), model)
    rows = history.take(model)
    assert sorted((r.login, r.outcome) for r in rows) == [(A, "answered"), (B, "answered")]
    assert all(r.started < 1704905253300 for r in rows)  # the rows began before the outage
