"""How the simulated gateway reads HTTP Basic credentials."""

from __future__ import annotations

import base64
import binascii

from desktop.protocol.o2g.errors import RestError


def basic_credentials(header: str) -> tuple[str, str]:
    scheme, _, encoded = header.partition(" ")
    try:
        if scheme.lower() != "basic":
            raise ValueError
        login, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        if not sep:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise RestError(401, "HTTP Basic authentication required") from None
    return login, password
