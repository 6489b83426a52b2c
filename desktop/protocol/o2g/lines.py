"""Lines out of a chunked HTTP body whose chunk boundaries fall anywhere.

O2G's event channel is one JSON event per line, but the network cuts it where it likes: a
line may span chunks, a chunk may hold many lines. Blank lines (keepalives some gateways send)
are dropped; a line over the size limit is never held in memory whole: it is replaced by
`TOO_LONG`, which the session then rejects and counts like any malformed line.
"""

from __future__ import annotations

from desktop.protocol.parse import MAX_LINE_BYTES

TOO_LONG = b"[a line longer than 1 MiB, dropped by the O2G source]"


class LineSplitter:
    def __init__(self, limit: int = MAX_LINE_BYTES):
        self.limit = limit
        self._buffer = bytearray()
        self._overflow = False

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines this chunk completes, in order."""
        buffer = self._buffer
        buffer += chunk
        lines: list[bytes] = []
        start = 0
        while True:
            end = buffer.find(b"\n", start)
            if end < 0:
                break
            if self._overflow:
                self._overflow = False
                lines.append(TOO_LONG)
            else:
                line = bytes(buffer[start:end]).strip()
                if line:
                    lines.append(line)
            start = end + 1
        del buffer[:start]
        if len(buffer) > self.limit:
            self._overflow = True
            buffer.clear()
        return lines

    def end(self) -> list[bytes]:
        """At the end of the stream: a last line without its newline still counts."""
        if self._overflow:
            self._overflow = False
            self._buffer.clear()
            return [TOO_LONG]
        line = bytes(self._buffer).strip()
        self._buffer.clear()
        return [line] if line else []
