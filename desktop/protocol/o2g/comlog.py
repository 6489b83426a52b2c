"""O2G's communication log (the comlog service): its bodies and events, written once for the client (desktop/sources/o2g/comlog.py) and the simulated gateway
(desktop/simulator/o2g/comlog.py). A record as a row of our call history, both ways:
desktop/model/comlog.py.

Shapes from ALE's O2G SDKs (o2g-node-sdk `o2g-comlog.ts`, `comlog-rest.ts`, `comlog-types.ts`):
- the service is named "comlog" in the session's services; its relativeUrl is the records'
  collection: GET it (?loginName, afterDate, beforeDate, unacknowledged, unanswered, role,
  comRef, remotePartyId, offset, limit, optimized) for `{offset, limit, totalCount,
  comHistoryRecords}`; GET/DELETE `/{recordId}` for one; DELETE with ?recordIdList=a,b for
  several; PUT with ?acknowledge=true|false and `{"recordIds": [...]}` to (un)acknowledge;
- a record: recordId, comRef (the callRef), acknowledged, participants [{role CALLER|CALLEE,
  answered, identity (PartyInfo), initialCalled, reason, leg}], beginDate, endDate, convDate
  (when the conversation began), holdDuration, transferredBy;
- events in the `unifiedComLog` package: OnComRecordCreated / OnComRecordModified {loginName,
  record}, OnComRecordsDeleted / OnComRecordsAck / OnComRecordsUnAck {loginName, recordIds}.
Pure: no I/O.
"""

from __future__ import annotations

from pydantic import Field

from desktop.protocol.o2g.names import COMLOG as PACKAGE  # the event package's selector name
from desktop.protocol.o2g.names import COMLOG_ACKED as ACKED, COMLOG_CREATED as CREATED, COMLOG_DELETED as DELETED
from desktop.protocol.o2g.names import COMLOG_EVENTS as EVENTS, COMLOG_MODIFIED as MODIFIED, COMLOG_UNACKED as UNACKED
from desktop.protocol.o2g.rest import Body

# Its service (routes.COMLOG, named "comlog" in SessionInfo.services) and routes
# (routes.COMLOG_*) are with every other service's in routes.py. Its package's and events'
# names are in names.py, where the session reads them without loading these bodies.

CALLER, CALLEE = "CALLER", "CALLEE"


class Identifier(Body):
    loginName: str | None = None
    phoneNumber: str | None = None


class PartyInfo(Body):
    id: Identifier = Field(default_factory=Identifier)
    firstName: str | None = None
    lastName: str | None = None
    displayName: str | None = None


class ComRecordParticipant(Body):
    role: str | None = None
    answered: bool | None = None
    identity: PartyInfo = Field(default_factory=PartyInfo)
    anonymous: bool | None = None
    initialCalled: PartyInfo | None = None
    reason: str | None = None
    leg: str | None = None


class ComHistoryRecord(Body):
    recordId: int | str
    comRef: str
    acknowledged: bool | None = None
    participants: list[ComRecordParticipant] = Field(default_factory=list)
    beginDate: str | None = None
    endDate: str | None = None
    convDate: str | None = None
    holdDuration: int | None = None
    transferredBy: str | None = None


class ComHistoryRecords(Body):
    offset: int | None = None
    limit: int | None = None
    totalCount: int | None = None
    comHistoryRecords: list[ComHistoryRecord] = Field(default_factory=list)


class AckRequest(Body):
    # The SDK sends strings, the events carry numbers: both are read.
    recordIds: list[int | str] = Field(default_factory=list)


def event_line(name: str, login: str, **fields) -> dict:
    return {"eventName": name, "loginName": login, **fields}
