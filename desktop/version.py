"""The version, from the one place it is written: `version` in pyproject.toml.

An installed copy (pip, editable, or the PyInstaller bundle, whose spec copies the package
metadata in) answers through importlib.metadata. A source tree run without installing has no
metadata: read pyproject.toml beside the package then, so the number never drifts.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

DIST = "cti-monitor"
APP_NAME = "CTI Monitor"
APP_ID = "org.ctimonitor.CtiMonitor"  # reverse-DNS id of the launcher, the icon and the metainfo
UNKNOWN = "0+unknown"


@lru_cache(maxsize=1)
def version() -> str:
    try:
        return metadata.version(DIST)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as f:
            return tomllib.load(f)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN
