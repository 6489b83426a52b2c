"""Reading JSON Lines traces without trusting them: a huge line is skipped, not loaded."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from desktop.protocol.parse import MAX_LINE_BYTES

TOO_LONG = None  # yielded in place of a line over the limit
BOM = b"\xef\xbb\xbf"  # some editors start a UTF-8 file with it: not part of the first line


def iter_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Yield each line's bytes (newline stripped), or TOO_LONG for a line over `limit`; a
    byte-order mark before the first line is skipped."""
    first = True
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if first:
            first = False
            if line.startswith(BOM):
                line = line[len(BOM):] + (b"" if line.endswith(b"\n") else stream.readline(len(BOM)))
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
