"""The lamps' legend: each line state's lamp, its word and how many of the group shown are in
it, and the user count at the end (unless the panel shows it elsewhere).

When the row is too narrow for the words (a slim presence panel, long translations), the words
go and the lamps keep their counts, the words moving to the tooltips: the legend never sets how
narrow the panel may be, and nothing in it is cut in the middle of a word.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.model.state import LINE_STATES
from desktop.ui.widgets.lamps import LEGEND_STATE, lamp_pixmap
from desktop.ui.words import line_state_words, number


GAP = 8


class Legend(QWidget):
    def __init__(self, count: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.words: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}
        self._dots: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)  # tight within a state, GAP between states: all seven fit beside 750 px of lamps
        for state in LINE_STATES:
            dot = self._dots[state] = QLabel()
            dot.setPixmap(lamp_pixmap(state))
            dot.setProperty(LEGEND_STATE, state)  # repainted in another look (appearance.apply)
            dot.setToolTip(line_state_words(state))
            word = self.words[state] = QLabel(line_state_words(state))
            # Its full width when there is room, but it never holds the legend wide (resizeEvent
            # hides it first): an explicit minimum stands in for the text's own.
            word.setMinimumWidth(1)
            shown = self.counts[state] = QLabel("0")
            shown.setAccessibleName(line_state_words(state))
            shown.setToolTip(line_state_words(state))
            for widget in (dot, word, shown):
                row.addWidget(widget)
            row.addSpacing(GAP)
        row.addStretch(1)
        self._count = count
        self.place_count()

    def place_count(self) -> None:
        """The user count at the legend's end (the panel may put it elsewhere instead)."""
        self.layout().addWidget(self._count)

    def set_counts(self, counts) -> None:
        """`counts`: line state -> users of the group shown (a Counter: absent is 0)."""
        changed = False
        for state, label in self.counts.items():
            text = number(counts[state])
            if label.text() != text:  # a new text relays the row out: only when it is new
                label.setText(text)
                changed = True
        if changed:
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        spacing = self.layout().spacing()
        # Per state: three labels and the gap, each followed by the layout's spacing; then the count.
        needed = sum(w.sizeHint().width() for state in LINE_STATES for w in (self._dots[state], self.words[state], self.counts[state]))
        needed += len(LINE_STATES) * (GAP + 4 * spacing)
        if self.isAncestorOf(self._count):
            needed += self._count.sizeHint().width()
        fits = needed <= self.width()
        for word in self.words.values():
            if word.isVisibleTo(self) != fits:
                word.setVisible(fits)
