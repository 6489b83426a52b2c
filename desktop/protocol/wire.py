"""docs/protocol.md as code: the WebSocket protocol's messages, error codes and its one refusal.

The server side (desktop/simulator/ws) builds hello and replies with these functions and reads
requests with `read_request`; the client side (desktop/sources/websocket.py) builds subscribe and
command requests and reads hello and replies. The simulator's engine and every source raise
`Refused`, so a refusal reads the same whichever layer said no.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, ValidationError

PROTOCOL = 1
MAX_FRAME = 1 << 20  # a request above this gets a BAD_REQUEST reply; the connection stays

# Message types (the `type` field of control messages).
HELLO = "hello"
REPLY = "reply"
SUBSCRIBE = "subscribe"
COMMAND = "command"
SIMULATE_LINK = "simulateLink"  # a simulator's control: take its PBX (or CTI) link down or up
EVERYONE = "*"  # subscribe to every user

# Error codes a server sends in a reply (docs/protocol.md, "Error codes").
BAD_REQUEST = "BAD_REQUEST"
UNKNOWN_USER = "UNKNOWN_USER"
UNKNOWN_CALL = "UNKNOWN_CALL"
NOT_CAPABLE = "NOT_CAPABLE"
UNAUTHORIZED = "UNAUTHORIZED"
LINK_DOWN = "LINK_DOWN"  # the PBX (or CTI) link is down: the PBX cannot be asked now; retry when it is up

# Codes a source gives without asking a server: the command could not be sent or answered.
DISCONNECTED = "DISCONNECTED"
TIMEOUT = "TIMEOUT"
NOT_SUPPORTED = "NOT_SUPPORTED"
NOT_ALLOWED = "NOT_ALLOWED"  # the gateway refuses this session the request (O2G's 403)
REPLAY = "REPLAY"  # a recorded trace sends nothing anywhere
UNSPECIFIED = "ERROR"  # a server's error reply that names no code


class Refused(Exception):
    """A command or request was refused and nothing changed; `code` is one of the codes above
    (or a gateway's, mapped to them). The caller shows `message` and keeps its state.
    `request_id`: the request a server could read before refusing it (None: not that far)."""

    def __init__(self, code: str, message: str, request_id: Any = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.request_id = request_id


# --- server to client -----------------------------------------------------------------------


def hello(users: list[dict]) -> dict:
    return {"type": HELLO, "protocol": PROTOCOL, "users": users}


def reply(request_id: Any, result: dict) -> dict:
    return {"type": REPLY, "requestId": request_id, "ok": True, "result": result}


def error_reply(request_id: Any, code: str, message: str) -> dict:
    return {"type": REPLY, "requestId": request_id, "ok": False, "error": {"code": code, "message": message}}


# --- client to server -----------------------------------------------------------------------


def subscribe(request_id: Any, logins: Iterable[str]) -> dict:
    return {"type": SUBSCRIBE, "requestId": request_id, "logins": list(logins)}


def command(request_id: Any, login: str, action: str, call_ref: str | None = None,
            device_id: str | None = None, args: dict | None = None) -> dict:
    """The optional fields are left out rather than sent as null (both mean the same)."""
    message: dict[str, Any] = {"type": COMMAND, "requestId": request_id, "login": login, "action": action}
    if call_ref is not None:
        message["callRef"] = call_ref
    if device_id is not None:
        message["deviceId"] = device_id
    if args:
        message["args"] = args
    return message


# --- the client reads -----------------------------------------------------------------------


def is_control(obj: Any) -> bool:
    """A control message (hello, reply), not an RTSM event (those have a `name`)."""
    return type(obj) is dict and "type" in obj and "name" not in obj


class DirectoryUser(BaseModel):
    """One user of a hello, as the client keeps it: every field a string (devices: strings)."""

    model_config = ConfigDict(strict=True, extra="ignore")

    login: StrictStr = Field(min_length=1)
    number: StrictStr | None = None
    firstName: StrictStr | None = None
    lastName: StrictStr | None = None
    displayName: StrictStr | None = None
    devices: list[StrictStr] | None = None
    department: StrictStr | None = None  # optional: where the directory has one (the window's groups)


def read_hello(message: dict) -> list[dict] | None:
    """The directory a hello carries (its users that have a login); None when it carries none."""
    return read_directory(message)[0]


def read_directory(message: dict) -> tuple[list[dict] | None, int]:
    """The hello's users, each checked by DirectoryUser at arrival: a field of the wrong type
    (a number that is an object, a displayName that is a number) becomes absent and the user is
    kept; a user without a string login is left out. Also: how many fields or users were
    dropped, for one warning per hello. (None, 0) when the hello carries no list of users.
    The message's list is emptied as it is read."""
    users = message.get("users")
    if not isinstance(users, list):
        return None, 0
    kept: list[dict] = []
    dropped = 0
    # Consumed as it is read: each user's parsed dict is freed once its checked copy exists, so
    # a 10,000-user hello is not held twice at its peak.
    users.reverse()
    while users:
        user = users.pop()
        if not isinstance(user, dict) or not isinstance(user.get("login"), str) or not user["login"]:
            dropped += 1
            continue
        try:
            entry = DirectoryUser.model_validate(user)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            dropped += len(bad)
            entry = DirectoryUser.model_validate({k: v for k, v in user.items() if k not in bad})
        kept.append(entry.model_dump(exclude_none=True))
    return kept, dropped


class ReplyError(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")

    code: StrictStr = UNSPECIFIED
    message: StrictStr = "refused"


class Reply(BaseModel):
    """A reply as the client reads it. Strict: a requestId that is not a string, an integer or
    null (a list, a float), an `ok` that is not a boolean or an `error` that is not an object
    is not a reply of this protocol, and is rejected (counted) rather than half-read."""

    model_config = ConfigDict(strict=True, extra="ignore", populate_by_name=True)

    request_id: StrictInt | StrictStr | None = Field(None, alias="requestId")
    ok: StrictBool
    result: dict | None = None
    error: ReplyError | None = None

    @property
    def unsolicited(self) -> bool:
        """A refusal of no request in particular: the server said no before reading any (a token)."""
        return self.request_id is None


def parse_reply(message: dict) -> Reply:
    """`message` (a control message of type reply) as a Reply; ValueError saying what is wrong."""
    try:
        return Reply.model_validate(message)
    except ValidationError as exc:
        fields = ", ".join(dict.fromkeys(str(error["loc"][0]) if error["loc"] else "?" for error in exc.errors()))
        raise ValueError(f"malformed reply (bad field(s): {fields})") from None


def read_reply(message: dict | Reply) -> dict:
    """A reply's result, or Refused with the server's code and message."""
    if isinstance(message, Reply):
        if message.ok:
            return message.result or {}
        error = message.error or ReplyError()
        raise Refused(error.code, error.message, message.request_id)
    if message.get("ok"):
        return message.get("result") or {}
    error = message.get("error")
    error = error if isinstance(error, dict) else {}
    raise Refused(str(error.get("code", UNSPECIFIED)), str(error.get("message", "refused")), message.get("requestId"))


# --- the server reads -----------------------------------------------------------------------


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


def simulate_link(request_id: Any, state: str, link: str = "pbx") -> dict:
    return {"type": SIMULATE_LINK, "requestId": request_id, "link": link, "state": state}


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
