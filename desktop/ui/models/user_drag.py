"""Colleagues dragged from the lamps or the list onto a group: the drag's payload.

Logins only, one per line: a drop puts them in the group whatever became of their lamps since.
A drag from another program may carry anything under this type: it is read with limits, and a
payload that breaks them is no drag of ours.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from desktop.model.groups import MAX_LOGIN, MAX_MEMBERS

USERS_MIME = "application/x-cti-monitor-users"
MAX_USERS = MAX_MEMBERS  # as many as a group holds
MAX_BYTES = MAX_USERS * (MAX_LOGIN + 1)  # logins of the longest, a newline each


def users_mime(logins: list[str]) -> QMimeData:
    mime = QMimeData()
    logins = [login for login in dict.fromkeys(logins) if login]
    mime.setData(USERS_MIME, "\n".join(logins).encode("utf-8"))
    mime.setText(", ".join(logins))  # dropped into a text field: the logins
    return mime


def dragged_users(mime: QMimeData | None) -> list[str]:
    """The logins a drag carries ([] when it carries no users, or too many)."""
    if mime is None or not mime.hasFormat(USERS_MIME):
        return []
    data = bytes(mime.data(USERS_MIME))
    if len(data) > MAX_BYTES:
        return []
    try:
        logins = [line for line in data.decode("utf-8").split("\n") if line]
    except UnicodeDecodeError:
        return []
    return logins if len(logins) <= MAX_USERS else []
