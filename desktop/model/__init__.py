"""Users and calls as a pure reducer; no Qt, no asyncio, no I/O."""

from desktop.model.ingest import Ingest
from desktop.model.reducer import APPLIED, DUPLICATE, IGNORED, Delta, Model
from desktop.model.state import LINE_STATES, Call, User

__all__ = ["APPLIED", "DUPLICATE", "IGNORED", "LINE_STATES", "Call", "Delta", "Ingest", "Model", "User"]
