"""How users and calls read on screen: names, the other party, badges, causes in words.

Qt-free so it is trivially testable; the tables are the single place the wording lives.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from desktop.model.state import Call, User
from desktop.protocol.events import Participant

Directory = Mapping[str, User]  # the model's users by login: one name per person everywhere

VOICEMAIL_NUMBERS = frozenset({"887"})

# Media state (the user's leg, else the call) -> badge text.
STATE_BADGES = {
    "RINGING_INCOMING": "ringing",
    "DIALING": "dialing",
    "RINGING_OUTGOING": "ringing remote",
    "ACTIVE": "active",
    "HELD": "on hold",
    "RELEASING": "releasing",
}

# Last cause -> words; the value may use {other} (the party the cause is about).
CAUSE_WORDS = {
    "REDIRECTED": "redirected",
    "RECALL": "recall",
    "CONFERENCED": "conference",
    "PARTICIPANT_LEFT": "party left",
    "TRANSFERRED": "transferred",
    "BUSY": "busy",
    "CLEARED": "cleared",
    "PICKED_UP": "picked up",
    "NO_ANSWER": "no answer",
    "FORWARDED": "forwarded",
    "CAMP_ON": "camped on",
    "CALL_WAITING": "call waiting",
    "VOICEMAIL": "voicemail",
}


def fold(text: str) -> str:
    """Text as search compares it: accents and case folded away (NFKD, marks dropped), so
    "prenom" finds "Prénom" and "ZOE" finds "Zoé"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def user_name(user: User) -> str:
    if user.display_name:
        return user.display_name
    names = " ".join(n for n in (user.first_name, user.last_name) if n)
    return names or user.login


def party_name(p: Participant, directory: Directory | None = None) -> str:
    """How a party reads: the directory's name for a known user (the same as on their lamp),
    else what the event says of them."""
    party = p.party
    if p.anonymous:
        return "Anonymous"
    if party.phone_number in VOICEMAIL_NUMBERS or (party.type or "").endswith("VOICEMAIL"):
        return "Voicemail"
    known = directory.get(party.login) if directory is not None and party.login else None
    if known is not None and (known.display_name or known.first_name or known.last_name):
        return user_name(known)
    if party.display_name:
        return party.display_name
    names = " ".join(n for n in (party.first_name, party.last_name) if n)
    return names or party.login or party.phone_number or "Unknown"


def party_number(p: Participant) -> str:
    return "" if p.anonymous else (p.party.phone_number or "")


def other_parties(call: Call, directory: Directory | None = None) -> list[tuple[str, str]]:
    """(name, number) of everyone else in the call; the initially called one while none."""
    parties = [(party_name(p, directory), party_number(p)) for p in call.participants.values()]
    if not parties and call.anonymous:
        return [("Anonymous", "")]
    if not parties and call.initial_called is not None:
        party = Participant("", call.initial_called)
        return [(party_name(party, directory), party_number(party))]
    return parties


def media_state(call: Call, user: User | None = None) -> str | None:
    """The user's own leg state when it has one: what the user hears, not the call as a whole."""
    for leg in call.legs.values():
        if leg.state:
            return leg.state
    return call.state


def badge(call: Call) -> str:
    state = media_state(call)
    if state == "ACTIVE" and call.conference:
        return "conference"
    if state == "RINGING_OUTGOING" or any(leg.ringing_remote for leg in call.legs.values()):
        return "ringing remote"
    return STATE_BADGES.get(state, (state or "unknown").lower().replace("_", " "))


def rings_here(call: Call) -> bool:
    """The call is ringing on this user's own set (not the far end ringing for them)."""
    return media_state(call) == "RINGING_INCOMING"


def ring_notice(call: Call, user: User | None, directory: Directory | None = None) -> tuple[str, str]:
    """(title, text) of the notification for a call ringing on my line."""
    who = ", ".join(f"{n} ({num})" if num else n for n, num in other_parties(call, directory)) or "Unknown caller"
    cause = call_cause(call)
    line = f" on {user_name(user)}" if user is not None else ""
    return "Incoming call", f"{who}{line}" + (f" ({cause})" if cause else "")


def cause_words(cause: str | None) -> str:
    if not cause:
        return ""
    return CAUSE_WORDS.get(cause, cause.lower().replace("_", " "))


def call_cause(call: Call) -> str:
    """The call's last cause in words, with whom a redirected call was meant for."""
    cause = cause_words(call.last_cause)
    if call.last_cause == "REDIRECTED" and call.initial_called and call.initial_called.phone_number:
        cause += f" from {call.initial_called.phone_number}"
    return cause


UNKNOWN_TIME = "—"  # a time the server did not say (a state rebuilt from a snapshot without it)


def format_duration(ms: int | None) -> str:
    if ms is None or ms < 0:
        return ""
    s = ms // 1000
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def call_summary(call: Call, directory: Directory | None = None) -> str:
    """One line per call for tooltips: 'ringing, Anna Smith (70021), incoming'."""
    who = ", ".join(f"{n} ({num})" if num else n for n, num in other_parties(call, directory)) or "nobody yet"
    bits = [badge(call), who]
    if call.direction:
        bits.append(call.direction)
    return ", ".join(bits)
