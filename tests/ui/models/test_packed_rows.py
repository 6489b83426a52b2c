"""The event log's packed rows: what goes in comes out, in order, across blocks and drops."""

import json

import pytest

from desktop.ui.models.event_log import LogEntry
from desktop.ui.models.packed_rows import BLOCK, PackedRows

RAW = LogEntry._fields.index("raw")


def _entry(i: int) -> LogEntry:
    text = json.dumps({"name": "RTSM_CALL_STATE_MODIFIED", "id": f"oxe{70000 + i}", "eventId": i, "é": "Prénom"})
    raw = text if i % 3 else text.encode() + b"\x00\n"  # str and bytes both come; bytes as they came
    note, accepted = ("", True) if i % 7 else ("not JSON", False)
    return LogEntry(i, 1_704_905_253_237 + i if i % 5 else None, f"oxe{70000 + i}", "CallStateModified", f"ref{i}", raw, note, accepted)


def _store() -> PackedRows:
    return PackedRows(LogEntry._make, RAW)


def test_every_row_reads_back_as_it_came_across_blocks_and_drops():
    store = _store()
    for i in range(BLOCK * 3 + 17):
        store.append(_entry(i))
    assert len(store) == BLOCK * 3 + 17
    assert list(store) == [_entry(i) for i in range(len(store))]
    assert type(store[1].raw) is str and type(store[3].raw) is bytes
    store.drop_front(BLOCK + 5)  # into the second block
    assert len(store) == BLOCK * 2 + 12 and store[0] == _entry(BLOCK + 5)
    assert store[len(store) - 1] == _entry(BLOCK * 3 + 16)
    raw = _entry(BLOCK + 5).raw
    assert store.raw_length(0) == len(raw.encode() if isinstance(raw, str) else raw)
    assert store.raw_length(len(store) - 1) == len(_entry(BLOCK * 3 + 16).raw)  # the open block
    store.drop_front(len(store))
    assert len(store) == 0
    store.append(_entry(1))
    assert store[0] == _entry(1)


def test_a_block_of_text_frames_reads_back_as_it_came_and_counts_characters():
    """A WebSocket's frames are all text: the block is encoded once as a whole, accents, a lone
    surrogate (kept byte for byte) and all."""
    store = _store()
    texts = [_entry(i).raw if i % 3 else _entry(i).raw.decode() for i in range(BLOCK + 3)]
    texts[7] = texts[7][:-1] + "\udcff}"  # a lone surrogate, as surrogateescape leaves one
    entries = [_entry(i)._replace(raw=text) for i, text in enumerate(texts)]
    for e in entries:
        store.append(e)
    assert list(store) == entries
    assert [store.raw_length(i) for i in range(len(store))] == [len(t) for t in texts]


def test_a_full_ring_of_look_alike_events_takes_far_less_than_its_text():
    store = _store()
    entries = [_entry(i) for i in range(BLOCK * 20)]
    for e in entries:
        store.append(e)
    text = sum(len(e.raw) for e in entries)
    assert store.packed_bytes() * 3 < text  # the raws alone; their other fields come free


def test_a_row_out_of_range_is_an_index_error():
    store = _store()
    store.append(_entry(1))
    with pytest.raises(IndexError):
        store[1]


def test_rows_extended_in_runs_of_any_length_read_back_as_appended_one_by_one():
    entries = [_entry(i) for i in range(BLOCK * 3 + 40)]
    one_by_one, in_runs = _store(), _store()
    for e in entries:
        one_by_one.append(e)
    start = 0
    for length in (0, 1, BLOCK - 2, 3, BLOCK * 2, 7, 1000):  # across block ends, and past the last row
        in_runs.extend(entries[start:start + length])
        start += length
    assert len(in_runs) == len(one_by_one) == len(entries)
    assert list(in_runs) == list(one_by_one) == entries
    assert in_runs.packed_bytes() == one_by_one.packed_bytes()  # the same blocks, packed once full
