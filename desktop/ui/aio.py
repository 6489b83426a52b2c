"""Starting coroutines from Qt slots. The event loop itself (qasync) is set up in app.py only."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine

_running: set[asyncio.Future] = set()  # asyncio keeps only weak references to tasks


def spawn(coro: Coroutine) -> asyncio.Future:
    task = asyncio.ensure_future(coro)
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task
