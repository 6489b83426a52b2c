"""Every O2G REST route we speak, named once: its method, its path under the session's base
URL (``https://host/api/rest/1.0`` on the simulator; a real gateway says its own), the body
model it takes, and the capabilities it carries out.

The client (`desktop.sources.o2g`) builds its requests from these rows and the simulated
gateway (`desktop.simulator.o2g`) serves exactly these rows, so the two can only disagree on
what a request means, never on where it goes. Discovery, authentication and the event
channel are not here: a client never builds their URLs, it is handed them.

A route's `capabilities` are the capability buttons that send it (they are also the engine's
command names): two buttons share a route when O2G has one request for both (`drop` and
`dropMe` both leave the call through dropme; `redirectToVoiceMail` is a redirect to VOICEMAIL;
the recording's ?action= tells start from stop). A route no button sends has none.
"""

from __future__ import annotations

from string import Formatter
from typing import NamedTuple
from urllib.parse import quote

from desktop.protocol.o2g import rest


class Route(NamedTuple):
    method: str
    path: str  # under the session's base URL; {name} parts are filled by `fill`
    body: type[rest.Body] | None = None
    capabilities: tuple[str, ...] = ()

    @property
    def parameters(self) -> tuple[str, ...]:
        """The names of the path's {parts}, in order."""
        return tuple(name for _, name, _, _ in Formatter().parse(self.path) if name)

    def fill(self, values: dict[str, str]) -> str:
        """The path with each part quoted whole (a '/' in a callRef stays inside its part)."""
        return self.path.format(**{name: quote(values[name], safe="") for name in self.parameters})


def _telephony(method: str, path: str, body: type[rest.Body] | None = None, *capabilities: str) -> Route:
    return Route(method, "/telephony" + path, body, capabilities)


# --- the session and what it reads -------------------------------------------------------

OPEN_SESSION = Route("POST", "/sessions", rest.SessionRequest)  # at the URL authentication hands back
CLOSE_SESSION = Route("DELETE", "/sessions")
KEEPALIVE = Route("POST", "/sessions/keepalive")
SUBSCRIBE = Route("POST", "/subscriptions", rest.SubscriptionRequest)
UNSUBSCRIBE = Route("DELETE", "/subscriptions/{subscriptionId}")
STATE = _telephony("GET", "/state")
STATE_SNAPSHOT = _telephony("POST", "/state/snapshot")  # answered on the channel, in order
CALLS = _telephony("GET", "/calls")
CALL = _telephony("GET", "/calls/{callRef}")
USER = Route("GET", "/users/{loginName}")
LOGINS = Route("GET", "/logins")
EVENT_SUMMARY = Route("GET", "/eventsummary")

SESSION_ROUTES = (
    OPEN_SESSION, CLOSE_SESSION, KEEPALIVE, SUBSCRIBE, UNSUBSCRIBE,
    STATE, STATE_SNAPSHOT, CALLS, CALL, USER, LOGINS, EVENT_SUMMARY,
)

# --- call control ------------------------------------------------------------------------

MAKE_CALL = _telephony("POST", "/calls", rest.MakeCallRequest, "makeCall")
# O2G's release "releases the call; all parties are disconnected": `terminate`, not `drop`.
RELEASE = _telephony("DELETE", "/calls/{callRef}", None, "terminate")
ANSWER = _telephony("POST", "/calls/{callRef}/answer", rest.DeviceRequest, "answer")
HOLD = _telephony("POST", "/calls/{callRef}/hold", rest.DeviceRequest, "hold")
RETRIEVE = _telephony("POST", "/calls/{callRef}/retrieve", rest.DeviceRequest, "retrieve")
ALTERNATE = _telephony("POST", "/calls/{callRef}/alternate", rest.DeviceRequest, "alternate")
TRANSFER = _telephony("POST", "/calls/{callRef}/transfer", rest.HeldCallRequest, "transfer")
MERGE = _telephony("POST", "/calls/{callRef}/merge", rest.HeldCallRequest, "merge")
BLIND_TRANSFER = _telephony("POST", "/calls/{callRef}/blindtransfer", rest.BlindTransferRequest, "blindTransfer")
REDIRECT = _telephony("POST", "/calls/{callRef}/redirect", rest.RedirectRequest, "redirect", "redirectToVoiceMail")
RECONNECT = _telephony("POST", "/calls/{callRef}/reconnect", rest.ReconnectRequest, "reconnect")
# dropme: "if the call is a conference, it carries on without the user", what the leg's drop means.
DROP_ME = _telephony("POST", "/calls/{callRef}/dropme", None, "dropMe", "drop")
PARK = _telephony("POST", "/calls/{callRef}/park", rest.ParkRequest, "park")
OVERFLOW_TO_VOICEMAIL = _telephony("POST", "/calls/{callRef}/overflowToVoiceMail", None, "overflowToVoiceMail")
SEND_DTMF = _telephony("POST", "/calls/{callRef}/sendDtmf", rest.DtmfRequest, "sendDtmf")
CALL_BACK = _telephony("POST", "/calls/{callRef}/callback", None, "callBack")
RECORDING = _telephony("POST", "/calls/{callRef}/recording", None, "startRecord", "stopRecord")
DROP_PARTICIPANT = _telephony("DELETE", "/calls/{callRef}/participants/{participantId}", None, "dropParticipant")
PICKUP = _telephony("POST", "/devices/{deviceId}/pickup", rest.PickupRequest, "pickedUp")
INTRUSION = _telephony("POST", "/devices/{deviceId}/intrusion", None, "intrusion")
# No button: unParkCall needs the parked call, which a button does not ask for.
UNPARK = _telephony("POST", "/devices/{deviceId}/unpark", rest.UnparkRequest)

CALL_CONTROL = (
    MAKE_CALL, RELEASE, ANSWER, HOLD, RETRIEVE, ALTERNATE, TRANSFER, MERGE, BLIND_TRANSFER,
    REDIRECT, RECONNECT, DROP_ME, PARK, OVERFLOW_TO_VOICEMAIL, SEND_DTMF, CALL_BACK, RECORDING,
    DROP_PARTICIPANT, PICKUP, INTRUSION, UNPARK,
)

# The recording route's ?action= for each of its capabilities (O2G also has Pause and Resume,
# which no button sends and the simulator does not serve).
RECORDING_ACTIONS = {"startRecord": "Start", "stopRecord": "Stop"}
