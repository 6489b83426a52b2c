"""The REST bodies of the OmniPCX Open Gateway (O2G), as pydantic models.

Shared by the client (`desktop.sources.o2g`) and the simulated gateway
(`desktop.simulator.o2g`), so both sides agree on one shape. The shapes follow ALE's
public O2G SDKs; fields we do not use are accepted and ignored (``extra="ignore"``), because
a real gateway sends more than we read. Events on the chunked channel are not here: they go
through the hand-written readers of `desktop.protocol.o2g.events` (see DEVELOPERS.md).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# The API version and the event packages' selector names live in names.py (no pydantic there,
# for the event readers); re-exported here for the REST code that names them with the bodies.
from desktop.protocol.o2g.names import (  # noqa: F401  (re-exported)
    API_VERSION, COMLOG, EVENT_SUMMARY, ROUTING, SYSTEM, TELEPHONY, USER, USER_MANAGEMENT,
)

# What O2G accepts as redirectTo for "the called user's voicemail".
VOICEMAIL = "VOICEMAIL"


class Body(BaseModel):
    model_config = ConfigDict(extra="ignore")

    def dump(self) -> dict:
        return self.model_dump(exclude_none=True, by_alias=True)


# --- discovery, authentication, session ---------------------------------------------------


class ProductVersion(Body):
    major: str = ""
    minor: str = ""


class ServerInfo(Body):
    productName: str = ""
    productType: str = ""
    productVersion: ProductVersion = Field(default_factory=ProductVersion)
    haMode: bool = False


class Version(Body):
    id: str
    status: str = ""
    publicUrl: str
    internalUrl: str = ""


class ApiDescriptor(Body):
    """GET /api/rest: the API versions and where each one authenticates."""

    serverInfo: ServerInfo = Field(default_factory=ServerInfo)
    versions: list[Version]

    def version(self, wanted: str = API_VERSION) -> Version | None:
        for v in self.versions:
            if v.id == wanted:
                return v
        return next((v for v in self.versions if v.status == "CURRENT"), None)


class AuthenticateResult(Body):
    """GET <authentication URL> with HTTP Basic: where to open the session. The credential
    itself also comes back as a cookie, which is what carries the session afterwards."""

    credential: str = Field(default="", repr=False)
    publicUrl: str
    internalUrl: str = ""


class SessionRequest(Body):
    applicationName: str


class Service(Body):
    serviceName: str
    serviceVersion: str = ""
    relativeUrl: str


class OtherSession(Body):
    sessionId: str = ""
    creationDate: str = ""
    timeToLive: int = 0


class SessionInfo(Body):
    """POST .../sessions: the session's lifetime (seconds) and its service URLs."""

    admin: bool = False
    login: str = ""
    timeToLive: int
    publicBaseUrl: str
    privateBaseUrl: str = ""
    services: list[Service] = Field(default_factory=list)
    creationDate: str = ""
    expirationDate: str = ""
    otherSessions: list[OtherSession] = Field(default_factory=list)


# --- subscriptions ---------------------------------------------------------------------


class Selector(Body):
    ids: list[str] | None = None
    names: list[str] = Field(default_factory=list)


class Filter(Body):
    selectors: list[Selector]


class SubscriptionRequest(Body):
    version: str = API_VERSION
    timeout: int | None = None  # minutes the gateway keeps a subscription with no channel open
    filter: Filter


class SubscriptionResult(Body):
    subscriptionId: str = Field(repr=False)
    publicPollingUrl: str = Field(default="", repr=False)
    privatePollingUrl: str = Field(default="", repr=False)
    status: str = ""
    message: str = ""
    mode: str = ""
    format: str = ""


# --- users, counters -------------------------------------------------------------------


class Device(Body):
    type: str = ""
    id: str
    subType: str | None = None


class UserInfo(Body):
    """GET .../users/{loginName}."""

    loginName: str = ""
    companyPhone: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    devices: list[Device] = Field(default_factory=list)


class LoginList(Body):
    loginNames: list[str] = Field(default_factory=list)


# --- call control request bodies ------------------------------------------------------


class MakeCallRequest(Body):
    deviceId: str
    callee: str
    # The SDKs always send it, true by default: the caller's device goes off-hook by itself.
    autoAnswer: bool = True


class DeviceRequest(Body):
    """answer, hold, retrieve, alternate."""

    deviceId: str


class HeldCallRequest(Body):
    """transfer and merge: the call on hold that the addressed call joins."""

    heldCallRef: str


class BlindTransferRequest(Body):
    transferTo: str
    anonymous: bool | None = None


class RedirectRequest(Body):
    redirectTo: str
    anonymous: bool | None = None


class ReconnectRequest(Body):
    deviceId: str
    enquiryCallRef: str


class DtmfRequest(Body):
    deviceId: str
    number: str


class ParkRequest(Body):
    parkTo: str  # the SDKs require it: the number the call is parked on


class PickupRequest(Body):
    otherCallRef: str
    otherPhoneNumber: str  # the number on which the picked-up call rings (required by the SDKs)
    autoAnswer: bool | None = None


class UnparkRequest(Body):
    heldCallRef: str


# --- routing --------------------------------------------------------------------------
# The routes themselves are read and written by `desktop.protocol.routing` (one place for
# O2G's RoutingState JSON, shared with the engine); these bodies only carry them.


class ForwardRequest(Body):
    """POST .../routing/forwardroute: {"forwardRoute": {forwardType?, destinations: [...]}}."""

    forwardRoute: dict


class OverflowRequest(Body):
    """POST .../routing/overflowroute. The Node SDK sends the route as `overflowRoutes`, one
    object; we read that, a list of one, or `overflowRoute`, and write the SDK's form."""

    overflowRoutes: dict | list[dict] | None = None
    overflowRoute: dict | None = None

    def route(self) -> dict | None:
        found = self.overflowRoute or self.overflowRoutes
        if isinstance(found, list):
            return found[0] if found else None
        return found


# --- system status (the maintenance service) -----------------------------------------------

CTI_CONNECTED, CTI_DISCONNECTED = "CONNECTED_MAIN", "DISCONNECTED"  # PbxStatus.ctiLinkState


class PbxStatus(Body):
    name: str | None = None
    nodeId: int | None = None
    version: str | None = None
    connected: bool = False
    loaded: bool = False
    ctiLinkState: str | None = None
    secured: bool | None = None
    monitoredUserNumber: int | None = None


class SystemStatus(Body):
    """GET .../system/status (what we read of it)."""

    startDate: str | None = None
    ha: bool = False
    primary: str | None = None
    primaryVersion: str | None = None
    pbxs: list[PbxStatus] = Field(default_factory=list)
    configurationType: str | None = None


# --- directory search ----------------------------------------------------------------------


class Criterion(Body):
    """One criterion, or an AND/OR of criteria (operand a list, no field)."""

    field: str | None = None  # lastName, firstName, id.phoneNumber, id.loginName
    operation: str  # BEGIN_WITH, CONTAIN, END_WITH, EQUAL_IGNORE_CASE, AND, OR
    operand: str | list[Criterion]


class DirectorySearchRequest(Body):
    filter: Criterion
    limit: int | None = None  # 1..100


class DirectoryResultElement(Body):
    contacts: list[dict] = Field(default_factory=list)  # O2G's PartyInfo


# resultCode: NOK (nothing yet, ask again), OK (results), FINISH or TIMEOUT (the end)
SEARCH_NOK, SEARCH_OK, SEARCH_FINISH, SEARCH_TIMEOUT = "NOK", "OK", "FINISH", "TIMEOUT"


class DirectorySearchResult(Body):
    resultCode: str | None = None
    resultElements: list[DirectoryResultElement] = Field(default_factory=list)


# --- errors ----------------------------------------------------------------------------


class TelephonyErrorInfo(Body):
    errorType: str = "UNKNOWN"
    errorCause: str = "UNKNOWN"
    message: str | None = None


class RoutingErrorInfo(Body):
    errorType: str = "UNKNOWN"
    errorCause: str = "UNKNOWN"
    message: str | None = None


class ErrorInfo(Body):
    """The JSON body of a REST error."""

    httpStatus: str | None = None
    code: int | None = None
    helpMessage: str | None = None
    type: str | None = None
    innerMessage: str | None = None
    canRetry: bool | None = None
    telephony: TelephonyErrorInfo | None = None
    routing: RoutingErrorInfo | None = None

    def text(self) -> str:
        """The most specific human-readable message the gateway gave."""
        for part in (self.telephony, self.routing):
            if part is not None and part.message:
                return part.message
        return self.helpMessage or self.innerMessage or self.httpStatus or "refused"

    def kind(self) -> str:
        for part in (self.telephony, self.routing):
            if part is not None and part.errorType:
                return part.errorType
        return self.type or self.httpStatus or "ERROR"
