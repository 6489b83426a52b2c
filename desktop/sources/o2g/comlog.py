"""The O2G source's side of the communication log (comlog): whether the gateway offers it, the
records listed at connect, and (un)acknowledging on the gateway. Shapes and routes:
desktop/protocol/o2g/comlog.py; records as history rows: desktop/model/comlog.py."""

from __future__ import annotations

from desktop.model.comlog import record_row
from desktop.model.history import CallRecord
from desktop.protocol.o2g import comlog, rest

PAGE = 500
MAX_LISTED = 5_000  # per user at connect: the newest, the rest is already in the local store


def offered(info: rest.SessionInfo | None) -> bool:
    """The session's services name comlog (compared lower-case, as ALE's SDK does)."""
    return info is not None and any(s.serviceName.lower() == comlog.SERVICE for s in info.services)


def base_path(info: rest.SessionInfo) -> str:
    """The records' collection under the base URL: the service's relativeUrl."""
    for s in info.services:
        if s.serviceName.lower() == comlog.SERVICE and s.relativeUrl:
            return s.relativeUrl
    return comlog.RELATIVE_URL


async def list_records(client, login: str, about: dict) -> list[CallRecord]:
    """Every record of `login` (newest MAX_LISTED), as rows of its history."""
    path = base_path(client.info)
    rows: list[CallRecord] = []
    offset = 0
    while offset < MAX_LISTED:
        params = {**about, "offset": str(offset), "limit": str(PAGE)} if offset else {**about, "limit": str(PAGE)}
        data = await client.call("GET", client.url(path), params=params, what="comlog records")
        page = comlog.ComHistoryRecords.model_validate(data or {})
        rows.extend(record_row(r, login) for r in page.comHistoryRecords)
        offset += len(page.comHistoryRecords)
        if not page.comHistoryRecords or offset >= (page.totalCount or 0):
            break
    return rows


async def acknowledge(client, about: dict, record_ids: list[str], value: bool = True) -> None:
    path = base_path(client.info)
    params = {**about, "acknowledge": "true" if value else "false"}
    body = comlog.AckRequest(recordIds=list(record_ids))
    await client.call(comlog.ACKNOWLEDGE.method, client.url(path), body=body, params=params, what="comlog acknowledge")
