"""Help ▸ Keyboard shortcuts: every key the window answers, from the capability table (the
calls' shortcuts act on my line) plus the lamps' and the menus' keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.capabilities import CAPABILITIES


def tr(text: str) -> str:
    # "": the context pyside6-lupdate gives a bare tr() call (a named one would never match)
    return QCoreApplication.translate("", text)


def shortcut_rows() -> list[tuple[str, str]]:
    rows = [(c.shortcut, tr("%s (my line's first call offering it)") % c.label) for c in CAPABILITIES.values() if c.shortcut]
    rows += [
        (tr("Arrows"), tr("move between lamps (or rows of the list)")),
        (tr("Enter, double click"), tr("on a lamp: transfer my answered call there (blind or consult), else call them")),
        (tr("Menu key, Shift+F10, right click"), tr("on a lamp: what the PBX offers now between my line and them (call, transfer, redirect, pick up, voicemail, forward, do not disturb)")),
        (tr("Enter in the search box"), tr("select the first user shown")),
        ("Ctrl+D", tr("add the selected user to the favourites, or take them out")),
        ("Ctrl+G", tr("a new group of lamps (Groups menu: rename, delete, import, export)")),
        (tr("Left, Right on the groups' tabs"), tr("the previous or next group (as sections: Tab to a header, Space opens or folds it)")),
        (tr("Enter on a waiting call"), tr("pick it up to my line (the waiting-calls queue)")),
        ("Space, Ctrl+Right, Ctrl+Left", tr("replay: play/pause, next event, back one event")),
        ("Ctrl+O, Ctrl+K, Ctrl+S, Ctrl+Q", tr("open a trace, connect to a server, save the log, quit")),
    ]
    return rows


def show_shortcuts(window) -> QMessageBox:
    rows = "".join(f"<tr><td><b>{keys}</b></td><td>&nbsp;{what}</td></tr>" for keys, what in shortcut_rows())
    box = QMessageBox(QMessageBox.Information, tr("Keyboard shortcuts"), f"<table>{rows}</table>", QMessageBox.Close, window)
    box.setTextFormat(Qt.RichText)
    box.setAccessibleName(tr("Keyboard shortcuts"))
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box
