"""The O2G command table's paths: filled, quoted, and refused when a part is missing."""

from __future__ import annotations

import pytest

from desktop.protocol.wire import Refused
from desktop.sources.o2g.commands import COMMANDS, Context, path_of


def test_paths_are_filled_and_quoted_and_missing_parts_refused():
    ctx = Context("dropParticipant", "u", "ref/1", None, {"participantId": "70 21"})
    assert path_of(COMMANDS["dropParticipant"], ctx) == "/telephony/calls/ref%2F1/participants/70%2021"
    with pytest.raises(Refused) as refused:
        path_of(COMMANDS["answer"], Context("answer", "u", None, "d", {}))
    assert refused.value.code == "BAD_REQUEST" and "callRef" in refused.value.message
