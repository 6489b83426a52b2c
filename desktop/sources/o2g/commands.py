"""From a capability button to the O2G REST request that does it: one table.

Each row: the method, the path under .../telephony ({callRef}, {deviceId}, {participantId}),
the body, and what has to be looked up first when the caller did not say:
- `device`: "leg" for the device this user has in the call, "user" for one of the user's
  devices (commands on a device rather than a call);
- `other_call`: the args key that may default to the user's only other call (the held call
  of a transfer or merge, the enquiry call a reconnect cancels).

Why `drop` goes to .../dropme and not to DELETE .../calls/{callRef}: O2G's release (DELETE)
disconnects every party, which is `terminate`; the leg's `drop` means "this device leaves",
which is O2G's dropme ("if the call is a conference, it carries on without the user").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import quote

from desktop.protocol.o2g import rest
from desktop.sources.base import CommandRefused


class Context(NamedTuple):
    action: str
    login: str
    call_ref: str | None
    device_id: str | None
    args: dict[str, Any]

    def arg(self, name: str) -> str:
        value = self.args.get(name)
        if not isinstance(value, str) or not value:
            raise CommandRefused("BAD_REQUEST", f"{self.action} needs args.{name}")
        return value


class RestCommand(NamedTuple):
    method: str
    path: str
    body: Callable[[Context], rest.Body] | None = None
    query: dict[str, str] | None = None
    device: str | None = None  # "leg" or "user": looked up when the caller gave none
    other_call: str | None = None  # args key that defaults to the user's other call


def _device(ctx: Context) -> rest.DeviceRequest:
    return rest.DeviceRequest(deviceId=ctx.device_id)


def _held(ctx: Context) -> rest.HeldCallRequest:
    return rest.HeldCallRequest(heldCallRef=ctx.arg("heldCallRef"))


COMMANDS: dict[str, RestCommand] = {
    "makeCall": RestCommand("POST", "/calls", lambda c: rest.MakeCallRequest(deviceId=c.device_id, callee=c.arg("callee")), device="user"),
    "answer": RestCommand("POST", "/calls/{callRef}/answer", _device, device="leg"),
    "hold": RestCommand("POST", "/calls/{callRef}/hold", _device, device="leg"),
    "retrieve": RestCommand("POST", "/calls/{callRef}/retrieve", _device, device="leg"),
    "alternate": RestCommand("POST", "/calls/{callRef}/alternate", _device, device="leg"),
    "transfer": RestCommand("POST", "/calls/{callRef}/transfer", _held, other_call="heldCallRef"),
    "merge": RestCommand("POST", "/calls/{callRef}/merge", _held, other_call="heldCallRef"),
    "blindTransfer": RestCommand("POST", "/calls/{callRef}/blindtransfer", lambda c: rest.BlindTransferRequest(transferTo=c.arg("transferTo"))),
    "redirect": RestCommand("POST", "/calls/{callRef}/redirect", lambda c: rest.RedirectRequest(redirectTo=c.arg("redirectTo"))),
    "redirectToVoiceMail": RestCommand("POST", "/calls/{callRef}/redirect", lambda c: rest.RedirectRequest(redirectTo=rest.VOICEMAIL)),
    "reconnect": RestCommand(
        "POST", "/calls/{callRef}/reconnect",
        lambda c: rest.ReconnectRequest(deviceId=c.device_id, enquiryCallRef=c.arg("enquiryCallRef")),
        device="leg", other_call="enquiryCallRef",
    ),
    "dropMe": RestCommand("POST", "/calls/{callRef}/dropme"),
    "drop": RestCommand("POST", "/calls/{callRef}/dropme"),
    "terminate": RestCommand("DELETE", "/calls/{callRef}"),
    "park": RestCommand("POST", "/calls/{callRef}/park", lambda c: rest.ParkRequest(parkTo=c.args.get("parkTo") or None)),
    "overflowToVoiceMail": RestCommand("POST", "/calls/{callRef}/overflowToVoiceMail"),
    "sendDtmf": RestCommand("POST", "/calls/{callRef}/sendDtmf", lambda c: rest.DtmfRequest(deviceId=c.device_id, number=c.arg("digits")), device="leg"),
    "dropParticipant": RestCommand("DELETE", "/calls/{callRef}/participants/{participantId}"),
    "callBack": RestCommand("POST", "/calls/{callRef}/callback"),
    "startRecord": RestCommand("POST", "/calls/{callRef}/recording", query={"action": "Start"}),
    "stopRecord": RestCommand("POST", "/calls/{callRef}/recording", query={"action": "Stop"}),
    "pickedUp": RestCommand(
        "POST", "/devices/{deviceId}/pickup",
        lambda c: rest.PickupRequest(otherCallRef=c.call_ref, otherPhoneNumber=c.args.get("otherPhoneNumber") or ""),
        device="user",
    ),
    "intrusion": RestCommand("POST", "/devices/{deviceId}/intrusion", device="leg"),
}
"""Capabilities with no row (waitOnBusy, makeBusinessCall, makePrivateCall, unParkCall...)
have no O2G request we can build from a button; they are refused without a request."""


def path_of(command: RestCommand, ctx: Context) -> str:
    values = {"callRef": ctx.call_ref, "deviceId": ctx.device_id, "participantId": ctx.args.get("participantId")}
    needed = [name for name in values if "{" + name + "}" in command.path]
    for name in needed:
        if not isinstance(values[name], str) or not values[name]:
            where = "args.participantId" if name == "participantId" else name
            raise CommandRefused("BAD_REQUEST", f"{ctx.action} needs {where}")
    return command.path.format(**{name: quote(values[name], safe="") for name in needed})
