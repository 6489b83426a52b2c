"""The waiting-calls queue's settings: after how long a ringing or held call is highlighted.

Kept in QSettings under "queue/ringingAlertS" (default 20 s) and "queue/heldAlertS" (default
60 s); the Settings dialog's "Queue" group edits them, the window applies them at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

RINGING_ALERT, HELD_ALERT = "queue/ringingAlertS", "queue/heldAlertS"
DEFAULTS = {RINGING_ALERT: 20, HELD_ALERT: 60}
LIMITS = (1, 3600)  # seconds


def read(store: QSettings) -> dict[str, int]:
    """Both thresholds in seconds; a missing or unreadable value is the default."""
    out = {}
    for key, default in DEFAULTS.items():
        try:
            value = int(store.value(key, default))
        except (TypeError, ValueError):
            value = default
        out[key] = min(max(value, LIMITS[0]), LIMITS[1])
    return out


class QueueSettingsBox(QGroupBox):
    """The Settings dialog's "Queue" group."""

    def __init__(self, store: QSettings, parent=None):
        super().__init__(self.tr("Queue"), parent)
        self.setAccessibleName(self.tr("Waiting-calls queue"))
        values = read(store)
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for key, label, name in (
            (RINGING_ALERT, self.tr("Highlight calls &ringing longer than"), self.tr("Highlight ringing calls after, in seconds")),
            (HELD_ALERT, self.tr("Highlight calls &held longer than"), self.tr("Highlight held calls after, in seconds")),
        ):
            box = QSpinBox(minimum=LIMITS[0], maximum=LIMITS[1], value=values[key])
            box.setSuffix(self.tr(" s"))
            box.setAccessibleName(name)
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption, box)
            self.boxes[key] = box

    def values(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items()}

    def save(self, store: QSettings) -> None:
        for key, value in self.values().items():
            store.setValue(key, value)
