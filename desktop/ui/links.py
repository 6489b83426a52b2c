"""Whether what the window shows is live: the links between it and the telephones.

Three links can fail, each on its own: the connection to the server (WebSocket or O2G, followed
from the source's connection states), the O2G event channel and the PBX link (reported by
whoever learns it, through `set`). While any is down the states on screen are only the last
known ones: the window greys the lamps, stops the clocks, disables the call buttons and shows
the banner (widgets/link_banner.py); all of it comes back once every link is up.
"""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.sources.base import CONNECTED, STOPPED

SERVER, O2G_CHANNEL, PBX, CTI = "server", "o2g", "pbx", "cti"
LINKS = (SERVER, O2G_CHANNEL, PBX, CTI)  # the banner speaks of the first one down, in this order
_RETRY_IN = re.compile(r"reconnecting in (\d+(?:\.\d+)?) s")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


class Down(NamedTuple):
    since_ms: int  # wall clock, ms: when it went down (as reported, else when we heard of it)
    why: str  # a few words from the source ("connection refused"), maybe empty


class Links(QObject):
    changed = Signal()  # some link went down or came back, or the next retry moved

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.down: dict[str, Down] = {}
        self.retry_at: float | None = None  # time.monotonic() of the server's next connection attempt
        self.refused = ""  # the source's words when it stopped trying ("login refused: ...")
        self._was_connected = False

    @property
    def live(self) -> bool:
        return not self.down

    def first_down(self) -> tuple[str, Down] | None:
        return next(((which, self.down[which]) for which in LINKS if which in self.down), None)

    def set(self, which: str, up: bool, since_ms: int | None = None, why: str = "") -> None:
        """Link `which` (SERVER, O2G_CHANNEL, PBX, CTI) is up or down (since `since_ms`, wall clock)."""
        if which not in LINKS:
            raise ValueError(f"unknown link {which!r}; one of {', '.join(LINKS)}")
        if up:
            if self.down.pop(which, None) is None:
                return
            if which == SERVER:
                self.retry_at, self.refused = None, ""
        else:
            known = self.down.get(which)
            since = known.since_ms if known is not None else (since_ms if since_ms is not None else _now_ms())
            if known == Down(since, why):
                return
            self.down[which] = Down(since, why)
        self.changed.emit()

    def connection_state(self, text: str) -> None:
        """The source's connection state: CONNECTED, CONNECTING, 'reconnecting in 2.5 s (why)',
        'refused: ...'. Lost means: connected once, and not connected now."""
        if text == CONNECTED:
            self._was_connected = True
            self.set(SERVER, True)
            return
        if not self._was_connected or text == STOPPED:
            return  # never had a state to go stale, or stopped on purpose (another source, closing)
        retry = _RETRY_IN.search(text)
        self.retry_at = time.monotonic() + float(retry.group(1)) if retry else None
        self.refused = text if "refused" in text and not retry else ""  # the source gave up: no countdown
        why = text[text.find("(") + 1 : text.rfind(")")] if "(" in text and text.endswith(")") else ""
        known = self.down.get(SERVER)
        since = known.since_ms if known is not None else _now_ms()
        self.down[SERVER] = Down(since, why or (known.why if known else ""))
        self.changed.emit()  # down now, or the countdown starts over

    def reset(self) -> None:
        """Another source: nothing of the old one's links holds."""
        was = bool(self.down)
        self.down.clear()
        self.retry_at, self.refused = None, ""
        self._was_connected = False
        if was:
            self.changed.emit()

    # --- words ------------------------------------------------------------------------

    def banner_text(self) -> str:
        first = self.first_down()
        if first is None:
            return ""
        which, down = first
        at = clock_text(down.since_ms)
        what = {
            SERVER: tr("Connection lost at %s"),
            O2G_CHANNEL: tr("O2G event channel down since %s"),
            PBX: tr("PBX link down since %s"),
            CTI: tr("CTI link down since %s"),
        }[which] % at
        return what + tr(" — states shown are as of then")

    def countdown_text(self) -> str:
        if SERVER not in self.down:
            return ""
        if self.refused:
            return tr("not retrying (%s)") % self.refused
        if self.retry_at is None:
            return tr("trying to reconnect…")
        left = max(0.0, self.retry_at - time.monotonic())
        return tr("next try in %d s") % round(left + 0.49) if left > 0 else tr("trying to reconnect…")

    def stale_reason(self) -> str:
        """Why nothing can be commanded now, for the buttons' tooltips."""
        text = self.banner_text()
        return tr("not available (%s)") % text if text else ""


def clock_text(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M:%S")


def _now_ms() -> int:
    return int(time.time() * 1000)
