"""The Settings dialog's "History" group: how long the call history keeps its calls.

Kept under "history/days" and "history/rows" (desktop/ui/history_control.retention_from);
$CTI_HISTORY_DAYS and $CTI_HISTORY_ROWS still win, and the group says so. Applied at once: the
writer prunes with the new retention at its next pruning.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from desktop.history.store import DAYS_ENV, ROWS_ENV, Retention
from desktop.ui.history_control import DAYS_KEY, ROWS_KEY, retention_from

DAYS_LIMITS, ROWS_LIMITS = (1, 3650), (1_000, 10_000_000)


class HistorySettingsBox(QGroupBox):
    def __init__(self, store: QSettings, parent=None):
        super().__init__(self.tr("Call history"), parent)
        self.setAccessibleName(self.tr("Call history"))
        kept = retention_from(store)
        days_env, rows_env = Retention.overridden()
        self.days = QSpinBox(minimum=DAYS_LIMITS[0], maximum=DAYS_LIMITS[1], value=max(DAYS_LIMITS[0], min(int(kept.days), DAYS_LIMITS[1])))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Keep calls for, in days"))
        self.rows = QSpinBox(minimum=ROWS_LIMITS[0], maximum=ROWS_LIMITS[1], value=max(ROWS_LIMITS[0], min(kept.rows, ROWS_LIMITS[1])))
        self.rows.setSingleStep(10_000)
        self.rows.setGroupSeparatorShown(True)
        self.rows.setAccessibleName(self.tr("Keep at most this many calls"))
        form = QFormLayout(self)
        for label, box, env, overridden in ((self.tr("Keep calls &for"), self.days, DAYS_ENV, days_env),
                                            (self.tr("Keep at mo&st"), self.rows, ROWS_ENV, rows_env)):
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption, box)
            if overridden:  # said, not silently ignored
                box.setEnabled(False)
                note = self.tr("%1 is set in the environment: it wins over this setting").replace("%1", env)
                box.setToolTip(note)
                box.setAccessibleDescription(note)
        self.overridden = (days_env, rows_env)

    def values(self) -> dict:
        out = {}
        if not self.overridden[0]:
            out[DAYS_KEY] = self.days.value()
        if not self.overridden[1]:
            out[ROWS_KEY] = self.rows.value()
        return out

    def save(self, store: QSettings) -> None:
        for key, value in self.values().items():
            store.setValue(key, value)
