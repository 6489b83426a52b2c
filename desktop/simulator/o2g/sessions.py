"""The simulated gateway's sessions and subscriptions: what a subscription watches, and the
queue between the engine's events and its channel."""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from dataclasses import dataclass, field
from collections.abc import Container
from datetime import datetime, timezone

from desktop.protocol.o2g import rest, routes
from desktop.protocol.o2g.errors import RestError
from desktop.protocol.wire import UNKNOWN_USER, Refused

log = logging.getLogger(__name__)

LOGIN_GRACE_S = 60.0  # a credential nobody opens a session with is forgotten after this
MAX_QUEUED_LINES = 100_000  # a client this far behind is cut off; it resynchronizes on reconnect
MAX_QUEUED_BYTES = 8 << 20  # nor more bytes than this


@dataclass
class GatewaySession:
    """One login's O2G session on the simulated gateway (not the window's ui.session)."""

    token: str = field(repr=False)
    login: str
    admin: bool
    time_to_live: int
    # monotonic: LOGIN_GRACE_S after the login, then timeToLive after each keepalive
    expires_at: float = field(default_factory=lambda: time.monotonic() + LOGIN_GRACE_S)
    opened: bool = False
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    subscriptions: set[str] = field(default_factory=set, repr=False)


# The packages the simulated gateway serves, by name (O2G's, `routes.PACKAGES`).
SERVED = {p.name: p for p in routes.PACKAGES}


def watched(selectors: list[rest.Selector], session: GatewaySession, users: Container[str]) -> dict[str, frozenset[str] | None]:
    """What a subscription's selectors ask of the packages we serve: package name -> the
    logins watched, None for a package about no user (the system's). As ALE's SDKs document
    it: an administrator must name the users (ids), a user session's ids are ignored (it
    watches its own login), and the system packages are for administrators."""
    wanted: dict[str, set[str] | None] = {}
    for selector in selectors:
        packages = [SERVED[name] for name in selector.names if name in SERVED]  # others: nothing to send
        if not packages:
            continue
        if any(not p.per_user for p in packages) and not session.admin:
            raise RestError(403, "the system and user-management events are for administrator sessions")
        ids = selector.ids
        if not session.admin:
            ids = [session.login]
        elif any(p.per_user for p in packages):
            if not ids:
                raise RestError(400, "an administrator session must name the users it subscribes to (selector ids)")
            unknown = [login for login in ids if login not in users]
            if unknown:
                raise Refused(UNKNOWN_USER, f"unknown user {unknown[0]!r}")
        for package in packages:
            if not package.per_user:
                wanted[package.name] = None
            else:
                wanted.setdefault(package.name, set()).update(ids)
    if not wanted:
        raise RestError(400, f"no selector names a package this gateway serves ({', '.join(SERVED)})")
    return {name: None if logins is None else frozenset(logins) for name, logins in wanted.items()}


class Subscription:
    """The events one client asked for, queued until its channel takes them."""

    def __init__(self, sub_id: str, token: str, packages: dict[str, frozenset[str] | None], idle_timeout_s: float):
        self.id = sub_id
        self.token = token
        # package name -> the logins watched, None for every user (administrators only)
        self.packages = packages
        self.idle_timeout_s = idle_timeout_s
        self.idle_since = time.monotonic()
        self.lines: collections.deque[bytes] = collections.deque()
        self.queued_bytes = 0
        self.created = time.monotonic()
        self.wakeup = asyncio.Event()
        self.closed = False
        self.generation = 0  # which channel is current: opening a new one ends the old one
        self.transport = None

    def wants(self, package: str, login: str | None) -> bool:
        if package not in self.packages:
            return False
        logins = self.packages[package]
        return logins is None or login in logins

    def logins(self, package: str) -> frozenset[str]:
        """The users this subscription watches in `package` (none for a system package)."""
        return self.packages.get(package) or frozenset()

    def push(self, line: bytes) -> None:
        if self.closed:
            return
        if len(self.lines) >= MAX_QUEUED_LINES or self.queued_bytes + len(line) > MAX_QUEUED_BYTES:
            log.warning("subscription fell %d events (%d KiB) behind: its channel is closed", len(self.lines), self.queued_bytes >> 10)
            self.close()
            return
        self.lines.append(line)
        self.queued_bytes += len(line)
        self.wakeup.set()

    def close(self) -> None:
        self.closed = True
        self.lines.clear()
        self.queued_bytes = 0
        self.wakeup.set()

    async def take(self, generation: int, timeout: float) -> list[bytes] | None:
        """Everything queued ([] after `timeout` with nothing), or None once this channel is over."""
        if not self.lines and not self.closed and generation == self.generation:
            self.wakeup.clear()
            try:
                await asyncio.wait_for(self.wakeup.wait(), timeout)
            except asyncio.TimeoutError:
                pass
        if self.closed or generation != self.generation:
            return None
        lines = list(self.lines)
        self.lines.clear()
        self.queued_bytes = 0
        return lines
