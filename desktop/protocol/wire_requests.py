"""The server's side of docs/protocol.md: a client's frame read as a request (subscribe,
command, simulateLink), or Refused(BAD_REQUEST) saying what is wrong.

pydantic models, apart from wire.py so that a client (the window) never loads pydantic: only
the simulator's WebSocket server imports this module (`wire.read_request` and the models are
also reachable through wire, loaded at first use).
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError

from desktop.protocol.wire import BAD_REQUEST, COMMAND, EVERYONE, MAX_FRAME, SIMULATE_LINK, SUBSCRIBE, Refused


class _Request(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", populate_by_name=True)

    request_id: Any = None  # set from the frame once read; never validated by pydantic


class Subscribe(_Request):
    logins: list[StrictStr] = Field(min_length=1)

    @property
    def everyone(self) -> bool:
        return self.logins == [EVERYONE]


class Command(_Request):
    login: StrictStr
    action: StrictStr
    call_ref: StrictStr | None = Field(None, alias="callRef")
    device_id: StrictStr | None = Field(None, alias="deviceId")
    args: dict | None = None


class SimulateLink(_Request):
    link: Literal["pbx", "cti"] = "pbx"
    state: Literal["up", "down"]


_REQUESTS: dict[str, tuple[type[_Request], str | None]] = {
    # type: (model, the message when it does not validate; None: name the bad fields)
    SUBSCRIBE: (Subscribe, 'logins must be a non-empty list of logins, or ["*"]'),
    COMMAND: (Command, None),
    SIMULATE_LINK: (SimulateLink, 'simulateLink needs "state": "up" or "down" (and "link": "pbx" or "cti")'),
}


def read_request(frame: str | bytes) -> Subscribe | Command | SimulateLink:
    """One client frame as a request; Refused(BAD_REQUEST) with as much of the request's id as
    could be read otherwise."""
    if isinstance(frame, bytes):
        raise Refused(BAD_REQUEST, "binary frames are not accepted; send JSON text")
    if len(frame) > MAX_FRAME // 4 and len(frame.encode("utf-8")) > MAX_FRAME:
        raise Refused(BAD_REQUEST, "frame over 1 MiB refused")
    try:
        message = orjson.loads(frame)
    except orjson.JSONDecodeError as exc:
        raise Refused(BAD_REQUEST, f"not JSON: {exc}") from None
    if not isinstance(message, dict):
        raise Refused(BAD_REQUEST, "a message is a JSON object")
    request_id = message.get("requestId")
    if not isinstance(request_id, (str, int)) or isinstance(request_id, bool):
        raise Refused(BAD_REQUEST, "requestId (string or integer) is required", request_id)
    kind = message.get("type")
    if kind not in _REQUESTS:
        raise Refused(BAD_REQUEST, f"unknown message type {kind!r}", request_id)
    model, refusal = _REQUESTS[kind]
    try:
        request = model.model_validate(message)
    except ValidationError as exc:
        fields = ", ".join(dict.fromkeys(str(error["loc"][0]) for error in exc.errors()))
        raise Refused(BAD_REQUEST, refusal or f"missing or bad field(s): {fields}", request_id) from None
    request.request_id = request_id
    return request
