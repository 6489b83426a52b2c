"""Replay controls: play/pause, step, speed and a position slider that can seek backwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QToolBar, QToolButton

from desktop.sources.replay import SPEEDS, ReplaySource
from desktop.ui.aio import spawn


class ReplayBar(QToolBar):
    def __init__(self, source: ReplaySource, parent=None):
        super().__init__(self.tr("Replay"), parent)
        self.setObjectName("replayBar")
        self.source = source
        self.play = QToolButton(text=self.tr("Play"), checkable=True, toolTip=self.tr("Play / pause (Space)"))
        self.play.setShortcut("Space")
        self.play.toggled.connect(self._play_toggled)
        self.back = QToolButton(text=self.tr("◂ Back"), toolTip=self.tr("Go back one event: the state just before it (Ctrl+Left)"))
        self.back.setObjectName("stepBack")
        self.back.setAccessibleName(self.tr("Step back"))
        self.back.setShortcut("Ctrl+Left")
        self.back.clicked.connect(lambda: source.seek(source.cursor.position - 1))
        self.step = QToolButton(text=self.tr("Step ▸"), toolTip=self.tr("Deliver the next event (Ctrl+Right)"))
        self.step.setShortcut("Ctrl+Right")
        self.step.clicked.connect(lambda: source.step())
        self.speed = QComboBox(toolTip=self.tr("Replay speed"))
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: source.set_speed(self.speed.itemData(i)))
        self.slider = QSlider(Qt.Horizontal, minimum=0, maximum=len(source.cursor))
        self.slider.setToolTip(self.tr("Position in the trace: drag back to rebuild the state at that event"))
        self.slider.valueChanged.connect(self._slider_moved)
        self.position = QLabel()
        for w in (self.play, self.back, self.step, self.speed, self.slider, self.position):
            self.addWidget(w)
        source.on_position = self._position
        self._position(source.cursor.position, len(source.cursor))

    def _play_toggled(self, on: bool) -> None:
        if on:
            self.source.play()
        else:
            spawn(self.source.pause())

    def _slider_moved(self, value: int) -> None:
        if value != self.source.cursor.position:
            self.source.seek(value)

    def _position(self, position: int, length: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setMaximum(length)
        self.slider.setValue(position)
        self.slider.blockSignals(False)
        self.position.setText(f" {position}/{length} ")
        self.play.blockSignals(True)
        self.play.setChecked(self.source.playing)
        self.play.setText(self.tr("Pause") if self.source.playing else self.tr("Play"))
        self.play.blockSignals(False)
