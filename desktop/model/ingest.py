"""Lines in, model updated: the one path every source uses, counting what it could not use."""

from __future__ import annotations

from collections.abc import Callable

from desktop.model.reducer import Delta, Model
from desktop.protocol.parse import Format, ParseError, parse_line, parse_obj

Rejected = Callable[[int | None, str], None]  # (line number or None, reason)


class Ingest:
    def __init__(self, model: Model | None = None, fmt: Format = "auto", on_reject: Rejected | None = None):
        self.model = model if model is not None else Model()
        self.fmt = fmt
        self.rejected = 0
        self.on_reject = on_reject

    def feed_line(self, line: bytes | str, lineno: int | None = None) -> Delta | None:
        """Parse and apply one line; None when it was rejected (and counted)."""
        try:
            event = parse_line(line, self.fmt)
        except ParseError as exc:
            return self.reject(lineno, str(exc))
        return self.model.apply(event)

    def feed_obj(self, obj, where: int | None = None) -> Delta | None:
        try:
            event = parse_obj(obj, self.fmt)
        except ParseError as exc:
            return self.reject(where, str(exc))
        return self.model.apply(event)

    def reject(self, where: int | None, reason: str) -> None:
        self.rejected += 1
        if self.on_reject is not None:
            self.on_reject(where, reason)
        return None

    def stats(self) -> dict[str, int]:
        m = self.model
        return {"rejected": self.rejected, "ignored": m.ignored, "duplicates": m.duplicates, "gaps": m.gaps}
