"""What O2G can say of a model state: the RTSM side names capabilities O2G has no name for
(waitOnBusy), which a gateway does not send; compare an O2G client's state with this view."""

from __future__ import annotations

import copy

from desktop.protocol.o2g.convert import CALL_CAPABILITIES, LEG_CAPABILITIES


def o2g_view(users: list[dict]) -> list[dict]:
    users = copy.deepcopy(users)
    for user in users:
        for call in user.get("calls", ()):
            call["capabilities"] = [c for c in call["capabilities"] if c in CALL_CAPABILITIES]
            for leg in call.get("legs", ()):
                leg["capabilities"] = [c for c in leg["capabilities"] if c in LEG_CAPABILITIES]
    return users
