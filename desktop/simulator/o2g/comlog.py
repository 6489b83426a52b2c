"""The simulated gateway's communication log (O2G comlog): records made from its engine's
finished calls, served as desktop/protocol/o2g/comlog.py describes, with their events.

The records come from the very derivation the window uses for a local history
(desktop/model/history.py) fed with every engine event the gateway publishes, so a record's
outcome is what the window would have derived itself. Bounded: the newest MAX_RECORDS per user.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

import orjson
from aiohttp import web

from desktop.model import Model
from desktop.model.comlog import record_body
from desktop.model.history import CallHistory, CallRecord, Party, from_iso
from desktop.model.state import INCOMING, OUTGOING
from desktop.protocol.o2g import comlog, routes
from desktop.protocol.o2g.errors import RestError
from desktop.protocol.parse import ParseError, parse_obj

if TYPE_CHECKING:
    from desktop.simulator.o2g.gateway import O2GGateway

MAX_RECORDS = 100  # per user: "a depth of 100 records maximum per user" (the SDK's o2g-comlog.ts)
MAX_PAGE = 1_000


class ComlogService:
    def __init__(self, gateway: O2GGateway):
        self.gateway = gateway
        self.model = Model()
        for user in gateway.directory.users.values():
            self.model.add_user(user.login, user.number, user.first_name, user.last_name, user.display_name)
        self.history = CallHistory()
        self._next_id = 1
        self._records: dict[str, OrderedDict[int, comlog.ComHistoryRecord]] = {}
        self._rows: dict[str, dict[int, CallRecord]] = {}
        self._id_of: dict[tuple, int] = {}  # row key -> recordId (an amended row is modified, not new)

    # --- from the engine ---------------------------------------------------------------

    def observe(self, rtsm_events) -> None:
        """Every batch of engine events: the calls that ended become records (OnComRecordCreated)."""
        model, history = self.model, self.history
        for raw in rtsm_events:
            try:
                event = parse_obj(raw, "rtsm")
            except ParseError:
                continue
            history.observe(event, model.apply(event), model)
        for row in history.take(model):
            self._record(row)

    def _me(self, login: str) -> Party:
        user = self.gateway.directory.users.get(login)
        if user is None:
            return Party(None, login, None)
        return Party(user.number, login, user.display_name or f"{user.first_name} {user.last_name}".strip())

    def _record(self, row: CallRecord) -> None:
        login = row.login
        records = self._records.setdefault(login, OrderedDict())
        rows = self._rows.setdefault(login, {})
        record_id = self._id_of.get(row.key)
        name = comlog.MODIFIED
        if record_id is None or record_id not in records:
            record_id, self._next_id = self._next_id, self._next_id + 1
            self._id_of[row.key] = record_id
            name = comlog.CREATED
        else:
            row.acknowledged = records[record_id].acknowledged or False
        body = record_body(row, record_id, self._me(login))
        records[record_id] = body
        rows[record_id] = row
        while len(records) > MAX_RECORDS:
            old, _ = records.popitem(last=False)
            gone = rows.pop(old, None)
            if gone is not None:
                self._id_of.pop(gone.key, None)
        self._push(comlog.event_line(name, login, record=body.dump()))

    def _push(self, event: dict) -> None:
        login = event["loginName"]
        line = None
        for sub in list(self.gateway._subscriptions.values()):
            if sub.wants(comlog.PACKAGE, login):
                line = line or orjson.dumps(event) + b"\n"
                sub.push(line)

    # --- REST --------------------------------------------------------------------------

    def handlers(self) -> dict:
        return {
            routes.COMLOG_RECORDS: self._list,
            routes.COMLOG_RECORD: self._one,
            routes.COMLOG_ACKNOWLEDGE: self._acknowledge,
            routes.COMLOG_DELETE_RECORD: self._delete_one,
            routes.COMLOG_DELETE_RECORDS: self._delete_many,
        }

    def _login(self, request: web.Request) -> str:
        return self.gateway._target(self.gateway._session(request), request)

    def _selected(self, login: str, query) -> list[comlog.ComHistoryRecord]:
        """Newest first, filtered as the SDK's QueryFilter asks."""
        after, before = from_iso(query.get("afterDate")), from_iso(query.get("beforeDate"))
        role = query.get("role")
        out = []
        for record_id in reversed(self._records.get(login, {})):
            record = self._records[login][record_id]
            row = self._rows[login][record_id]
            if after is not None and (row.started or 0) < after:
                continue
            if before is not None and (row.started or 0) >= before:
                continue
            if query.get("unacknowledged") == "true" and record.acknowledged:
                continue
            if query.get("unanswered") == "true" and row.answered is not None:
                continue
            if role == comlog.CALLER and row.direction != OUTGOING or role == comlog.CALLEE and row.direction != INCOMING:
                continue
            if query.get("comRef") and record.comRef != query["comRef"]:
                continue
            wanted = query.get("remotePartyId")
            if wanted and not any(wanted in (p.login, p.number) for p in row.parties):
                continue
            out.append(record)
        return out

    async def _list(self, request: web.Request) -> web.Response:
        login = self._login(request)
        selected = self._selected(login, request.query)
        try:
            offset = max(0, int(request.query.get("offset", 0)))
            limit = min(MAX_PAGE, max(0, int(request.query.get("limit", 0)))) or MAX_PAGE
        except ValueError:
            raise RestError(400, "offset and limit are numbers") from None
        page = selected[offset:offset + limit]
        body = comlog.ComHistoryRecords(offset=offset, limit=limit, totalCount=len(selected), comHistoryRecords=page)
        return web.json_response(body.dump())

    def _id(self, text: str) -> int:
        try:
            return int(text)
        except (TypeError, ValueError):
            raise RestError(400, f"not a recordId: {text!r}") from None

    async def _one(self, request: web.Request) -> web.Response:
        login = self._login(request)
        record = self._records.get(login, {}).get(self._id(request.match_info["recordId"]))
        if record is None:
            raise RestError(404, "no such record")
        return web.json_response(record.dump())

    async def _acknowledge(self, request: web.Request) -> web.Response:
        login = self._login(request)
        value = request.query.get("acknowledge", "true") != "false"
        body = await self.gateway._body(request, comlog.AckRequest)
        records = self._records.get(login, {})
        changed = []
        for record_id in map(self._id, body.recordIds):
            record = records.get(record_id)
            if record is not None and bool(record.acknowledged) != value:
                record.acknowledged = value
                self._rows[login][record_id].acknowledged = value
                changed.append(record_id)
        if changed:
            self._push(comlog.event_line(comlog.ACKED if value else comlog.UNACKED, login, recordIds=changed))
        return web.Response(status=204)

    def _delete(self, login: str, ids: list[int]) -> None:
        records, rows = self._records.get(login, {}), self._rows.get(login, {})
        gone = [i for i in ids if records.pop(i, None) is not None]
        for i in gone:
            row = rows.pop(i, None)
            if row is not None:
                self._id_of.pop(row.key, None)
        if gone:
            self._push(comlog.event_line(comlog.DELETED, login, recordIds=gone))

    async def _delete_one(self, request: web.Request) -> web.Response:
        login = self._login(request)
        record_id = self._id(request.match_info["recordId"])
        if record_id not in self._records.get(login, {}):
            raise RestError(404, "no such record")
        self._delete(login, [record_id])
        return web.Response(status=204)

    async def _delete_many(self, request: web.Request) -> web.Response:
        login = self._login(request)
        listed = request.query.get("recordIdList")
        if listed:
            ids = [self._id(part) for part in listed.split(",") if part]
        else:
            ids = [int(r.recordId) for r in self._selected(login, request.query)]
        self._delete(login, ids)
        return web.Response(status=204)
