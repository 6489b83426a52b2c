"""O2G's plain names: the API version and the selector names of its event packages.

Apart from rest.py (which re-exports them) so that code reading events (o2g/convert.py, through
parse.py every source) names a package without importing pydantic and the REST bodies: the
window connected over WebSocket never loads them (tests/test_layers.py holds it to that).
"""

from __future__ import annotations

API_VERSION = "1.0"
EVERYONE = "*"  # a list of logins to watch that is only this: every user (an administrator's session)
# The selector names of the event packages (O2G's, as ALE's SDKs name them).
TELEPHONY = "telephony"
EVENT_SUMMARY = "eventSummary"
ROUTING = "routingManagement"  # OnRoutingStateChanged
SYSTEM = "system"  # OnPbxLinkDown/Up, OnCtiLinkDown/Up, OnPbxLoaded, OnServerStart: administrators
USER = "user"  # OnUserInfoChanged
USER_MANAGEMENT = "userManagement"  # OnUserCreated, OnUserDeleted: administrators
COMLOG = "unifiedComLog"  # OnComRecordCreated/Modified, OnComRecordsDeleted/Ack/UnAck (protocol/o2g/comlog.py)
# The communication log's events (their bodies: comlog.py); the session hands them to the history.
COMLOG_CREATED, COMLOG_MODIFIED = "OnComRecordCreated", "OnComRecordModified"
COMLOG_DELETED, COMLOG_ACKED, COMLOG_UNACKED = "OnComRecordsDeleted", "OnComRecordsAck", "OnComRecordsUnAck"
COMLOG_EVENTS = (COMLOG_CREATED, COMLOG_MODIFIED, COMLOG_DELETED, COMLOG_ACKED, COMLOG_UNACKED)
