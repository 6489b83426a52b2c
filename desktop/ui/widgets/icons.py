"""QIcons from the SVG set in resources/icons (rendered by Qt's svg icon engine, any size)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from desktop.resources import icon_path

APP = "app"


@lru_cache(maxsize=None)
def icon(name: str | None) -> QIcon:
    """The icon called `name`; a null QIcon when there is none, so a button keeps its text only."""
    if not name:
        return QIcon()
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon(APP)
