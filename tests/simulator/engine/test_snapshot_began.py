"""The simulator's snapshot says when things began (docs/protocol.md, "began"), so a client
rebuilding from it continues its clocks and keeps each call's direction."""

from desktop.simulator.engine import Engine, seed_directory


def test_snapshot_carries_call_start_leg_state_start_and_direction():
    now = [1_000]
    engine = Engine(seed_directory(0), clock=lambda: now[0])
    ref = engine.command("oxe70020", "makeCall", args={"callee": "70021"}).result["callRef"]
    now[0] = 4_000
    engine.command("oxe70021", "answer", ref)
    now[0] = 9_000
    caller, callee = ({e["name"]: e for e in engine.snapshot(login)} for login in ("oxe70020", "oxe70021"))
    assert caller["RTSM_CALL_CREATED"]["began"] == {"call": 1_000, "state": 4_000, "direction": "OUTGOING"}
    assert callee["RTSM_CALL_CREATED"]["began"] == {"call": 1_000, "state": 4_000, "direction": "INCOMING"}
    assert caller["RTSM_USER_STATE_MODIFIED"]["began"] == {"state": 1_000}  # BUSY since it dialled
    idle = {e["name"]: e for e in engine.snapshot("oxe70022")}
    assert idle["RTSM_USER_STATE_MODIFIED"]["began"] == {"state": 1_000}  # FREE since the PBX started
