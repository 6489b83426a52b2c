"""Help > About: what a support call asks first (which version, connected to what, where the log is)."""

from __future__ import annotations

import html
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import logs, resources
from desktop.ui.widgets.icons import app_icon
from desktop.version import APP_NAME, version


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def about_lines(source_description: str | None) -> list[tuple[str, str]]:
    """The facts shown, as (label, value) pairs; secrets in a source's address are masked."""
    log_file = logs.current_file()
    return [
        (tr("Version"), version()),
        (tr("Source"), logs.redact(source_description) if source_description else tr("none")),
        (tr("Log file"), str(log_file) if log_file else tr("not written (see stderr)")),
        (tr("Resources"), str(resources.root())),
        ("Python", sys.version.split()[0]),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
    ]


def build_about(parent: QWidget | None, source_description: str | None) -> QMessageBox:
    rows = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>&nbsp;{html.escape(v)}</td></tr>"
        for k, v in about_lines(source_description)
    )
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About %s") % APP_NAME)
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.RichText)
    box.setText(
        f"<h3>{html.escape(APP_NAME)} {html.escape(version())}</h3>"
        "<p>" + html.escape(tr("Live line states and call control for Alcatel-Lucent OmniPCX Enterprise.")) + "</p>"
        f"<table>{rows}</table>"
    )
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.Close)
    return box


def show_about(window) -> QMessageBox:
    source = getattr(window, "source", None)
    box = build_about(window, source.description if source is not None else None)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box
