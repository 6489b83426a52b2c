"""What the bundle leaves out of PySide6 (used by cti-monitor.spec).

PyInstaller's hooks already take only the Qt modules the code imports (QtCore, QtGui, QtWidgets)
but with every plugin those modules can load, for every kind of display. The window needs a
platform plugin (xcb or wayland on a desktop, offscreen for checks; windows, cocoa elsewhere),
the SVG icon engine and image format for the icons, the input contexts for typing, and that is
all. Measured on Linux (PySide6 6.11, before O2G): 164 MiB untrimmed, 115 MiB trimmed (du).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

# Python modules nothing here imports at run time, but the standard library's graph drags in.
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc", "doctest", "pdb", "readline", "curses", "lib2to3",
    # test tools of a development venv (pydantic has a hypothesis plugin PyInstaller would follow)
    "hypothesis", "pytest", "_pytest", "pytestqt",
    # Qt modules the code does not use (a safeguard: the hooks follow imports anyway)
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtPdf",
    "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtMultimedia",
]

# Plugin kinds the window never loads: embedded-display input, network plugins (Python's ssl
# and websockets do the networking), tooling.
DROPPED_PLUGIN_KINDS = {
    "egldeviceintegrations", "generic", "networkinformation", "tls", "designer", "qmltooling",
    "qmllint", "sqldrivers", "printsupport", "vectorimageformats",
}
DROPPED_PLUGINS = {
    # embedded or remote displays; xcb, wayland, offscreen (and windows, cocoa) stay
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qminimal"},
    # the GTK theme would load the system's GTK 3 beside older copies of its libraries
    # (cairo, pango) taken from the build machine; the portal theme stays
    "platformthemes": {"qgtk3"},
    # only xdg-shell is what desktop compositors speak today
    "wayland-shell-integration": {"fullscreen-shell-v1", "ivi-shell", "qt-shell", "wl-shell-plugin"},
}
KEPT_TRANSLATIONS = ("fr", "de", "es")  # desktop.ui.i18n.TRANSLATED
KEPT_IMAGE_FORMATS = {"qsvg"}  # the icons are SVG; PNG is built into QtGui


def _stem(name: str) -> str:
    """libqvnc.so / qvnc.dll / libqvnc.dylib -> qvnc"""
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def dropped(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "Qt" not in parts:
        return False
    rest = parts[parts.index("Qt") + 1:]
    if rest[:1] == ("translations",):
        # Qt's own strings (dialog buttons) in the languages the window speaks (desktop/ui/i18n.py)
        return not any(rest[-1] == f"qtbase_{lang}.qm" for lang in KEPT_TRANSLATIONS)
    if rest[:1] != ("plugins",) or len(rest) < 3:
        return False
    kind, name = rest[1], _stem(rest[-1])
    if kind in DROPPED_PLUGIN_KINDS:
        return True
    if kind == "imageformats":
        return name not in KEPT_IMAGE_FORMATS
    return name in DROPPED_PLUGINS.get(kind, set())


def keep_binaries(toc):
    """The binaries without the plugins above (and on Linux, without the libraries only they needed)."""
    kept = [entry for entry in toc if not dropped(entry[0])]
    if sys.platform.startswith("linux"):
        kept = prune_unreachable(kept)
    return kept


def keep_datas(datas, binaries):
    """The data files without the ones above, and without symbolic links to binaries left out
    (PyInstaller puts top-level links to PySide6/Qt/lib/* among the data entries)."""
    present = {PurePosixPath(dest.replace("\\", "/")) for dest, _src, _kind in binaries + datas}
    kept = []
    for dest, src, kind in datas:
        if dropped(dest):
            continue
        if kind == "SYMLINK":
            target = PurePosixPath(dest.replace("\\", "/")).parent / src.replace("\\", "/")
            if PurePosixPath(*_normalized(target.parts)) not in present:
                continue
        kept.append((dest, src, kind))
    return kept


def _normalized(parts):
    out = []
    for part in parts:
        if part == "..":
            out.pop()
        elif part not in ("", "."):
            out.append(part)
    return out


def _is_shared_library(dest: str) -> bool:
    """A library loaded because something links to it (not a Python extension or a Qt plugin)."""
    path = PurePosixPath(dest)
    if path.name.startswith("libpython"):
        return False  # the bootloader dlopens it: nothing links to it
    return len(path.parts) == 1 or path.parts[:3] == ("PySide6", "Qt", "lib")


def prune_unreachable(binaries):
    """Drop the shared libraries that no kept extension module or plugin links to, directly or not
    (the ones only the dropped plugins needed). Linux only: that is where it was measured and run."""
    from PyInstaller.depend.bindepend import get_imports

    by_name = {PurePosixPath(dest).name: (dest, src, kind) for dest, src, kind in binaries}
    todo = [entry for entry in binaries if not _is_shared_library(entry[0])]
    reached = {PurePosixPath(entry[0]).name for entry in todo}
    while todo:
        _dest, src, _kind = todo.pop()
        for name, _path in get_imports(src):
            base = PurePosixPath(name).name
            if base in by_name and base not in reached:
                reached.add(base)
                todo.append(by_name[base])
    return [entry for entry in binaries if not _is_shared_library(entry[0]) or PurePosixPath(entry[0]).name in reached]


def render_app_icon(svg: Path, png: Path, size: int = 256) -> str:
    """Render the SVG app icon to a PNG for the Windows and macOS executables (they take no SVG)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render", "-platform", "offscreen"])  # noqa: F841
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(png))
    return str(png)
