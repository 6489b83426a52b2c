"""A user's own leg: reconnect after a consultation; recording the call."""

from __future__ import annotations

import pytest

from desktop.protocol.wire import Refused

from .harness import A, B, C, Harness, talking


def test_reconnect_ends_the_consultation_and_retrieves() -> None:
    h = Harness()
    r1 = talking(h, A, "70022", C)
    r2 = h(C, "makeCall", callee="70021")
    h(B, "answer", r2)
    h(C, "reconnect", r1)
    assert h.engine.calls_of(C) == [r1] and h.engine.calls_of(B) == []
    assert h.view.calls[A][r1]["callData"]["state"] == "ACTIVE"
    h(A, "drop", r1)
    assert h.engine.is_idle()


def test_recording_toggles_the_capability() -> None:
    h = Harness()
    r = talking(h, A, "70021", B)
    assert "startRecord" not in h.caps(B, r)[0]  # 70021 has no recording right
    with pytest.raises(Refused) as refused:
        h(B, "startRecord", r)
    assert refused.value.code == "NOT_CAPABLE"
    h(A, "startRecord", r)
    data = h.last(A)["callData"]
    assert data["recordState"] == "RECORDING" and "stopRecord" in data["capaString"]
    h(A, "stopRecord", r)
    data = h.last(A)["callData"]
    assert "recordState" not in data and "startRecord" in data["capaString"]
    h(A, "drop", r)
