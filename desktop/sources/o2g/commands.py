"""From a capability button to the O2G REST request that does it: one table, whose every row
is a route of `desktop.protocol.o2g.routes` (which says why `drop` goes to dropme).

Each row: the route, the body built from what the button gives, and what has to be looked up
first when the caller did not say:
- `device`: "leg" for the device this user has in the call, "user" for one of the user's
  devices (commands on a device rather than a call);
- `other_call`: the args key that may default to the user's only other call (the held call
  of a transfer or merge, the enquiry call a reconnect cancels).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from desktop.protocol import routing
from desktop.protocol.o2g import rest, routes
from desktop.protocol.wire import BAD_REQUEST, Refused


class Context(NamedTuple):
    action: str
    login: str
    call_ref: str | None
    device_id: str | None
    args: dict[str, Any]

    def arg(self, name: str) -> str:
        value = self.args.get(name)
        if not isinstance(value, str) or not value:
            raise Refused(BAD_REQUEST, f"{self.action} needs args.{name}")
        return value


class RestCommand(NamedTuple):
    route: routes.Route
    body: Callable[[Context], rest.Body] | None = None
    query: dict[str, str] | None = None
    device: str | None = None  # "leg" or "user": looked up when the caller gave none
    other_call: str | None = None  # args key that defaults to the user's other call


def _device(ctx: Context) -> rest.DeviceRequest:
    return rest.DeviceRequest(deviceId=ctx.device_id)


def _held(ctx: Context) -> rest.HeldCallRequest:
    return rest.HeldCallRequest(heldCallRef=ctx.arg("heldCallRef"))


COMMANDS: dict[str, RestCommand] = {
    # autoAnswer as the SDKs send it (true unless args say otherwise)
    "makeCall": RestCommand(routes.MAKE_CALL, lambda c: rest.MakeCallRequest(deviceId=c.device_id, callee=c.arg("callee"), autoAnswer=c.args.get("autoAnswer") is not False), device="user"),
    "answer": RestCommand(routes.ANSWER, _device, device="leg"),
    "hold": RestCommand(routes.HOLD, _device, device="leg"),
    "retrieve": RestCommand(routes.RETRIEVE, _device, device="leg"),
    "alternate": RestCommand(routes.ALTERNATE, _device, device="leg"),
    "transfer": RestCommand(routes.TRANSFER, _held, other_call="heldCallRef"),
    "merge": RestCommand(routes.MERGE, _held, other_call="heldCallRef"),
    "blindTransfer": RestCommand(routes.BLIND_TRANSFER, lambda c: rest.BlindTransferRequest(transferTo=c.arg("transferTo"))),
    "redirect": RestCommand(routes.REDIRECT, lambda c: rest.RedirectRequest(redirectTo=c.arg("redirectTo"))),
    "redirectToVoiceMail": RestCommand(routes.REDIRECT, lambda c: rest.RedirectRequest(redirectTo=rest.VOICEMAIL)),
    "reconnect": RestCommand(
        routes.RECONNECT,
        lambda c: rest.ReconnectRequest(deviceId=c.device_id, enquiryCallRef=c.arg("enquiryCallRef")),
        device="leg", other_call="enquiryCallRef",
    ),
    "dropMe": RestCommand(routes.DROP_ME),
    "drop": RestCommand(routes.DROP_ME),
    "terminate": RestCommand(routes.RELEASE),
    "park": RestCommand(routes.PARK, lambda c: rest.ParkRequest(parkTo=c.arg("parkTo"))),  # the SDKs require it
    "overflowToVoiceMail": RestCommand(routes.OVERFLOW_TO_VOICEMAIL),
    "sendDtmf": RestCommand(routes.SEND_DTMF, lambda c: rest.DtmfRequest(deviceId=c.device_id, number=c.arg("digits")), device="leg"),
    "dropParticipant": RestCommand(routes.DROP_PARTICIPANT),
    "callBack": RestCommand(routes.CALL_BACK),
    **{
        capability: RestCommand(routes.RECORDING, query={"action": action})
        for capability, action in routes.RECORDING_ACTIONS.items()
    },
    "pickedUp": RestCommand(
        routes.PICKUP,
        # otherPhoneNumber: where the call rings (the source looks it up when not given)
        lambda c: rest.PickupRequest(otherCallRef=c.call_ref, otherPhoneNumber=c.arg("otherPhoneNumber")),
        device="user",
    ),
    "intrusion": RestCommand(routes.INTRUSION, device="leg"),
    # The routing service: a user's forward, overflow and do-not-disturb (docs/protocol.md's
    # six routing actions, args {"condition", "destination"}), written as the SDKs write them.
    "forward": RestCommand(routes.FORWARD, lambda c: rest.ForwardRequest(
        forwardRoute=routing.forward_route_json(routing.check_route(c.args, routing.FORWARD_CONDITIONS)))),
    "cancelForward": RestCommand(routes.CANCEL_FORWARD),
    "overflow": RestCommand(routes.OVERFLOW, lambda c: rest.OverflowRequest(
        overflowRoutes=routing.overflow_route_json(routing.check_route(c.args, routing.OVERFLOW_CONDITIONS)))),
    "cancelOverflow": RestCommand(routes.CANCEL_OVERFLOW),
    "activateDnd": RestCommand(routes.ACTIVATE_DND),
    "deactivateDnd": RestCommand(routes.DEACTIVATE_DND),
}
"""Capabilities with no row (waitOnBusy, makeBusinessCall, makePrivateCall, unParkCall...)
have no O2G request we can build from a button; they are refused without a request."""


def path_of(command: RestCommand, ctx: Context) -> str:
    """The route's path under the session's base URL, or a refusal naming the missing part."""
    values = {"callRef": ctx.call_ref, "deviceId": ctx.device_id, "participantId": ctx.args.get("participantId")}
    for name in command.route.parameters:
        if not isinstance(values[name], str) or not values[name]:
            where = "args.participantId" if name == "participantId" else name
            raise Refused(BAD_REQUEST, f"{ctx.action} needs {where}")
    return command.route.fill(values)
