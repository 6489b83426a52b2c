"""The event log's rows, packed: a first-in first-out store that compresses them in blocks.

50,000 log rows are ~40 MiB as Python objects (the raw JSON text, a tuple, its numbers and
strings), the largest part of the window's memory after a minute at 1,000 events/s. Events of
one PBX look alike, so a block of BLOCK rows deflates ~6-10x; only the block being filled is
kept as it came. Rows are read back one at a time (the rows on screen, the selected one, an
export, the filter), and a view reads the same few blocks: the last CACHED are kept unpacked.

A row is a tuple of JSON-able fields, one of which (`raw_field`) is the event as received,
bytes or str, kept byte for byte. Pure Python (zlib, orjson, array): tested on its own.
"""

from __future__ import annotations

import zlib
from array import array
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from itertools import accumulate

import orjson

BLOCK = 256  # rows per compressed block
CACHED = 4  # blocks kept unpacked for reading
_BYTES, _TEXT = 0, 1  # how a raw came: bytes, or str (kept as UTF-8)


class _Packed:
    """One block: its rows' other fields as one JSON array of columns, then their raws end to
    end, deflated together. A block of text raws (a WebSocket's frames) is encoded and decoded
    once as a whole and its `ends` count characters; otherwise each raw is bytes and `kinds`
    says how it came. (Per row, a JSON dump and an encode were 5 us: 0.07 s of a 10,000-user
    full state; the columns, transposed in C, spare slicing each row.)"""

    __slots__ = ("data", "split", "ends", "kinds")

    def __init__(self, rows: list, raw_field: int) -> None:
        columns = list(zip(*rows))
        raws = columns.pop(raw_field)
        fields = orjson.dumps(columns)
        if all(type(raw) is str for raw in raws):
            blob, self.kinds = "".join(raws).encode("utf-8", "surrogatepass"), None
        else:
            kinds = bytes(_TEXT if type(raw) is str else _BYTES for raw in raws)
            raws = [raw.encode("utf-8", "surrogatepass") if kind == _TEXT else raw for raw, kind in zip(raws, kinds)]
            blob, self.kinds = b"".join(raws), kinds
        self.ends = array("I", accumulate(map(len, raws)))
        self.split = len(fields)
        self.data = zlib.compress(fields + blob, 1)

    def unpack(self, make: Callable, raw_field: int) -> list:
        blob = zlib.decompress(self.data)
        text: str | bytes = blob[self.split:]
        kinds = self.kinds
        if kinds is None:
            text = text.decode("utf-8", "surrogatepass")
        raws, start = [], 0
        for end in self.ends:
            raws.append(text[start:end])
            start = end
        if kinds is not None:
            raws = [raw.decode("utf-8", "surrogatepass") if kind == _TEXT else raw for raw, kind in zip(raws, kinds)]
        columns = orjson.loads(blob[:self.split])
        columns.insert(raw_field, raws)
        return [make(fields) for fields in zip(*columns)]

    def raw_length(self, offset: int) -> int:
        return self.ends[offset] - (self.ends[offset - 1] if offset else 0)


class PackedRows:
    """Rows appended at the end, dropped from the front, read by position. `make` builds a row
    back from the list of its fields; `raw_field` is the position of its raw event."""

    def __init__(self, make: Callable, raw_field: int) -> None:
        self._make, self._raw_field = make, raw_field
        self._blocks: deque[_Packed] = deque()
        self._first_block = 0  # the absolute block number of _blocks[0]
        self._open: list = []  # the last block, not yet full: kept as it came
        self._start = 0  # the absolute position of row 0
        self._end = 0  # one past the absolute position of the last row
        self._cache: OrderedDict[int, list] = OrderedDict()

    def __len__(self) -> int:
        return self._end - self._start

    def append(self, row: tuple) -> None:
        self.extend((row,))

    def extend(self, rows: Sequence[tuple]) -> None:
        """Append `rows` in order: a frame's rows in one call, each block packed once full."""
        done, count = 0, len(rows)
        while done < count:
            taken = min(BLOCK - len(self._open), count - done)
            self._open.extend(rows[done:done + taken])
            done += taken
            self._end += taken
            if len(self._open) == BLOCK:
                self._blocks.append(_Packed(self._open, self._raw_field))
                self._open = []

    def drop_front(self, count: int) -> None:
        """Forget the first `count` rows (the oldest)."""
        self._start = min(self._end, self._start + count)
        first_kept = self._start // BLOCK
        while self._blocks and self._first_block < first_kept:
            self._blocks.popleft()
            self._cache.pop(self._first_block, None)
            self._first_block += 1
        if not self._blocks:
            self._first_block = self._end // BLOCK

    def clear(self) -> None:
        self.__init__(self._make, self._raw_field)

    def __getitem__(self, row: int):
        if not 0 <= row < len(self):
            raise IndexError(row)
        block, offset = divmod(self._start + row, BLOCK)
        if block == self._end // BLOCK:  # the block being filled
            return self._open[offset]
        rows = self._cache.get(block)
        if rows is None:
            rows = self._cache[block] = self._blocks[block - self._first_block].unpack(self._make, self._raw_field)
            if len(self._cache) > CACHED:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(block)
        return rows[offset]

    def __iter__(self):
        return (self[row] for row in range(len(self)))

    def raw_length(self, row: int) -> int:
        """The length of row `row`'s raw as it came (characters of a text, bytes), without unpacking it."""
        block, offset = divmod(self._start + row, BLOCK)
        if block == self._end // BLOCK:
            return len(self._open[offset][self._raw_field])
        return self._blocks[block - self._first_block].raw_length(offset)

    def packed_bytes(self) -> int:
        """What the store holds, roughly: the compressed blocks, and the open block's raws."""
        packed = sum(len(b.data) + len(b.ends) * 4 + len(b.kinds) for b in self._blocks)
        return packed + sum(len(row[self._raw_field]) for row in self._open)
