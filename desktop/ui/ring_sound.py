"""The ring sound for a call on my line, without a multimedia library.

QSoundEffect lives in QtMultimedia, which PySide6-Essentials does not ship (PySide6-Addons
would add about 70 MB to the bundle for one short sound). So: the desktop's own sounds, by
their freedesktop sound-theme names, played by libcanberra's `canberra-gtk-play` where the
desktop has it (GNOME, KDE, most Linux desktops), else the system's bell (QApplication.beep:
the alert sound on Windows and macOS, the X bell). The tray notification, when shown, also
makes the sound the desktop gives notifications.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QCoreApplication, QProcess, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication

BEEP = "beep"
# Setting value -> words (context "RingSound"); the others are freedesktop sound-theme names.
SOUNDS: dict[str, str] = {
    "phone-incoming-call": QT_TRANSLATE_NOOP("RingSound", "Incoming call (the desktop's sound)"),
    "bell": QT_TRANSLATE_NOOP("RingSound", "Bell (the desktop's sound)"),
    "message-new-instant": QT_TRANSLATE_NOOP("RingSound", "New message (the desktop's sound)"),
    BEEP: QT_TRANSLATE_NOOP("RingSound", "System beep"),
}
DEFAULT = "phone-incoming-call"


def words(name: str) -> str:
    return QCoreApplication.translate("RingSound", SOUNDS.get(name, SOUNDS[BEEP]))


def play(name: str) -> str:
    """Make the sound `name` now, without waiting for it; returns how ("canberra" or "beep")."""
    player = shutil.which("canberra-gtk-play") if name != BEEP else None
    if player and name in SOUNDS and QProcess.startDetached(player, ["-i", name, "-d", "CTI Monitor"])[0]:
        return "canberra"
    QApplication.beep()
    return "beep"
