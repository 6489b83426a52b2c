"""docs/protocol.md as code: the WebSocket protocol's error codes and its one refusal.

The simulator's engine and servers raise `Refused`; every source raises it for a command the
server, the gateway or the source itself would not carry out. Message builders and readers
join this module with the layout work (issue 9).
"""

from __future__ import annotations

# Error codes a server sends in a reply (docs/protocol.md, "Error codes").
BAD_REQUEST = "BAD_REQUEST"
UNKNOWN_USER = "UNKNOWN_USER"
UNKNOWN_CALL = "UNKNOWN_CALL"
NOT_CAPABLE = "NOT_CAPABLE"
UNAUTHORIZED = "UNAUTHORIZED"

# Codes a source gives without asking a server: the command could not be sent or answered.
DISCONNECTED = "DISCONNECTED"
TIMEOUT = "TIMEOUT"
NOT_SUPPORTED = "NOT_SUPPORTED"


class Refused(Exception):
    """A command or request was refused and nothing changed; `code` is one of the codes above
    (or a gateway's, mapped to them). The caller shows `message` and keeps its state."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
