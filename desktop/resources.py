"""Where the files that ship beside the code live (icons, traces): the one place that knows.

From a source checkout they are in the repository's `resources/`. A packaged build may put the
same tree inside the package as `desktop/share/`; that copy wins when it exists, so nothing
else has to change when packaging moves them. Nothing is ever fetched at run time.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "share", _HERE.parent / "resources")


def root() -> Path:
    for path in _CANDIDATES:
        if path.is_dir():
            return path
    return _CANDIDATES[-1]


def icon_path(name: str) -> Path:
    """The SVG of icon `name` (it may not exist: callers fall back to text)."""
    return root() / "icons" / f"{name}.svg"
