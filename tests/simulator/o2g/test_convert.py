"""RTSM batches in O2G's form: what O2G says and RTSM does not (the removed user's cause and new
destination, lastRedirecting), O2G's capability names only, routing and link events."""

from __future__ import annotations

from desktop.protocol.o2g.convert import batch_to_o2g, rtsm_to_o2g
from desktop.simulator.engine import Engine, seed_directory

A, B, C = "oxe70020", "oxe70021", "oxe70022"


def _talking(engine):
    ref = engine.command(A, "makeCall", args={"callee": "70021"}).result["callRef"]
    engine.command(B, "answer", ref)
    return ref


def test_a_blind_transfer_tells_the_transferring_user_where_the_call_went():
    engine = Engine(seed_directory())
    ref = _talking(engine)
    out = batch_to_o2g(engine.command(B, "blindTransfer", ref, args={"transferTo": "70022"}).events)
    removed = next(o for o in out if o["eventName"] == "OnCallRemoved")
    assert (removed["loginName"], removed["cause"], removed["newDestination"]) == (B, "TRANSFERRED", "70022")
    # a transfer is no redirection: no lastRedirecting
    assert all("lastRedirecting" not in (o.get("callData") or {}) for o in out)


def test_a_redirect_names_who_redirected_on_the_calls_events():
    engine = Engine(seed_directory())
    ref = engine.command(A, "makeCall", args={"callee": "70021"}).result["callRef"]
    out = batch_to_o2g(engine.command(B, "redirect", ref, args={"redirectTo": "70022"}).events)
    removed = next(o for o in out if o["eventName"] == "OnCallRemoved")
    assert (removed["cause"], removed["newDestination"]) == ("REDIRECTED", "70022")
    redirected = [o for o in out if o["eventName"] in ("OnCallModified", "OnCallCreated") and "callData" in o]
    assert redirected and all(o["callData"]["lastRedirecting"] == {"id": {"loginName": B}} for o in redirected)


def test_a_plain_hang_up_adds_nothing_and_waitOnBusy_is_never_sent():
    engine = Engine(seed_directory())
    ref = _talking(engine)
    busy = engine.command(C, "makeCall", args={"callee": "70021"})  # B busy: the OXE offers waitOnBusy
    assert any("waitOnBusy" in str(e) for e in busy.events)
    assert "waitOnBusy" not in str(batch_to_o2g(busy.events))
    out = batch_to_o2g(engine.command(A, "drop", ref).events)
    assert all("newDestination" not in o for o in out if o["eventName"] == "OnCallRemoved")


def test_routing_and_link_events():
    engine = Engine(seed_directory())
    routing = rtsm_to_o2g(engine.command(C, "activateDnd").events[0])
    assert routing == {"eventName": "OnRoutingStateChanged", "loginName": C, "routingState": engine.routing_state(C)}
    assert [rtsm_to_o2g(e)["eventName"] for e in engine.link_down() + engine.link_up()] == ["OnPbxLinkDown", "OnPbxLinkUp"]
    assert "loginName" not in rtsm_to_o2g(engine.link_down()[0])  # about no user
