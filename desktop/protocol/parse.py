"""From a line of a trace or a frame of a stream to a normalized event.

The hot path of every source: orjson for the JSON, hand-written readers for the fields
(pydantic validation of these nested events costs several times the JSON parse itself;
see DEVELOPERS.md). Anything wrong becomes a ParseError with a readable reason.
"""

from __future__ import annotations

from typing import Literal

import orjson

from desktop.protocol import rtsm
from desktop.protocol.events import Event
from desktop.protocol.fields import ParseError
from desktop.protocol.o2g import events as o2g

MAX_LINE_BYTES = 1 << 20  # 1 MiB: anything longer is refused unread
Format = Literal["auto", "rtsm", "o2g"]
FORMATS = ("auto", "rtsm", "o2g")

__all__ = ["MAX_LINE_BYTES", "FORMATS", "Format", "ParseError", "parse_line", "parse_obj"]


def parse_obj(obj, fmt: Format = "auto") -> Event:
    if type(obj) is not dict:
        raise ParseError("not a JSON object")
    try:
        if fmt != "o2g" and "name" in obj:
            return rtsm.parse(obj)
        if fmt != "rtsm" and "eventName" in obj:
            return o2g.parse(obj)
    except ParseError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a shape no reader expected
        raise ParseError(f"malformed event: {exc!r}") from None
    expected = {"rtsm": "'name'", "o2g": "'eventName'"}.get(fmt, "'name' or 'eventName'")
    raise ParseError(f"no {expected}: not an event of this format")


def parse_line(line: bytes | str, fmt: Format = "auto") -> Event:
    if len(line) > MAX_LINE_BYTES:
        raise ParseError(f"line longer than {MAX_LINE_BYTES} bytes")
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise ParseError(f"not JSON ({exc})") from None
    if fmt == "auto" and type(obj) is dict and "name" in obj:  # the common case, one call shorter
        try:
            return rtsm.parse(obj)
        except ParseError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ParseError(f"malformed event: {exc!r}") from None
    return parse_obj(obj, fmt)
