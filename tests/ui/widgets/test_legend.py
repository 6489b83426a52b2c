"""The lamps' legend keeps every lamp and count whatever its width; its words go when they do
not fit, to the tooltips, and come back when they do."""

from collections import Counter

from PySide6.QtWidgets import QLabel

from desktop.model.state import LINE_STATES
from desktop.ui.widgets.legend import Legend
from desktop.ui.words import number


def test_the_words_go_before_anything_is_cut(qtbot):
    legend = Legend(QLabel("2,000 users"))
    qtbot.addWidget(legend)
    legend.show()
    legend.set_counts(Counter({"idle": 1154, "ringing": 34}))
    assert legend.counts["idle"].text() == number(1154) and legend.counts["talking"].text() == "0"
    legend.resize(1400, 20)
    assert all(w.isVisible() for w in legend.words.values())
    # Shown whole: not squeezed by the stretch before the count.
    assert all(w.width() >= w.sizeHint().width() for w in legend.words.values())
    legend.resize(500, 20)
    assert not any(w.isVisible() for w in legend.words.values())
    assert all(c.isVisible() and c.toolTip() for c in legend.counts.values())
    assert legend.minimumSizeHint().width() <= 500  # it never holds the panel wide
    legend.resize(1400, 20)
    assert all(w.isVisible() for w in legend.words.values())
    assert len(legend.counts) == len(LINE_STATES)
