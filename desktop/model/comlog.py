"""A comlog record of O2G (desktop/protocol/o2g/comlog.py) as a row of the call history, and
back: one table between our outcomes and O2G's Reason, read both ways. Pure."""

from __future__ import annotations

from desktop.model.history import (
    ABANDONED, ANSWERED, BUSY, FORWARDED, MISSED, REDIRECTED, TRANSFERRED, VOICEMAIL, CallRecord, Party, from_iso, iso,
)
from desktop.model.state import INCOMING, OUTGOING
from desktop.protocol.o2g.comlog import CALLEE, CALLER, ComHistoryRecord, ComRecordParticipant, Identifier, PartyInfo

# Our outcome -> the O2G Reason on the user's own participant. Read back, the role tells the
# ABANDONED of a callee (missed) from the ABANDONED of a caller (abandoned); the RELEASED_ON_*
# and PICKUP reasons read as what they mean for that user.
REASON_OF = {
    ANSWERED: "NORMAL",
    MISSED: "ABANDONED",
    ABANDONED: "ABANDONED",
    BUSY: "BUSY",
    REDIRECTED: "REDIRECTED",
    FORWARDED: "FORWARDED",
    TRANSFERRED: "TRANSFERRED",
    VOICEMAIL: "VOICEMAIL",
}
OUTCOME_OF = {
    "BUSY": BUSY,
    "ALL_TRUNK_BUSY": BUSY,
    "REDIRECTED": REDIRECTED,
    "RELEASED_ON_REDIRECT": REDIRECTED,
    "FORWARDED": FORWARDED,
    "TRANSFERRED": TRANSFERRED,
    "RELEASED_ON_TRANSFER": TRANSFERRED,
    "VOICEMAIL": VOICEMAIL,
}
def _party_info(p: Party) -> PartyInfo:
    return PartyInfo(id=Identifier(loginName=p.login, phoneNumber=p.number), displayName=p.name)


def _party_of(info: PartyInfo) -> Party:
    name = info.displayName or " ".join(n for n in (info.firstName, info.lastName) if n) or None
    return Party(info.id.phoneNumber, info.id.loginName, name)


def record_body(row: CallRecord, record_id: int, me: Party) -> ComHistoryRecord:
    """Our row as the gateway's record: the user's own participant first (role, answered,
    reason), then the others (answered: the one who took it)."""
    mine = ComRecordParticipant(
        role=CALLER if row.direction == OUTGOING else CALLEE,
        answered=row.answered is not None and (row.direction == OUTGOING or row.answered_by in (None, row.login)),
        identity=_party_info(me),
        reason="PICKUP" if row.outcome == ANSWERED and row.direction == INCOMING and row.answered_by not in (None, row.login) else REASON_OF.get(row.outcome or "", "UNKNOWN"),
    )
    others = [
        ComRecordParticipant(
            role=CALLEE if row.direction == OUTGOING else CALLER,
            answered=row.answered_by is not None and row.answered_by in (p.login, p.number),
            identity=_party_info(p),
        )
        for p in row.parties
    ]
    return ComHistoryRecord(
        recordId=record_id, comRef=row.call_ref, acknowledged=row.acknowledged, participants=[mine, *others],
        beginDate=iso(row.started), endDate=iso(row.ended), convDate=iso(row.answered),
    )


def record_row(record: ComHistoryRecord, login: str) -> CallRecord:
    """The gateway's record as a row of `login`'s history (its recordId kept)."""
    parts = record.participants
    mine = next((p for p in parts if p.identity.id.loginName == login), None)
    others = [p for p in parts if p is not mine]
    direction = {CALLER: OUTGOING, CALLEE: INCOMING}.get((mine.role if mine else None) or "")
    answered_by = None
    if mine is not None and mine.answered and direction == INCOMING:
        answered_by = login
    else:
        taker = next((p for p in others if p.answered), None)
        if taker is not None:
            answered_by = taker.identity.id.loginName or taker.identity.id.phoneNumber
    reason = (mine.reason if mine else None) or "UNKNOWN"
    answered_at = from_iso(record.convDate)
    if reason in OUTCOME_OF:
        outcome = OUTCOME_OF[reason]
    elif answered_at is not None or reason == "PICKUP" or (mine is not None and mine.answered):
        outcome = ANSWERED
    elif direction == INCOMING:
        outcome = MISSED
    else:
        outcome = ABANDONED
    started = from_iso(record.beginDate)
    ended = from_iso(record.endDate) or started
    return CallRecord(
        record.comRef, login, started if started is not None else ended, direction=direction,
        parties=[_party_of(p.identity) for p in others], answered=answered_at, answered_by=answered_by,
        ended=ended, outcome=outcome, cause=reason, acknowledged=bool(record.acknowledged),
        record_id=str(record.recordId),
    )
