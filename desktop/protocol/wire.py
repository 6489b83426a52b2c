"""docs/protocol.md as code: the WebSocket protocol's messages, error codes and its one refusal.

The server side (desktop/simulator/ws) builds hello and replies with these functions and reads
requests with `wire_requests.read_request` (pydantic, server only); the client side (desktop/sources/websocket.py) builds subscribe and
command requests and reads hello and replies here, by hand, without pydantic. The simulator's engine and every source raise
`Refused`, so a refusal reads the same whichever layer said no.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

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


# One user of a hello as the client keeps it: each field and the type it must have (list: of
# strings). login is also non-empty. A table read by hand, not a pydantic model: the window
# connected over WebSocket never loads pydantic (5 MiB; tests/test_layers.py holds it to that),
# and a 10,000-user hello is read field by field once per connection.
USER_FIELDS: dict[str, type] = {
    "login": str,
    "number": str,
    "firstName": str,
    "lastName": str,
    "displayName": str,
    "devices": list,
    "department": str,  # optional: where the directory has one (the window's groups)
}


def read_hello(message: dict) -> list[dict] | None:
    """The directory a hello carries (its users that have a login); None when it carries none."""
    return read_directory(message)[0]


def read_directory(message: dict) -> tuple[list[dict] | None, int]:
    """The hello's users, each checked against USER_FIELDS at arrival: a field of the wrong type
    (a number that is an object, a displayName that is a number) becomes absent and the user is
    kept; a null field is absent; other fields are left out; a user without a string login is
    left out. Also: how many fields or users were dropped, for one warning per hello. (None, 0)
    when the hello carries no list of users. The message's list is emptied as it is read (and
    its users' lists of devices are taken over, not copied)."""
    users = message.get("users")
    if not isinstance(users, list):
        return None, 0
    kept: list[dict] = []
    dropped = 0
    fields = tuple(USER_FIELDS.items())
    # Consumed as it is read: each user's parsed dict is freed once its checked copy exists, so
    # a 10,000-user hello is not held twice at its peak.
    users.reverse()
    while users:
        user = users.pop()
        if not isinstance(user, dict) or not isinstance(user.get("login"), str) or not user["login"]:
            dropped += 1
            continue
        entry = {}
        for name, kind in fields:
            value = user.get(name)
            if value is None:
                continue
            if isinstance(value, kind) and (kind is str or all(isinstance(item, str) for item in value)):
                entry[name] = value
            else:
                dropped += 1
        kept.append(entry)
    return kept, dropped


class ReplyError(NamedTuple):
    code: str = UNSPECIFIED
    message: str = "refused"


class Reply(NamedTuple):
    """A reply as the client reads it (`parse_reply`)."""

    request_id: int | str | None
    ok: bool
    result: dict | None = None
    error: ReplyError | None = None

    @property
    def unsolicited(self) -> bool:
        """A refusal of no request in particular: the server said no before reading any (a token)."""
        return self.request_id is None


def parse_reply(message: dict) -> Reply:
    """`message` (a control message of type reply) as a Reply; ValueError saying what is wrong.
    Strict: a requestId that is not a string, an integer or null (a list, a float, a boolean),
    an `ok` that is not a boolean, a result that is not an object or null, or an `error` that is
    not an object with string code and message (each may be absent) is not a reply of this
    protocol, and is rejected (counted) rather than half-read. Other fields are ignored."""
    if not isinstance(message, dict):
        raise ValueError("malformed reply (bad field(s): ?)")
    bad = []
    request_id = message.get("requestId")
    if request_id is not None and (not isinstance(request_id, (int, str)) or isinstance(request_id, bool)):
        bad.append("requestId")
    ok = message.get("ok")
    if not isinstance(ok, bool):
        bad.append("ok")
    result = message.get("result")
    if result is not None and not isinstance(result, dict):
        bad.append("result")
    error = message.get("error")
    if error is not None:
        error = _reply_error(error)
        if error is None:
            bad.append("error")
    if bad:
        raise ValueError(f"malformed reply (bad field(s): {', '.join(bad)})")
    return Reply(request_id, ok, result, error)


def _reply_error(obj: Any) -> ReplyError | None:
    """A reply's error object; None when it is not one (absent code or message: the defaults)."""
    if not isinstance(obj, dict):
        return None
    code, message = obj.get("code", UNSPECIFIED), obj.get("message", "refused")
    return ReplyError(code, message) if isinstance(code, str) and isinstance(message, str) else None


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


def simulate_link(request_id: Any, state: str, link: str = "pbx") -> dict:
    return {"type": SIMULATE_LINK, "requestId": request_id, "link": link, "state": state}


# --- the server reads: desktop/protocol/wire_requests.py ---------------------------------------

_SERVER_SIDE = frozenset({"read_request", "Subscribe", "Command", "SimulateLink"})


def __getattr__(name: str) -> Any:
    """`wire.read_request` and its request models, loaded at first use: they are pydantic
    models, for the server only (a client never loads them)."""
    if name in _SERVER_SIDE:
        from desktop.protocol import wire_requests

        return getattr(wire_requests, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
