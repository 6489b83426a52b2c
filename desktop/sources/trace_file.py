"""Reading JSON Lines traces without trusting them: a huge line is skipped, not loaded."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from desktop.protocol.parse import MAX_LINE_BYTES

TOO_LONG = None  # yielded in place of a line over the limit


def iter_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Yield each line's bytes (newline stripped), or TOO_LONG for a line over `limit`."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line in bounded pieces
                rest = stream.readline(1 << 16)
                if not rest or rest.endswith(b"\n"):
                    break
            yield TOO_LONG
            continue
        yield line.rstrip(b"\r\n")


def open_trace(path: str) -> BinaryIO:
    """'-' is standard input; raises OSError for a file that cannot be opened."""
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")
