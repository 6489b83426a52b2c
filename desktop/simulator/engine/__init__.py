"""The simulated OXE's call engine: commands in, RTSM events out (see core.py).

What front ends, traffic makers and tests use is exported here; the modules below are the
engine's own.
"""

# The refusal and its codes are the protocol's; CommandError and the codes are re-exported
# only until the front ends that still import them from here take them from desktop.protocol.wire.
from desktop.protocol.wire import BAD_REQUEST, NOT_CAPABLE, UNKNOWN_CALL, UNKNOWN_USER, Refused

from .directory import (
    FIRST_GENERATED_NUMBER,
    SEED_LOGINS,
    Directory,
    Service,
    User,
    load_directory,
    seed_directory,
)
from .commands import ACTIONS
from .core import CommandResult, Engine, counter_refs
from .notify import (
    BUSY_CAUSE,
    CLEARED,
    CONFERENCED,
    FORWARDED,
    NOT_ANSWERED,
    OVERFLOWN,
    PARTICIPANT_LEFT,
    PICKED_UP,
    RECALL_CAUSE,
    REDIRECTED,
    TRANSFERRED,
)

CommandError = Refused

__all__ = [
    "ACTIONS",
    "BAD_REQUEST",
    "BUSY_CAUSE",
    "CLEARED",
    "CONFERENCED",
    "FIRST_GENERATED_NUMBER",
    "FORWARDED",
    "NOT_ANSWERED",
    "NOT_CAPABLE",
    "OVERFLOWN",
    "PARTICIPANT_LEFT",
    "PICKED_UP",
    "RECALL_CAUSE",
    "REDIRECTED",
    "SEED_LOGINS",
    "TRANSFERRED",
    "UNKNOWN_CALL",
    "UNKNOWN_USER",
    "CommandError",
    "CommandResult",
    "Directory",
    "Engine",
    "Service",
    "User",
    "counter_refs",
    "load_directory",
    "seed_directory",
]
