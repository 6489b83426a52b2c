"""Lines out of O2G's chunked event channel, whatever its chunks."""

from __future__ import annotations

from desktop.protocol.o2g.lines import TOO_LONG, LineSplitter


def test_lines_split_across_chunks_blank_lines_dropped():
    s = LineSplitter()
    assert s.feed(b'{"a":1}\n{"b"') == [b'{"a":1}']
    assert s.feed(b":2}\r\n\n  \n{") == [b'{"b":2}']
    assert s.feed(b'"c":3}') == []
    assert s.end() == [b'{"c":3}']


def test_an_overlong_line_becomes_one_marker_and_the_next_line_is_intact():
    s = LineSplitter(limit=10)
    assert s.feed(b"x" * 8) == []
    assert s.feed(b"y" * 8) == []  # over the limit: dropped, never held whole
    assert s.feed(b"zz\n{}\n") == [TOO_LONG, b"{}"]
    assert s.feed(b"w" * 20) == [] and s.end() == [TOO_LONG]
