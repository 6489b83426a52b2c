"""A WebSocket server's address, checked without loading a network library: the Connect
dialog checks what the user typed, and the window is shown before websockets is imported
(~40 ms of its start-up)."""

from __future__ import annotations

from urllib.parse import urlsplit


def check_url(url: str) -> str:
    """The URL itself, or ValueError saying what is wrong with it."""
    parts = urlsplit(url)
    if not url.startswith(("ws://", "wss://")):
        raise ValueError(f"a server address starts with ws:// or wss://, not {url!r}")
    if not parts.hostname:
        raise ValueError(f"a server address names a host after {parts.scheme}://, not {url!r}")
    try:
        parts.port  # (a property that checks the number)
    except ValueError:
        raise ValueError(f"the port of a server address is a number from 0 to 65535, not {url!r}") from None
    return url
