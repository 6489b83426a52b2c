"""The O2G directory as the source keeps it: entries from GET .../users/{login}, the users
events that change them (OnUserInfoChanged, OnUserCreated, OnUserDeleted), and the PBX
directory search that offers numbers to call.

The source hands the whole entry list to its sink on every change (the sink replaces its
directory); these events are rare, so that costs nothing worth saving.
"""

from __future__ import annotations

import asyncio

import orjson
import pydantic

from desktop.protocol.o2g import rest, routes

CHANGED, CREATED, DELETED = "OnUserInfoChanged", "OnUserCreated", "OnUserDeleted"
_MARKS = tuple(name.encode() for name in (CHANGED, CREATED, DELETED))
_HEAD = 160  # the event's name is in its first bytes (eventName comes first, or after loginName)

SEARCH_POLL_S = 0.2
SEARCH_WAIT_S = 5.0  # the search gives up (and is cancelled) after this long without FINISH


def concerns(line: bytes) -> bool:
    """Whether a channel line is one of the users events (cheap: most lines are not)."""
    head = line[:_HEAD]
    return b"OnUser" in head and any(mark in head for mark in _MARKS)


def entry(user: rest.UserInfo) -> dict:
    """A directory entry as the sink takes it."""
    out = {"login": user.loginName, "number": user.companyPhone, "firstName": user.firstName, "lastName": user.lastName}
    return {k: v for k, v in out.items() if v is not None}


def change(line: bytes) -> tuple[str, str, dict | None] | None:
    """(event name, login, the new entry or None) for a users event; None for anything else
    or a malformed one (the session counts it when it parses the line)."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(obj, dict) or obj.get("eventName") not in (CHANGED, CREATED, DELETED):
        return None
    name = obj["eventName"]
    if name == DELETED:
        login = obj.get("loginName")
        return (name, login, None) if isinstance(login, str) and login else None
    try:
        user = rest.UserInfo.model_validate(obj.get("user") or {})
    except pydantic.ValidationError:
        return None
    login = user.loginName or obj.get("loginName")
    if not isinstance(login, str) or not login:
        return None
    user.loginName = login
    return name, login, entry(user)


def criteria(text: str) -> rest.Criterion:
    """Names or numbers beginning with `text` (O2G's OR of BEGIN_WITH criteria)."""
    fields = ("lastName", "firstName", "id.phoneNumber")
    return rest.Criterion(
        operation="OR",
        operand=[rest.Criterion(field=f, operation="BEGIN_WITH", operand=text) for f in fields],
    )


def contact(info: dict) -> dict | None:
    """A search result's contact (O2G's PartyInfo) as a directory entry."""
    if not isinstance(info, dict):
        return None
    ids = info.get("id") if isinstance(info.get("id"), dict) else {}
    number = ids.get("phoneNumber")
    if not isinstance(number, str) or not number:
        return None
    out = {"number": number, "login": ids.get("loginName"), "firstName": info.get("firstName"), "lastName": info.get("lastName")}
    return {k: v for k, v in out.items() if isinstance(v, str) and v}


async def search(client, text: str, limit: int, about: dict) -> list[dict]:
    """POST .../directory/search, then GET its results until FINISH or TIMEOUT (the SDKs'
    loop); cancelled when it takes longer than SEARCH_WAIT_S."""
    text = text.strip()
    if not text:
        return []
    request = rest.DirectorySearchRequest(filter=criteria(text), limit=max(1, min(limit, 100)))
    params = about or None
    await client.send(routes.DIRECTORY_SEARCH, body=request, params=params, what="directory search")
    found: list[dict] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SEARCH_WAIT_S
    while True:
        result = rest.DirectorySearchResult.model_validate(
            await client.send(routes.DIRECTORY_RESULTS, params=params, what="directory results") or {}
        )
        for element in result.resultElements:
            found.extend(c for c in map(contact, element.contacts) if c is not None)
        if result.resultCode in (rest.SEARCH_FINISH, rest.SEARCH_TIMEOUT):
            break
        if len(found) >= limit or loop.time() > deadline:  # enough, or too long: free the search
            await client.send(routes.DIRECTORY_CANCEL, params=params, what="directory cancel")
            break
        if result.resultCode != rest.SEARCH_OK:
            await asyncio.sleep(SEARCH_POLL_S)
    return found[:limit]
