"""The REST bodies of the OmniPCX Open Gateway (O2G), as pydantic models.

Shared by the client (`desktop.sources.o2g`) and the simulated gateway
(`desktop.simulator.o2g`), so both sides agree on one shape. The shapes follow ALE's
public O2G SDKs; fields we do not use are accepted and ignored (``extra="ignore"``), because
a real gateway sends more than we read. Events on the chunked channel are not here: they go
through the hand-written readers of `desktop.protocol.o2g.events` (see DEVELOPERS.md).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = "1.0"
# The selector names of the event packages we subscribe to.
TELEPHONY = "telephony"
EVENT_SUMMARY = "eventSummary"
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
    autoAnswer: bool | None = None


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
    parkTo: str | None = None


class PickupRequest(Body):
    otherCallRef: str
    otherPhoneNumber: str = ""
    autoAnswer: bool | None = None


class UnparkRequest(Body):
    heldCallRef: str


# --- errors ----------------------------------------------------------------------------


class TelephonyErrorInfo(Body):
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

    def text(self) -> str:
        """The most specific human-readable message the gateway gave."""
        if self.telephony is not None and self.telephony.message:
            return self.telephony.message
        return self.helpMessage or self.innerMessage or self.httpStatus or "refused"

    def kind(self) -> str:
        if self.telephony is not None and self.telephony.errorType:
            return self.telephony.errorType
        return self.type or self.httpStatus or "ERROR"
