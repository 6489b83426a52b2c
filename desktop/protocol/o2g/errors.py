"""O2G's REST errors in the protocol's codes (docs/protocol.md): one table, read both ways.

The simulated gateway writes a refusal with the first row of its code; the client reads an
error by its telephony errorType (the first row naming it), else by its HTTP status. Rows
after the first of a code are only read: error types real gateways send for the same thing.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import NamedTuple

from desktop.protocol.o2g import rest
from desktop.protocol.wire import (
    BAD_REQUEST, LINK_DOWN, NOT_ALLOWED, NOT_CAPABLE, NOT_SUPPORTED, UNAUTHORIZED, UNKNOWN_CALL, UNKNOWN_USER, Refused,
)


class TelephonyError(NamedTuple):
    code: str  # the protocol's
    status: int
    error_type: str  # the body's telephony.errorType
    error_cause: str  # and its telephony.errorCause


TELEPHONY_ERRORS = (
    TelephonyError(NOT_CAPABLE, 403, "INCOMPATIBLE_WITH_STATE", "INVALID_CONNECTION_STATE"),
    TelephonyError(UNKNOWN_CALL, 404, "CALL_REFERENCE_NOT_FOUND", "INVALID_CALL_ID"),
    TelephonyError(BAD_REQUEST, 400, "BAD_PARAMETER_VALUE", "INVALID_DATA"),
    # O2G has no error type for an unknown user: a bad parameter, so it reads back as BAD_REQUEST.
    TelephonyError(UNKNOWN_USER, 404, "BAD_PARAMETER_VALUE", "UNKNOWN"),
    TelephonyError(NOT_CAPABLE, 403, "SERVICE_NOT_PROVIDED", "UNKNOWN"),
    TelephonyError(UNKNOWN_CALL, 404, "LEG_NOT_FOUND", "UNKNOWN"),
    # The simulated gateway never refuses a command so: its own 401 and 403 are plain errors.
    TelephonyError(UNAUTHORIZED, 403, "UNAUTHORIZED", "UNKNOWN"),
    # The PBX link is down: nothing can be asked of the OXE now; retry once it is up.
    TelephonyError(LINK_DOWN, 503, "SERVICE_UNAVAILABLE", "UNKNOWN"),
)
# The routing service's refusals come in a `routing` part (ALE's SDKs: RoutingErrorInfo).
ROUTING_ERRORS = (
    TelephonyError(BAD_REQUEST, 400, "BAD_PARAMETER_VALUE", "INVALID_FORWARD_ROUTE"),
    TelephonyError(NOT_CAPABLE, 403, "INVALID_OPERATION", "UNKNOWN"),
    TelephonyError(UNKNOWN_USER, 404, "BAD_PARAMETER_VALUE", "UNAUTHORIZED_NOT_A_USER"),
    TelephonyError(LINK_DOWN, 503, "INVALID_OPERATION", "UNKNOWN"),
    TelephonyError(BAD_REQUEST, 400, "UNKNOWN_PHONE_NUMBER", "UNKNOWN"),
    TelephonyError(BAD_REQUEST, 400, "INCOMPLETE_PHONE_NUMBER", "BAD_PHONE_NUMBER_FORMAT"),
    TelephonyError(NOT_ALLOWED, 403, "UNAUTHORIZED", "UNKNOWN"),
)
# An error without a telephony part (or of a type not above), by its HTTP status: a 404 then
# is a route the gateway does not have (an unknown call or user comes with a telephony
# part), a 403 a request this session may not make (its message says why), a 405/501 a
# method it does not serve.
BY_STATUS = {400: BAD_REQUEST, 401: UNAUTHORIZED, 403: NOT_ALLOWED, 404: NOT_SUPPORTED, 405: NOT_SUPPORTED, 501: NOT_SUPPORTED}

# Reversed, so that the first row of a code (of an error type) is the one kept.
_WRITTEN = {row.code: row for row in reversed(TELEPHONY_ERRORS)}
_READ = {row.error_type: row.code for row in reversed(TELEPHONY_ERRORS)}
_ROUTING_WRITTEN = {row.code: row for row in reversed(ROUTING_ERRORS)}
# A routing part is read by its type, and by its status where one type says several things.
_ROUTING_READ = {(row.error_type, row.status): row.code for row in reversed(ROUTING_ERRORS)}

# The body's httpStatus names the statuses the simulated gateway answers with.
_STATUS_NAMES = {status: HTTPStatus(status).name for status in (400, 401, 403, 404, 405, 500, 503)}


def code_of(info: rest.ErrorInfo, status: int) -> str:
    """The client's reading: the protocol's code for an error body and its HTTP status."""
    telephony = info.telephony
    if telephony is not None and telephony.errorType in _READ:
        return _READ[telephony.errorType]
    routing = info.routing
    if routing is not None:
        code = _ROUTING_READ.get((routing.errorType, status))
        if code is None:
            code = next((c for (kind, _), c in _ROUTING_READ.items() if kind == routing.errorType), None)
        if code is not None:
            return code
    return BY_STATUS.get(status, f"HTTP_{status}")


def telephony_error(code: str) -> TelephonyError:
    """The gateway's writing: how O2G says a refusal of `code`."""
    return _WRITTEN.get(code) or TelephonyError(code, 400, "UNKNOWN", "UNKNOWN")


class RestError(Exception):
    """An error a gateway answers with: its HTTP status, its message, and for a refused
    telephony request the (errorType, errorCause) of its body."""

    def __init__(self, status: int, message: str, telephony: tuple[str, str] | None = None, routing: tuple[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.telephony = telephony
        self.routing = routing

    @classmethod
    def of(cls, refused: Refused) -> RestError:
        row = telephony_error(refused.code)
        return cls(row.status, refused.message, (row.error_type, row.error_cause))

    @classmethod
    def of_routing(cls, refused: Refused) -> RestError:
        """A refusal of the routing service, in its `routing` part."""
        row = _ROUTING_WRITTEN.get(refused.code) or TelephonyError(refused.code, 400, "UNKNOWN", "UNKNOWN")
        return cls(row.status, refused.message, routing=(row.error_type, row.error_cause))

    def body(self) -> rest.ErrorInfo:
        return rest.ErrorInfo(
            httpStatus=_STATUS_NAMES.get(self.status, str(self.status)),
            code=self.status,
            helpMessage=self.message,
            type="CLIENT_ERROR" if self.status < 500 else "SERVER_ERROR",
            canRetry=self.status == 503,
            telephony=rest.TelephonyErrorInfo(errorType=self.telephony[0], errorCause=self.telephony[1], message=self.message)
            if self.telephony
            else None,
            routing=rest.RoutingErrorInfo(errorType=self.routing[0], errorCause=self.routing[1], message=self.message)
            if self.routing
            else None,
        )
