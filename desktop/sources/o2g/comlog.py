"""The O2G source's side of the communication log (comlog): whether the gateway offers it, the
records listed at connect, and (un)acknowledging on the gateway. Routes: routes.COMLOG_*;
bodies and events: desktop/protocol/o2g/comlog.py; records as history rows: desktop/model/comlog.py."""

from __future__ import annotations

from desktop.model.comlog import record_row
from desktop.model.history import CallRecord
from desktop.protocol.o2g import comlog, routes

PAGE = 500
MAX_LISTED = 5_000  # per user at connect: the newest, the rest is already in the local store


async def list_records(client, login: str, about: dict) -> list[CallRecord]:
    """Every record of `login` (newest MAX_LISTED), as rows of its history."""
    rows: list[CallRecord] = []
    offset = 0
    while offset < MAX_LISTED:
        params = {**about, "limit": str(PAGE)}
        if offset:
            params["offset"] = str(offset)
        data = await client.send(routes.COMLOG_RECORDS, params=params, what="comlog records")
        page = comlog.ComHistoryRecords.model_validate(data or {})
        rows.extend(record_row(r, login) for r in page.comHistoryRecords)
        offset += len(page.comHistoryRecords)
        if not page.comHistoryRecords or offset >= (page.totalCount or 0):
            break
    return rows


async def acknowledge(client, about: dict, record_ids: list[str], value: bool = True) -> None:
    params = {**about, "acknowledge": "true" if value else "false"}
    body = comlog.AckRequest(recordIds=list(record_ids))
    await client.send(routes.COMLOG_ACKNOWLEDGE, body=body, params=params, what="comlog acknowledge")
