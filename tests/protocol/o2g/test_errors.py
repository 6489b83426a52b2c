"""O2G's errors and the protocol's codes: what the gateway writes, the client reads back."""

from __future__ import annotations

import pytest

from desktop.protocol.o2g import errors, rest
from desktop.protocol.wire import (
    BAD_REQUEST, NOT_ALLOWED, NOT_CAPABLE, NOT_SUPPORTED, UNAUTHORIZED, UNKNOWN_CALL, UNKNOWN_USER, Refused,
)


def _sent_and_read(code):
    """A refusal written as the gateway's error body, through JSON, read as the client does."""
    exc = errors.RestError.of(Refused(code, "the engine's message"))
    info = rest.ErrorInfo.model_validate(exc.body().dump())
    assert info.text() == "the engine's message"
    return errors.code_of(info, exc.status)


@pytest.mark.parametrize("code", [NOT_CAPABLE, UNKNOWN_CALL, BAD_REQUEST, UNAUTHORIZED])
def test_a_refusal_round_trips(code):
    assert _sent_and_read(code) == code


def test_an_unknown_user_is_a_bad_parameter_to_o2g():
    assert _sent_and_read(UNKNOWN_USER) == BAD_REQUEST


def test_every_error_type_read_is_written_back_under_its_code():
    for row in errors.TELEPHONY_ERRORS:
        code = errors.code_of(rest.ErrorInfo(telephony=rest.TelephonyErrorInfo(errorType=row.error_type)), 200)
        assert errors.telephony_error(code).code == code


def test_the_gateways_bodies_are_as_before():
    body = errors.RestError.of(Refused(NOT_CAPABLE, "not now")).body().dump()
    assert body == {
        "httpStatus": "FORBIDDEN", "code": 403, "helpMessage": "not now", "type": "CLIENT_ERROR", "canRetry": False,
        "telephony": {"errorType": "INCOMPATIBLE_WITH_STATE", "errorCause": "INVALID_CONNECTION_STATE", "message": "not now"},
    }
    assert errors.RestError.of(Refused("SOMETHING_ELSE", "m")).body().telephony.errorType == "UNKNOWN"
    assert errors.RestError(500, "bug").body().dump() == {
        "httpStatus": "INTERNAL_SERVER_ERROR", "code": 500, "helpMessage": "bug", "type": "SERVER_ERROR", "canRetry": False,
    }
    assert errors.RestError(503, "later").body().canRetry is True


def test_without_a_known_error_type_the_status_says():
    plain = rest.ErrorInfo(helpMessage="no")
    # a 404 without a telephony part is a route the gateway lacks, not an unknown call;
    # a 403 a request this session may not make
    assert [errors.code_of(plain, s) for s in (400, 401, 403, 404, 405, 501, 418)] == [
        BAD_REQUEST, UNAUTHORIZED, NOT_ALLOWED, NOT_SUPPORTED, NOT_SUPPORTED, NOT_SUPPORTED, "HTTP_418",
    ]
    odd = rest.ErrorInfo(telephony=rest.TelephonyErrorInfo(errorType="SOMETHING_NEW"))
    assert errors.code_of(odd, 403) == NOT_ALLOWED
