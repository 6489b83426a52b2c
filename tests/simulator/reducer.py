"""A minimal client-side view built only from the events, to check the engine against itself:
what a subscriber knows after applying every event must equal the engine's own snapshot."""

from __future__ import annotations


class ClientView:
    def __init__(self) -> None:
        self.state: dict[str, str] = {}
        self.calls: dict[str, dict[str, dict]] = {}  # login -> callRef -> call
        self.last_event_id: dict[str, int] = {}
        self.routing: dict[str, dict] = {}  # login -> the last routingState heard

    def apply(self, event: dict) -> None:
        login = event["id"]
        last = self.last_event_id.get(login, 0)
        assert event["eventId"] == last + 1, f"{login}: eventId {event['eventId']} after {last}"
        self.last_event_id[login] = event["eventId"]
        calls = self.calls.setdefault(login, {})
        name = event["name"]
        if name == "RTSM_USER_STATE_MODIFIED":
            self.state[login] = event["userState"]
            return
        if name == "RTSM_ROUTING_STATE_MODIFIED":
            self.routing[login] = event["routingState"]
            return
        ref = event.get("callRef")
        if name == "RTSM_CALL_CREATED":
            assert ref not in calls, f"{login}: {ref} created twice"
            calls[ref] = {
                "callData": event["callData"],
                "leg": event["legs"][0],
                "participants": {p["participantId"] for p in event.get("participants", [])},
            }
        elif name == "RTSM_CALL_MODIFIED":
            previous = event.get("previousCallRef")
            if previous and previous in calls:
                old = calls.pop(previous)
                calls.setdefault(ref, old)
            assert ref in calls, f"{login}: {ref} modified before created"
            call = calls[ref]
            if "callData" in event:
                call["callData"] = event["callData"]
            for leg in event.get("modifiedLegs", []):
                call["leg"] = leg
            call["participants"] |= {p["participantId"] for p in event.get("addedParticipants", [])}
            call["participants"] -= set(event.get("removedParticipantIds", []))
        elif name == "RTSM_PARTICIPANT_REMOVED":
            calls[ref]["participants"] -= set(event["participantIds"])
        elif name == "RTSM_CALL_REMOVED":
            assert ref in calls, f"{login}: {ref} removed but unknown"
            del calls[ref]

    def matches(self, engine, login: str) -> None:
        """Assert this view equals the engine's snapshot of `login`."""
        snapshot = engine.snapshot(login)
        state = snapshot[0]["userState"]
        assert self.state.get(login, "FREE") == state, f"{login} is {state}, events said {self.state.get(login)}"
        routing = next(e["routingState"] for e in snapshot if e["name"] == "RTSM_ROUTING_STATE_MODIFIED")
        nothing = {"forwardRoutes": [], "overflowRoutes": [], "dndState": {"activate": False}}
        assert self.routing.get(login, nothing) == routing, f"{login} routing {routing}, events said {self.routing.get(login)}"
        want = {}
        for event in snapshot:
            if event["name"] == "RTSM_CALL_CREATED":
                want[event["callRef"]] = {
                    "callData": event["callData"],
                    "leg": event["legs"][0],
                    "participants": {p["participantId"] for p in event.get("participants", [])},
                }
        got = self.calls.get(login, {})
        assert sorted(got) == sorted(want), f"{login}: calls {sorted(got)} but engine has {sorted(want)}"
        for ref, call in want.items():
            assert got[ref]["callData"] == call["callData"], f"{login} {ref} callData"
            assert got[ref]["leg"] == call["leg"], f"{login} {ref} leg"
            assert got[ref]["participants"] == call["participants"], f"{login} {ref} participants"
