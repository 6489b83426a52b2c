"""Before Qt starts: is there a display, and the system libraries its Linux platform plugin
needs? Without them Qt aborts the process with "could not load the Qt platform plugin xcb";
this says in one line what is missing and what to install instead. No Qt imported here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import NamedTuple


class Library(NamedTuple):
    soname: str
    debian: str  # Debian, Ubuntu
    fedora: str  # Fedora, RHEL


# What Qt's xcb plugin (libqxcb.so, libQt6XcbQpa) loads beyond libxcb itself; `ldd` on the
# plugin lists them. A minimal Debian lacks the first three.
XCB_LIBRARIES = (
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
)


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will pick, as far as it matters here."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0]
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def problem(env: Mapping[str, str] | None = None, loads: Callable[[str], bool] = _loads, system: str = sys.platform) -> str:
    """One line saying why the window cannot open here, or "" when it can (as far as we know)."""
    env = os.environ if env is None else env
    if not system.startswith("linux"):
        return ""
    kind = platform(env)
    if kind == "xcb":
        if not env.get("DISPLAY"):
            return (
                "cti-monitor: no display to open the window on (DISPLAY is not set): start it from a "
                "desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen"
            )
        missing = [lib for lib in XCB_LIBRARIES if not loads(lib.soname)]
        if missing:
            debian = " ".join(dict.fromkeys(lib.debian for lib in missing))
            fedora = " ".join(dict.fromkeys(lib.fedora for lib in missing))
            return (
                f"cti-monitor: the window needs system libraries that are missing "
                f"({', '.join(lib.soname for lib in missing)}): on Debian or Ubuntu "
                f"'sudo apt install {debian}', on Fedora 'sudo dnf install {fedora}'"
            )
    elif kind == "wayland" and not env.get("WAYLAND_DISPLAY"):
        return "cti-monitor: no Wayland display (WAYLAND_DISPLAY is not set) for QT_QPA_PLATFORM=wayland"
    return ""
