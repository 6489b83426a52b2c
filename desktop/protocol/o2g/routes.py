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
# ?companyPhone= names the number (O2G's users/getByCompanyPhone): the user who has it.
USER_BY_PHONE = Route("GET", "/users")
LEGS = _telephony("GET", "/calls/{callRef}/deviceLegs")
PARTICIPANTS = _telephony("GET", "/calls/{callRef}/participants")
DEVICES = _telephony("GET", "/devices")  # {"deviceStates": [...]}
DEVICE = _telephony("GET", "/devices/{deviceId}")
CALLBACKS = _telephony("GET", "/incomingCallbacks")  # {"callbacks": [...]}

SESSION_ROUTES = (
    OPEN_SESSION, CLOSE_SESSION, KEEPALIVE, SUBSCRIBE, UNSUBSCRIBE,
    STATE, STATE_SNAPSHOT, CALLS, CALL, USER, LOGINS, EVENT_SUMMARY,
    USER_BY_PHONE, LEGS, PARTICIPANTS, DEVICES, DEVICE, CALLBACKS,
)

# --- routing (forward, overflow, do not disturb) and the system status ---------------------
# Every routing request names its user with ?loginName= in an administrator session.

ROUTING_STATE = Route("GET", "/routing/state")
# Answered on the channel by one OnRoutingStateChanged per user; from an administrator
# without ?loginName=, for every user the session watches.
ROUTING_SNAPSHOT = Route("POST", "/routing/state/snapshot")
# Their capabilities are the protocol's six routing actions (docs/protocol.md).
FORWARD = Route("POST", "/routing/forwardroute", rest.ForwardRequest, ("forward",))
CANCEL_FORWARD = Route("DELETE", "/routing/forwardroute", None, ("cancelForward",))
OVERFLOW = Route("POST", "/routing/overflowroute", rest.OverflowRequest, ("overflow",))
CANCEL_OVERFLOW = Route("DELETE", "/routing/overflowroute", None, ("cancelOverflow",))
ACTIVATE_DND = Route("POST", "/routing/dnd", None, ("activateDnd",))
DEACTIVATE_DND = Route("DELETE", "/routing/dnd", None, ("deactivateDnd",))
SYSTEM_STATUS = Route("GET", "/system/status")
# The directory search: start it, read its results until FINISH or TIMEOUT, or cancel it.
DIRECTORY_SEARCH = Route("POST", "/directory/search", rest.DirectorySearchRequest)
DIRECTORY_RESULTS = Route("GET", "/directory/search")
DIRECTORY_CANCEL = Route("DELETE", "/directory/search")

# The parts one by one, as the SDKs also read them: the forward route alone, the overflow
# route alone (empty bodies when none), the DND state, and what routing this user may set.
FORWARD_ROUTE = Route("GET", "/routing/forwardroute")
OVERFLOW_ROUTE = Route("GET", "/routing/overflowroute")
DND_STATE = Route("GET", "/routing/dnd")
ROUTING_CAPABILITIES = Route("GET", "/routing")

ROUTING_ROUTES = (
    ROUTING_STATE, ROUTING_SNAPSHOT, FORWARD, CANCEL_FORWARD, OVERFLOW, CANCEL_OVERFLOW,
    ACTIVATE_DND, DEACTIVATE_DND, FORWARD_ROUTE, OVERFLOW_ROUTE, DND_STATE, ROUTING_CAPABILITIES,
)
OTHER_ROUTES = (SYSTEM_STATUS, DIRECTORY_SEARCH, DIRECTORY_RESULTS, DIRECTORY_CANCEL)

# The communication log (comlog): the records' collection is the service's relativeUrl itself,
# as ALE's SDKs use it (comlog-rest.ts). Bodies and events: protocol/o2g/comlog.py.
COMLOG_RECORDS = Route("GET", "/comlog/records")  # ?loginName, afterDate, beforeDate, unacknowledged, unanswered...
COMLOG_RECORD = Route("GET", "/comlog/records/{recordId}")
COMLOG_ACKNOWLEDGE = Route("PUT", "/comlog/records")  # ?acknowledge=true|false, {"recordIds": [...]}
COMLOG_DELETE_RECORD = Route("DELETE", "/comlog/records/{recordId}")
COMLOG_DELETE_RECORDS = Route("DELETE", "/comlog/records")  # ?recordIdList=a,b, or a filter
COMLOG_ROUTES = (COMLOG_RECORDS, COMLOG_RECORD, COMLOG_ACKNOWLEDGE, COMLOG_DELETE_RECORD, COMLOG_DELETE_RECORDS)

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


# --- services: what a session's `services` list offers -----------------------------------


class Service(NamedTuple):
    """One row of a session's services list: the name O2G gives it, the relativeUrl the
    simulated gateway advertises, and the path prefix of its routes above. A client finds a
    service's URL in the list by name, case-insensitively, as ALE's SDKs do (their service
    factory also takes any relativeUrl under /telephony as the one telephony service)."""

    name: str
    relative_url: str
    prefix: str


SESSIONS = Service("Sessions", "/sessions", "/sessions")
SUBSCRIPTIONS = Service("Subscriptions", "/subscriptions", "/subscriptions")
TELEPHONY = Service("Telephony", "/telephony/calls", "/telephony")
EVENT_SUMMARY_SERVICE = Service("EventSummary", "/eventsummary", "/eventsummary")
USERS = Service("Users", "/users", "/users")
ROUTING = Service("Routing", "/routing", "/routing")
MAINTENANCE = Service("Maintenance", "/system", "/system")
DIRECTORY = Service("Directory", "/directory", "/directory")
COMLOG = Service("comlog", "/comlog/records", "/comlog/records")

# The simulated gateway advertises these rows, in this order; a new service is one row here
# (and its routes above).
SERVICES = [SESSIONS, SUBSCRIPTIONS, TELEPHONY, EVENT_SUMMARY_SERVICE, USERS, ROUTING, MAINTENANCE, DIRECTORY, COMLOG]

# /logins has no service of its own: the SDKs take the Users URL with /users made /logins.
_BY_PATH = {LOGINS.path: USERS}


def service_of(route: Route) -> Service:
    """The service a route belongs to (by its path's prefix)."""
    found = _BY_PATH.get(route.path)
    if found is not None:
        return found
    for service in SERVICES:
        if route.path == service.prefix or route.path.startswith(service.prefix + "/"):
            return service
    raise LookupError(f"no service serves {route.path}")


ALL_ROUTES = SESSION_ROUTES + CALL_CONTROL + ROUTING_ROUTES + OTHER_ROUTES + COMLOG_ROUTES


# --- event packages: what a subscription's selectors name ----------------------------------


class Package(NamedTuple):
    """An O2G event package: its selector name, the service that must be offered for it, and
    whether it is about users (the selector's `ids` name them, mandatory for an
    administrator session and ignored for a user's) or about the system (administrators
    only, no ids)."""

    name: str
    service: Service
    per_user: bool = True


PACKAGES = [
    Package(rest.TELEPHONY, TELEPHONY),
    Package(rest.EVENT_SUMMARY, EVENT_SUMMARY_SERVICE),
    Package(rest.ROUTING, ROUTING),
    Package(rest.USER, USERS),
    Package(rest.SYSTEM, MAINTENANCE, per_user=False),
    Package(rest.USER_MANAGEMENT, USERS, per_user=False),
    Package(rest.COMLOG, COMLOG),
]
