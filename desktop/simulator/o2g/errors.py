"""The simulated gateway's HTTP errors: O2G's JSON error body, and the engine's refusals in it."""

from __future__ import annotations

import base64
import binascii

from aiohttp import web

from desktop.protocol.o2g import rest
from desktop.simulator.engine import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, UNKNOWN_USER, CommandError

# Engine refusal -> (HTTP status, O2G telephony errorType, errorCause).
_ERRORS = {
    BAD_REQUEST: (400, "BAD_PARAMETER_VALUE", "INVALID_DATA"),
    UNKNOWN_USER: (404, "BAD_PARAMETER_VALUE", "UNKNOWN"),
    UNKNOWN_CALL: (404, "CALL_REFERENCE_NOT_FOUND", "INVALID_CALL_ID"),
    NOT_CAPABLE: (403, "INCOMPATIBLE_WITH_STATE", "INVALID_CONNECTION_STATE"),
}
_STATUS_NAMES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 503: "SERVICE_UNAVAILABLE"}


def basic_credentials(header: str) -> tuple[str, str]:
    scheme, _, encoded = header.partition(" ")
    try:
        if scheme.lower() != "basic":
            raise ValueError
        login, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        if not sep:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise RestError(401, "HTTP Basic authentication required") from None
    return login, password


class RestError(Exception):
    def __init__(self, status: int, message: str, telephony: tuple[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.telephony = telephony

    def response(self) -> web.Response:
        info = rest.ErrorInfo(
            httpStatus=_STATUS_NAMES.get(self.status, str(self.status)),
            code=self.status,
            helpMessage=self.message,
            type="CLIENT_ERROR" if self.status < 500 else "SERVER_ERROR",
            canRetry=self.status == 503,
            telephony=rest.TelephonyErrorInfo(errorType=self.telephony[0], errorCause=self.telephony[1], message=self.message)
            if self.telephony
            else None,
        )
        headers = {"WWW-Authenticate": 'Basic realm="O2G"'} if self.status == 401 else None
        return web.json_response(info.dump(), status=self.status, headers=headers)

    @classmethod
    def of(cls, exc: CommandError) -> RestError:
        status, kind, cause = _ERRORS.get(exc.code, (400, "UNKNOWN", "UNKNOWN"))
        return cls(status, exc.message, (kind, cause))
