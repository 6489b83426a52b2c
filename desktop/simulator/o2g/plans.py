"""The simulated gateway's call-control endpoints, as one table onto the engine's commands.

Each row is a call-control route of `desktop.protocol.o2g.routes` and its plan: the engine
commands to try, in order. The next one is tried only when the previous one is not offered
right now (NOT_CAPABLE), because O2G requests and OXE capabilities do not map one to one:
O2G's release (DELETE .../calls/{callRef}) disconnects everybody, which the OXE offers as
`terminate` and, where it does not (a call that is releasing), as the leg's `drop`; O2G's
dropme leaves the call, `dropMe` in a conference and the leg's `drop` elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop.protocol import routing
from desktop.protocol.fields import ParseError
from desktop.protocol.o2g import rest, routes
from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, Refused
from desktop.simulator.engine import Engine


class Attempt(NamedTuple):
    action: str
    call_ref: str | None = None
    device_id: str | None = None
    args: dict | None = None


class Request(NamedTuple):
    """What a plan gets: who asks, the path's parameters, the parsed body, the query."""

    engine: Engine
    login: str
    path: dict[str, str]
    body: rest.Body | None
    query: dict[str, str]
    owners: dict[str, str] = {}  # device -> the login it belongs to

    @property
    def call_ref(self) -> str | None:
        return self.path.get("callRef")


Plan = Callable[[Request], list[Attempt]]


def _device(r: Request) -> str | None:
    return getattr(r.body, "deviceId", None)


def on_call(*actions: str) -> Plan:
    """The call of the path, with the body's device if it names one."""
    return lambda r: [Attempt(a, r.call_ref, _device(r)) for a in actions]


def _offering(engine: Engine, login: str, capability: str, device: str | None = None, exclude: str | None = None) -> str | None:
    """The user's call (on `device`, if given) where `capability` is offered now."""
    for ref in engine.calls_of(login):
        leg, offers = engine.leg_of(login, ref), engine.call_offers(login, ref)
        if leg is None or offers is None or ref == exclude or (device is not None and leg[0] != device):
            continue
        call_caps, leg_caps = offers
        if capability in call_caps or capability in leg_caps:
            return ref
    return None


def _make_call(r: Request) -> list[Attempt]:
    return [Attempt("makeCall", None, r.body.deviceId, {"callee": r.body.callee})]


def _alternate(r: Request) -> list[Attempt]:
    # O2G's alternate names either call of the pair; retrieving the held one holds the other.
    held = _offering(r.engine, r.login, "retrieve", exclude=r.call_ref)
    attempts = [Attempt("retrieve", r.call_ref, r.body.deviceId)]
    if held is not None:
        attempts.append(Attempt("retrieve", held, r.body.deviceId))
    return attempts


def _held_call(action: str) -> Plan:
    return lambda r: [Attempt(action, r.call_ref, None, {"heldCallRef": r.body.heldCallRef})]


def _blind_transfer(r: Request) -> list[Attempt]:
    return [Attempt("blindTransfer", r.call_ref, None, {"transferTo": r.body.transferTo})]


def _redirect(r: Request) -> list[Attempt]:
    if r.body.redirectTo.upper() == rest.VOICEMAIL:
        return [Attempt("redirectToVoiceMail", r.call_ref)]
    return [Attempt("redirect", r.call_ref, None, {"redirectTo": r.body.redirectTo})]


def _reconnect(r: Request) -> list[Attempt]:
    enquiry = r.body.enquiryCallRef
    if enquiry == r.call_ref or enquiry not in r.engine.calls_of(r.login):
        raise Refused(UNKNOWN_CALL, f"{r.login} has no enquiry call {enquiry!r}")
    return [Attempt("reconnect", r.call_ref, r.body.deviceId)]


def _send_dtmf(r: Request) -> list[Attempt]:
    return [Attempt("sendDtmf", r.call_ref, r.body.deviceId, {"digits": r.body.number})]


def _drop_participant(r: Request) -> list[Attempt]:
    return [Attempt("dropParticipant", r.call_ref, None, {"participantId": r.path["participantId"]})]


def _park(r: Request) -> list[Attempt]:
    # The simulated OXE offers no parking: refused as the engine refuses a capability it does
    # not offer (NOT_CAPABLE, O2G's INCOMPATIBLE_WITH_STATE body), never as an unknown action.
    if r.call_ref not in r.engine.calls_of(r.login):
        raise Refused(UNKNOWN_CALL, f"{r.login} has no call {r.call_ref!r}")
    if _offering(r.engine, r.login, "park") != r.call_ref:
        raise Refused(NOT_CAPABLE, f"park is not offered to {r.login} on call {r.call_ref} now (the simulated OXE has no parking)")
    return [Attempt("park", r.call_ref, None, {"parkTo": r.body.parkTo})]


_RECORDING = {action.lower(): capability for capability, action in routes.RECORDING_ACTIONS.items()}


def _recording(r: Request) -> list[Attempt]:
    action = _RECORDING.get(r.query.get("action", "").lower())
    if action is None:
        raise Refused(BAD_REQUEST, "recording needs ?action=Start or ?action=Stop (Pause and Resume are not simulated)")
    return [Attempt(action, r.call_ref)]


def _pickup(r: Request) -> list[Attempt]:
    # otherPhoneNumber is the number on which the call rings (the SDKs require it): check it.
    ringing = r.owners.get(r.body.otherPhoneNumber)
    leg = r.engine.leg_of(ringing, r.body.otherCallRef) if ringing else None
    if leg is None or leg[0] != r.body.otherPhoneNumber or leg[1] != "RINGING_INCOMING":
        raise Refused(BAD_REQUEST, f"call {r.body.otherCallRef} does not ring on {r.body.otherPhoneNumber!r}")
    return [Attempt("pickedUp", r.body.otherCallRef, r.path["deviceId"])]


def _intrusion(r: Request) -> list[Attempt]:
    device = r.path["deviceId"]
    ref = _offering(r.engine, r.login, "intrusion", device)
    if ref is None:
        raise Refused(NOT_CAPABLE, f"no call of {r.login} on device {device} offers intrusion now")
    return [Attempt("intrusion", ref, device)]


def _unpark(r: Request) -> list[Attempt]:
    return [Attempt("unParkCall", None, r.path["deviceId"], {"heldCallRef": r.body.heldCallRef})]


PLANS: dict[routes.Route, Plan] = {
    routes.MAKE_CALL: _make_call,
    routes.RELEASE: on_call("terminate", "drop"),
    routes.ANSWER: on_call("answer"),
    routes.HOLD: on_call("hold"),
    routes.RETRIEVE: on_call("retrieve"),
    routes.ALTERNATE: _alternate,
    routes.TRANSFER: _held_call("transfer"),
    routes.MERGE: _held_call("merge"),
    routes.BLIND_TRANSFER: _blind_transfer,
    routes.REDIRECT: _redirect,
    routes.RECONNECT: _reconnect,
    routes.DROP_ME: on_call("dropMe", "drop"),
    routes.PARK: _park,
    routes.OVERFLOW_TO_VOICEMAIL: on_call("overflowToVoiceMail"),
    routes.SEND_DTMF: _send_dtmf,
    routes.CALL_BACK: on_call("callBack"),
    routes.RECORDING: _recording,
    routes.DROP_PARTICIPANT: _drop_participant,
    routes.PICKUP: _pickup,
    routes.INTRUSION: _intrusion,
    routes.UNPARK: _unpark,
}


# --- routing: forward, overflow, do not disturb (engine commands about a user, no call) ---


def _route(key: str, inner: dict | None) -> dict:
    """The {"condition", "destination"} args of an engine routing command, from one O2G route
    of a request body (read as the routing state would be)."""
    if inner is None:
        raise Refused(BAD_REQUEST, f"the body names no {key[:-1]}")
    try:
        state = routing.read_state_json({key: [inner]})
    except ParseError as exc:
        raise Refused(BAD_REQUEST, f"bad {key[:-1]}: {exc}") from None
    found = state.forward if key == "forwardRoutes" else state.overflow
    if found is None:
        raise Refused(BAD_REQUEST, f"the {key[:-1]} names no destination")
    return found.public()


def _forward(r: Request) -> list[Attempt]:
    return [Attempt("forward", None, None, _route("forwardRoutes", r.body.forwardRoute))]


def _overflow(r: Request) -> list[Attempt]:
    return [Attempt("overflow", None, None, _route("overflowRoutes", r.body.route()))]


def _about_user(action: str) -> Plan:
    return lambda r: [Attempt(action)]


ROUTING_PLANS: dict[routes.Route, Plan] = {
    routes.FORWARD: _forward,
    routes.CANCEL_FORWARD: _about_user("cancelForward"),
    routes.OVERFLOW: _overflow,
    routes.CANCEL_OVERFLOW: _about_user("cancelOverflow"),
    routes.ACTIVATE_DND: _about_user("activateDnd"),
    routes.DEACTIVATE_DND: _about_user("deactivateDnd"),
}


def run(engine: Engine, attempts: list[Attempt], login: str, tried: list | None = None):
    """Run the first attempt the engine accepts; a refusal other than NOT_CAPABLE, or the
    last one, is final. Returns (attempt, CommandResult); `tried` collects what was sent."""
    for index, attempt in enumerate(attempts):
        if tried is not None:
            tried.append((login, *attempt))
        try:
            result = engine.command(login, attempt.action, attempt.call_ref, attempt.device_id, attempt.args)
        except Refused as exc:
            if exc.code == NOT_CAPABLE and index + 1 < len(attempts):
                continue
            raise
        return attempt, result
    raise Refused(BAD_REQUEST, "nothing to do")
