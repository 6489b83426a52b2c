"""Where the files that ship beside the code live (icons, traces): the one place that knows.

From a source checkout they are in the repository's `resources/`. An installed package (setup.py
maps resources/ to `desktop/share/` in the wheel) and the PyInstaller bundle carry the same tree
inside the package as `desktop/share/`; that copy wins when it exists. Nothing is ever fetched at
run time.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "share", _HERE.parent / "resources")
# The Linux launcher and metainfo: packaging/linux/ in a checkout, desktop/share/linux/ when packaged.
_LINUX = (_HERE / "share" / "linux", _HERE.parent / "packaging" / "linux")


def root() -> Path:
    for path in _CANDIDATES:
        if path.is_dir():
            return path
    return _CANDIDATES[-1]


def icon_path(name: str) -> Path:
    """The SVG of icon `name` (it may not exist: callers fall back to text)."""
    return root() / "icons" / f"{name}.svg"


def linux_file(name: str) -> Path:
    """A file of packaging/linux/ (the .desktop launcher, the AppStream metainfo)."""
    for folder in _LINUX:
        if (folder / name).is_file():
            return folder / name
    return _LINUX[-1] / name
