"""The engine's state for one call: who is in it, and in which state each one is."""

from __future__ import annotations

from dataclasses import dataclass, field

# Leg states as the OXE names them.
DIALING = "DIALING"
RINGING_OUTGOING = "RINGING_OUTGOING"
RINGING_INCOMING = "RINGING_INCOMING"
ACTIVE = "ACTIVE"
HELD = "HELD"
RELEASING = "RELEASING"
# Not an OXE state: a busy callee is shown to the caller but has no leg in the call.
NOT_CONNECTED = "NOT_CONNECTED"

# Why a party is on hold; each kind offers a different leg capability (see offers.py).
HOLD = "hold"  # the user pressed hold: retrieve
CONSULT = "consult"  # held because the user made a consultation call: reconnect
WAITING = "waiting"  # held because the user answered a waiting call: nothing
RECALL = "recall"  # the other call ended, the held call rings back: retrieve


@dataclass
class SimParty:
    number: str
    login: str | None  # None for a service (voicemail)
    device: str | None
    role: str  # "caller" or "callee"
    state: str
    hold: str | None = None
    ringing_remote: bool = False
    recording: bool = False
    # A party that joined through a merge never learnt the call's initial called party (flow 4).
    knows_initial_called: bool = True
    since: int = 0  # clock value when it started ringing (the no-answer timer)
    # The leg state this party's user was last told, and since when (clock): a snapshot says it.
    told_state: str | None = None
    told_since: int = 0

    @property
    def is_service(self) -> bool:
        return self.login is None


@dataclass
class SimCall:
    ref: str
    parties: list[SimParty] = field(default_factory=list)
    initial_called: str | None = None  # a number
    consultation: bool = False  # made by a user who holds another call (transfer/merge offered)
    busy: bool = False  # the callee was busy; the caller chooses (waitOnBusy, intrusion...)
    camp_on: bool = False  # established through waitOnBusy
    camped_offer: bool = False  # the camped callee has not been offered the call yet
    conference: bool = False
    host: str | None = None  # login allowed to dropParticipant
    mailbox: str | None = None  # login whose voicemail a service call feeds
    started: int = 0  # clock value at creation
    # Logins the call was routed through (forwards), so that a later hop cannot loop back.
    chain: tuple[str, ...] = ()

    def party(self, login: str) -> SimParty | None:
        for party in self.parties:
            if party.login == login:
                return party
        return None

    def connected(self) -> list[SimParty]:
        return [p for p in self.parties if p.state != NOT_CONNECTED]

    def others(self, party: SimParty) -> list[SimParty]:
        return [p for p in self.parties if p is not party]

    def peer(self, party: SimParty) -> SimParty | None:
        """The other party of a two-party call, None otherwise."""
        others = self.others(party)
        return others[0] if len(others) == 1 else None
