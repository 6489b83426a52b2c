"""How users and calls read on screen: names, the other party, badges, causes in words.

The tables are the single place the wording lives. They hold the English source (marked for
pyside6-lupdate with QT_TRANSLATE_NOOP, context "Words") and are read through `_t`, which
translates into the installed language (desktop/ui/i18n.py); numbers and durations follow the
default QLocale. No QApplication is needed: without one every word stays English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from desktop.model.state import CONFERENCE, DIALING, HELD, IDLE, RINGING, TALKING, UNKNOWN, Call, User
from desktop.protocol.events import Participant

Directory = Mapping[str, User]  # the model's users by login: one name per person everywhere

VOICEMAIL_NUMBERS = frozenset({"887"})

# Media state (the user's leg, else the call) -> badge text.
STATE_BADGES = {
    "RINGING_INCOMING": QT_TRANSLATE_NOOP("Words", "ringing"),
    "DIALING": QT_TRANSLATE_NOOP("Words", "dialing"),
    "RINGING_OUTGOING": QT_TRANSLATE_NOOP("Words", "ringing remote"),
    "ACTIVE": QT_TRANSLATE_NOOP("Words", "active"),
    "HELD": QT_TRANSLATE_NOOP("Words", "on hold"),
    "RELEASING": QT_TRANSLATE_NOOP("Words", "releasing"),
}

# Last cause -> words; the value may use {other} (the party the cause is about).
CAUSE_WORDS = {
    "REDIRECTED": QT_TRANSLATE_NOOP("Words", "redirected"),
    "RECALL": QT_TRANSLATE_NOOP("Words", "recall"),
    "CONFERENCED": QT_TRANSLATE_NOOP("Words", "conference"),
    "PARTICIPANT_LEFT": QT_TRANSLATE_NOOP("Words", "party left"),
    "TRANSFERRED": QT_TRANSLATE_NOOP("Words", "transferred"),
    "BUSY": QT_TRANSLATE_NOOP("Words", "busy"),
    "CLEARED": QT_TRANSLATE_NOOP("Words", "cleared"),
    "PICKED_UP": QT_TRANSLATE_NOOP("Words", "picked up"),
    "NO_ANSWER": QT_TRANSLATE_NOOP("Words", "no answer"),
    "FORWARDED": QT_TRANSLATE_NOOP("Words", "forwarded"),
    "CAMP_ON": QT_TRANSLATE_NOOP("Words", "camped on"),
    "CALL_WAITING": QT_TRANSLATE_NOOP("Words", "call waiting"),
    "VOICEMAIL": QT_TRANSLATE_NOOP("Words", "voicemail"),
}


# Line state (the lamp's) -> words: the list's State column, tooltips, screen readers.
LINE_STATE_WORDS = {
    IDLE: QT_TRANSLATE_NOOP("Words", "idle"),
    RINGING: QT_TRANSLATE_NOOP("Words", "ringing"),
    DIALING: QT_TRANSLATE_NOOP("Words", "dialing"),
    TALKING: QT_TRANSLATE_NOOP("Words", "talking"),
    HELD: QT_TRANSLATE_NOOP("Words", "on hold"),
    CONFERENCE: QT_TRANSLATE_NOOP("Words", "in conference"),
    UNKNOWN: QT_TRANSLATE_NOOP("Words", "unknown"),
}

_translate = QCoreApplication.translate


def _t(text: str) -> str:
    return _translate("Words", text)


_cache: dict[str, str] = {}
_cache_generation = -1


def line_state_words(state: str | None) -> str:
    """The line state in the window's language; cached per language, as data() asks for it
    once per row per paint."""
    global _cache_generation
    from desktop.ui import i18n

    if _cache_generation != i18n.generation:
        _cache.clear()
        _cache_generation = i18n.generation
    words = _cache.get(state)
    if words is None:
        source = LINE_STATE_WORDS.get(state)
        words = _cache[state] = _t(source) if source else (state or "").lower().replace("_", " ")
    return words


# The presence filter's two extra choices (desktop/ui/models/users_filter.py) -> words.
_FILTER_WORDS = {"all states": QT_TRANSLATE_NOOP("Words", "all states"), "not idle": QT_TRANSLATE_NOOP("Words", "not idle")}


def filter_words(choice: str) -> str:
    words = _FILTER_WORDS.get(choice)
    return _t(words) if words else line_state_words(choice)


# The PBX's counters (protocol.rtsm.COUNTER_FIELDS) -> words, for tooltips: "missed calls 2".
COUNTER_WORDS = {
    "missedCallsNb": QT_TRANSLATE_NOOP("Words", "missed calls"),
    "voiceMessagesNb": QT_TRANSLATE_NOOP("Words", "voice messages"),
    "callBackRequestsNb": QT_TRANSLATE_NOOP("Words", "call-back requests"),
    "faxNb": QT_TRANSLATE_NOOP("Words", "faxes"),
    "newTextNb": QT_TRANSLATE_NOOP("Words", "new texts"),
    "oldTextNb": QT_TRANSLATE_NOOP("Words", "old texts"),
    "eventWaiting": QT_TRANSLATE_NOOP("Words", "events waiting"),
}


def counter_words(field: str) -> str:
    words = COUNTER_WORDS.get(field)
    return _t(words) if words else field


# A source's connection state (sources/base.Source.status: plain words, a contract of that
# layer) -> the status bar's words. Whole states, then the ones with numbers; the source's own
# reasons (in brackets) stay as the server or library said them.
_CONNECTION_WORDS = {
    "connecting": QT_TRANSLATE_NOOP("Words", "connecting"),
    "connected": QT_TRANSLATE_NOOP("Words", "connected"),
    "stopped": QT_TRANSLATE_NOOP("Words", "stopped"),
}
_CONNECTION_PATTERNS = (
    (re.compile(r"^reconnecting in ([\d.]+) s(.*)$"), QT_TRANSLATE_NOOP("Words", "reconnecting in %1 s%2")),
    (re.compile(r"^playing (\d+)/(\d+)$"), QT_TRANSLATE_NOOP("Words", "playing %1/%2")),
    (re.compile(r"^paused (\d+)/(\d+)$"), QT_TRANSLATE_NOOP("Words", "paused %1/%2")),
    (re.compile(r"^at end (\d+)/(\d+)$"), QT_TRANSLATE_NOOP("Words", "at end %1/%2")),
)


def connection_words(text: str) -> str:
    words = _CONNECTION_WORDS.get(text)
    if words is not None:
        return _t(words)
    for pattern, template in _CONNECTION_PATTERNS:
        m = pattern.match(text)
        if m:
            out = _t(template)
            for i, value in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", value)
            return out
    return text


# The presence panel's "sort by" choices, in users_model.HEADERS' order.
SORT_WORDS = (
    QT_TRANSLATE_NOOP("Words", "by name"), QT_TRANSLATE_NOOP("Words", "by number"),
    QT_TRANSLATE_NOOP("Words", "by login"), QT_TRANSLATE_NOOP("Words", "by state"),
    QT_TRANSLATE_NOOP("Words", "by time in state"), QT_TRANSLATE_NOOP("Words", "by missed calls"),
    QT_TRANSLATE_NOOP("Words", "by voicemail"),
)


def sort_words() -> list[str]:
    return [_t(w) for w in SORT_WORDS]


class Durations(QObject):
    """Spoken durations with Qt's plural forms (%n): screen readers say "3 minutes", not "3:00"."""

    def spoken(self, ms: int | None) -> str:
        if ms is None or ms < 0:
            return ""
        s = ms // 1000
        if s < 60:
            return self.tr("%n second(s)", "", s)
        if s < 3600:
            return self.tr("%n minute(s)", "", s // 60)
        return self.tr("%n hour(s)", "", s // 3600)


_durations: Durations | None = None


def spoken_duration(ms: int | None) -> str:
    global _durations
    if _durations is None:
        _durations = Durations()
    return _durations.spoken(ms)


def number(n: int) -> str:
    """A count in the locale's digits and grouping (10 000, 10.000, 10,000)."""
    return QLocale().toString(int(n))


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
        return _t(QT_TRANSLATE_NOOP("Words", "Anonymous"))
    if party.phone_number in VOICEMAIL_NUMBERS or (party.type or "").endswith("VOICEMAIL"):
        return _t(QT_TRANSLATE_NOOP("Words", "Voicemail"))
    known = directory.get(party.login) if directory is not None and party.login else None
    if known is not None and (known.display_name or known.first_name or known.last_name):
        return user_name(known)
    if party.display_name:
        return party.display_name
    names = " ".join(n for n in (party.first_name, party.last_name) if n)
    return names or party.login or party.phone_number or _t(QT_TRANSLATE_NOOP("Words", "Unknown"))


def party_number(p: Participant) -> str:
    return "" if p.anonymous else (p.party.phone_number or "")


def other_parties(call: Call, directory: Directory | None = None) -> list[tuple[str, str]]:
    """(name, number) of everyone else in the call; the initially called one while none."""
    parties = [(party_name(p, directory), party_number(p)) for p in call.participants.values()]
    if not parties and call.anonymous:
        return [(_t(QT_TRANSLATE_NOOP("Words", "Anonymous")), "")]
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


def badge_source(call: Call) -> str:
    """The badge in English: the key of its colour (call_card.BADGE_STATES)."""
    state = media_state(call)
    if state == "ACTIVE" and call.conference:
        return "conference"
    if state == "RINGING_OUTGOING" or any(leg.ringing_remote for leg in call.legs.values()):
        return STATE_BADGES["RINGING_OUTGOING"]
    return STATE_BADGES.get(state) or (state or "unknown").lower().replace("_", " ")


def badge(call: Call) -> str:
    """The badge in the window's language."""
    source = badge_source(call)
    return _t(source) if source in _BADGE_SOURCES else source


def widest_badges() -> list[str]:
    """Every badge's words, for the badge's fixed width (a state change never moves the row)."""
    return [_t(b) for b in _BADGE_SOURCES]


def direction_words(direction: str | None) -> str:
    """The card's arrow and word: "← incoming", "→ outgoing"."""
    words = DIRECTION_WORDS.get(direction or "")
    if words is None:
        return ""
    return ("← " if direction == "incoming" else "→ ") + _t(words)


_BADGE_SOURCES = frozenset(STATE_BADGES.values()) | {"conference"}


def rings_here(call: Call) -> bool:
    """The call is ringing on this user's own set (not the far end ringing for them)."""
    return media_state(call) == "RINGING_INCOMING"


def ring_notice(call: Call, user: User | None, directory: Directory | None = None) -> tuple[str, str]:
    """(title, text) of the notification for a call ringing on my line."""
    who = ", ".join(f"{n} ({num})" if num else n for n, num in other_parties(call, directory)) or _t(QT_TRANSLATE_NOOP("Words", "Unknown caller"))
    cause = call_cause(call)
    text = _t(QT_TRANSLATE_NOOP("Words", "%1 on %2")).replace("%1", who).replace("%2", user_name(user)) if user is not None else who
    return _t(QT_TRANSLATE_NOOP("Words", "Incoming call")), text + (f" ({cause})" if cause else "")


def cause_words(cause: str | None) -> str:
    if not cause:
        return ""
    words = CAUSE_WORDS.get(cause)
    return _t(words) if words else cause.lower().replace("_", " ")


def call_cause(call: Call) -> str:
    """The call's last cause in words, with whom a redirected call was meant for."""
    cause = cause_words(call.last_cause)
    if call.last_cause == "REDIRECTED" and call.initial_called and call.initial_called.phone_number:
        cause = _t(QT_TRANSLATE_NOOP("Words", "%1 from %2")).replace("%1", cause).replace("%2", call.initial_called.phone_number)
    return cause


DIRECTION_WORDS = {"incoming": QT_TRANSLATE_NOOP("Words", "incoming"), "outgoing": QT_TRANSLATE_NOOP("Words", "outgoing")}

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
    who = ", ".join(f"{n} ({num})" if num else n for n, num in other_parties(call, directory)) or _t(QT_TRANSLATE_NOOP("Words", "nobody yet"))
    bits = [badge(call), who]
    if call.direction:
        bits.append(_t(DIRECTION_WORDS[call.direction]) if call.direction in DIRECTION_WORDS else call.direction)
    return ", ".join(bits)
