"""Where the receptionist's groups live on disk, and how they are read and written.

One small JSON file (its format: desktop/model/groups.py) in the app's config folder
(platformdirs: ~/.config/cti-monitor/groups.json on Linux, %LOCALAPPDATA%\\cti-monitor on
Windows, ~/Library/Application Support/cti-monitor on macOS), or $CTI_GROUPS_FILE.

Nothing is lost: a save writes a temporary file beside it and renames it over the old one (a
crash mid-write leaves the old file); a file that cannot be read is set aside as
``groups.json.unreadable`` before anything replaces it, and the caller is told why.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop.model.groups import MAX_BYTES, Groups, GroupsError, parse
from desktop.version import DIST

GROUPS_ENV = "CTI_GROUPS_FILE"  # another file (tests, a second profile, a team's shared copy)


def default_path() -> Path:
    override = os.environ.get(GROUPS_ENV)
    if override:
        return Path(override)
    return platformdirs.user_config_path(DIST, appauthor=False) / "groups.json"


def read_file(path: Path) -> Groups:
    """The groups in `path` (an import, or the own file); GroupsError saying why not."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # never more than the limit into memory
    except OSError as exc:
        raise GroupsError(f"{path}: {exc.strerror or exc}") from None
    try:
        return parse(data)
    except GroupsError as exc:
        raise GroupsError(f"{path}: {exc}") from None


def load(path: Path | None = None) -> tuple[Groups, str | None]:
    """The own groups, and why they could not be read (None when they could or when there is no
    file yet). An unreadable file is moved aside, so the next save cannot overwrite it."""
    path = path or default_path()
    if not path.exists():
        return Groups(), None
    try:
        return read_file(path), None
    except GroupsError as exc:
        aside = path.with_name(path.name + ".unreadable")
        try:
            os.replace(path, aside)
        except OSError:
            pass
        return Groups(), f"{exc} (kept as {aside.name})"


def save(groups: Groups, path: Path | None = None) -> None:
    """Write `groups` to `path` whole or not at all; OSError when the folder cannot be written."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(groups.to_json(), encoding="utf-8")
    os.replace(temporary, path)
