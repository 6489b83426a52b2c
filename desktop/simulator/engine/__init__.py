"""The simulated OXE's call engine: commands in, RTSM events out (see core.py).

What front ends, traffic makers and tests use is exported here; the modules below are the
engine's own.
"""

# A refused command raises the protocol's desktop.protocol.wire.Refused, with its codes.
from .directory import (
    FIRST_GENERATED_NUMBER,
    SEED_LOGINS,
    Directory,
    Service,
    Subscriber,
    load_directory,
    seed_directory,
)
from .commands import ACTIONS, ROUTING_ACTIONS
from .core import NO_ANSWER_MS, CommandResult, Engine, counter_refs
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

__all__ = [
    "ACTIONS",
    "NO_ANSWER_MS",
    "ROUTING_ACTIONS",
    "BUSY_CAUSE",
    "CLEARED",
    "CONFERENCED",
    "FIRST_GENERATED_NUMBER",
    "FORWARDED",
    "NOT_ANSWERED",
    "OVERFLOWN",
    "PARTICIPANT_LEFT",
    "PICKED_UP",
    "RECALL_CAUSE",
    "REDIRECTED",
    "SEED_LOGINS",
    "TRANSFERRED",
    "CommandResult",
    "Directory",
    "Engine",
    "Service",
    "Subscriber",
    "counter_refs",
    "load_directory",
    "seed_directory",
]
