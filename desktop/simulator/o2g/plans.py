"""The simulated gateway's call-control endpoints, as one table onto the engine's commands.

Each row is an O2G REST request (method, path under .../telephony, body model) and a plan:
the engine commands to try, in order. The next one is tried only when the previous one is not
offered right now (NOT_CAPABLE), because O2G requests and OXE capabilities do not map one to
one: O2G's release (DELETE .../calls/{callRef}) disconnects everybody, which the OXE offers as
`terminate` and, where it does not (a call that is releasing), as the leg's `drop`; O2G's
dropme leaves the call, `dropMe` in a conference and the leg's `drop` elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop.protocol.o2g import rest
from desktop.simulator.engine import NOT_CAPABLE, UNKNOWN_CALL, BAD_REQUEST, CommandError, Engine


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

    @property
    def call_ref(self) -> str | None:
        return self.path.get("callRef")


Plan = Callable[[Request], list[Attempt]]


class Route(NamedTuple):
    method: str
    path: str  # under .../telephony
    body: type[rest.Body] | None
    plan: Plan


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
        raise CommandError(UNKNOWN_CALL, f"{r.login} has no enquiry call {enquiry!r}")
    return [Attempt("reconnect", r.call_ref, r.body.deviceId)]


def _send_dtmf(r: Request) -> list[Attempt]:
    return [Attempt("sendDtmf", r.call_ref, r.body.deviceId, {"digits": r.body.number})]


def _drop_participant(r: Request) -> list[Attempt]:
    return [Attempt("dropParticipant", r.call_ref, None, {"participantId": r.path["participantId"]})]


def _park(r: Request) -> list[Attempt]:
    # The simulated OXE has no parking: the engine refuses it with its own message.
    return [Attempt("park", r.call_ref, None, {"parkTo": r.body.parkTo} if r.body and r.body.parkTo else None)]


_RECORDING = {"start": "startRecord", "stop": "stopRecord"}


def _recording(r: Request) -> list[Attempt]:
    action = _RECORDING.get(r.query.get("action", "").lower())
    if action is None:
        raise CommandError(BAD_REQUEST, "recording needs ?action=Start or ?action=Stop (Pause and Resume are not simulated)")
    return [Attempt(action, r.call_ref)]


def _pickup(r: Request) -> list[Attempt]:
    return [Attempt("pickedUp", r.body.otherCallRef, r.path["deviceId"])]


def _intrusion(r: Request) -> list[Attempt]:
    device = r.path["deviceId"]
    ref = _offering(r.engine, r.login, "intrusion", device)
    if ref is None:
        raise CommandError(NOT_CAPABLE, f"no call of {r.login} on device {device} offers intrusion now")
    return [Attempt("intrusion", ref, device)]


def _unpark(r: Request) -> list[Attempt]:
    return [Attempt("unParkCall", None, r.path["deviceId"], {"heldCallRef": r.body.heldCallRef})]


ROUTES: tuple[Route, ...] = (
    Route("POST", "/calls", rest.MakeCallRequest, _make_call),
    Route("DELETE", "/calls/{callRef}", None, on_call("terminate", "drop")),
    Route("POST", "/calls/{callRef}/answer", rest.DeviceRequest, on_call("answer")),
    Route("POST", "/calls/{callRef}/hold", rest.DeviceRequest, on_call("hold")),
    Route("POST", "/calls/{callRef}/retrieve", rest.DeviceRequest, on_call("retrieve")),
    Route("POST", "/calls/{callRef}/alternate", rest.DeviceRequest, _alternate),
    Route("POST", "/calls/{callRef}/transfer", rest.HeldCallRequest, _held_call("transfer")),
    Route("POST", "/calls/{callRef}/merge", rest.HeldCallRequest, _held_call("merge")),
    Route("POST", "/calls/{callRef}/blindtransfer", rest.BlindTransferRequest, _blind_transfer),
    Route("POST", "/calls/{callRef}/redirect", rest.RedirectRequest, _redirect),
    Route("POST", "/calls/{callRef}/reconnect", rest.ReconnectRequest, _reconnect),
    Route("POST", "/calls/{callRef}/dropme", None, on_call("dropMe", "drop")),
    Route("POST", "/calls/{callRef}/park", rest.ParkRequest, _park),
    Route("POST", "/calls/{callRef}/overflowToVoiceMail", None, on_call("overflowToVoiceMail")),
    Route("POST", "/calls/{callRef}/sendDtmf", rest.DtmfRequest, _send_dtmf),
    Route("POST", "/calls/{callRef}/callback", None, on_call("callBack")),
    Route("POST", "/calls/{callRef}/recording", None, _recording),
    Route("DELETE", "/calls/{callRef}/participants/{participantId}", None, _drop_participant),
    Route("POST", "/devices/{deviceId}/pickup", rest.PickupRequest, _pickup),
    Route("POST", "/devices/{deviceId}/intrusion", None, _intrusion),
    Route("POST", "/devices/{deviceId}/unpark", rest.UnparkRequest, _unpark),
)


def run(engine: Engine, attempts: list[Attempt], login: str, tried: list | None = None):
    """Run the first attempt the engine accepts; a refusal other than NOT_CAPABLE, or the
    last one, is final. Returns (attempt, CommandResult); `tried` collects what was sent."""
    for index, attempt in enumerate(attempts):
        if tried is not None:
            tried.append((login, *attempt))
        try:
            result = engine.command(login, attempt.action, attempt.call_ref, attempt.device_id, attempt.args)
        except CommandError as exc:
            if exc.code == NOT_CAPABLE and index + 1 < len(attempts):
                continue
            raise
        return attempt, result
    raise CommandError(BAD_REQUEST, "nothing to do")
