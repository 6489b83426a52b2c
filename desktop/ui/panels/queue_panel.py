"""The waiting-calls queue (issue 14), at the top of the calls column: every call ringing at a
monitored user and not answered, longest waiting first, and in a second tab every call on hold,
to rescue forgotten callers.

A ringing row's "Pick up" button takes the call to my line (the PBX's pickedUp, offered on the
ringing call, sent from my line as the calls panel's card does); "Voicemail" sends it there
(redirectToVoiceMail, where offered); dragging a row onto a lamp redirects it (the drag carries
the calls panel's call format, models/call_drag.py: the drop sends what the PBX offers then).
Enter on a row picks it up. Clicking elsewhere on a row selects its user, whose call card (with
every capability offered, Retrieve for a held call) the calls panel then shows. The buttons are
only ever capabilities the PBX offers now; when not, or when my line is not set, or while the
state shown is not live, they are disabled and their tooltip says why.

Rows never move under the pointer (see models/queue_model.py); a call waiting longer than the
section's threshold (dialogs/queue_settings.py) is highlighted, with a mark and in words, not by
colour alone.
"""

from __future__ import annotations

import time
import weakref
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QDrag, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.model.waiting import HELD_CALLS, RINGING_CALLS, Waiting, WaitingCalls
from desktop.ui import periodic
from desktop.ui.capabilities import offered
from desktop.ui.dialogs.queue_settings import DEFAULTS, HELD_ALERT, RINGING_ALERT
from desktop.ui.models.call_drag import call_mime
from desktop.ui.models.queue_model import (
    ACTIONS,
    CALLED,
    CALLER,
    EnabledRole,
    GoneRole,
    NEXT,
    OVERDUE_MARK,
    PICK_UP,
    VOICEMAIL,
    WAITED,
    QueueModel,
)

QUEUE_FRAME_MS = 200  # the queue follows the frames at most this often
QUEUE_HEIGHT = 132  # px: the tabs, a header and three rows (more scroll); the splitter below it moves
_ENTER_KEYS = (Qt.Key_Return, Qt.Key_Enter)
NARROW_PX = 440  # narrower than this (the slim column): the buttons before the names
WIDE_ORDER = (WAITED, CALLER, CALLED, NEXT, PICK_UP, VOICEMAIL)
NARROW_ORDER = (WAITED, CALLER, PICK_UP, VOICEMAIL, CALLED, NEXT)
NARROW_CALLER_PX = 60  # at least


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


class ActionDelegate(QStyledItemDelegate):
    """Action cells drawn as push buttons (a table of calls needs no widget per cell). Set on
    the action columns only: the other cells are Qt's own delegate's, painted without a call
    into Python per cell (a third of the queue's paint at 300 calls ringing)."""

    def paint(self, painter: QPainter, option, index) -> None:
        widget = option.widget
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(2, 1, -2, -1)
        button.text = index.data()
        enabled = bool(index.data(EnabledRole))
        button.state = QStyle.State_Enabled if enabled else QStyle.State_None
        if enabled and option.state & QStyle.State_MouseOver:
            button.state |= QStyle.State_MouseOver
        button.palette = QPalette(option.palette)
        if not enabled:  # the style reads the text colour from the current group: greyed, as a disabled button
            button.palette.setCurrentColorGroup(QPalette.Disabled)
            button.palette.setColor(QPalette.ButtonText, option.palette.color(QPalette.Disabled, QPalette.ButtonText))
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.CE_PushButton, button, painter, widget)

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 16, hint.height())


class QueueView(QTableView):
    """One section's table; `on_action(row, column, by_key)` is called for Enter (the panel
    takes the clicks on its buttons through `clicked`)."""

    def __init__(self, model: QueueModel, empty_text: str, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.empty_text = empty_text
        self.on_action = None
        self.dragging = False
        self.actions_delegate = ActionDelegate(self)
        for col in ACTIONS:
            self.setItemDelegateForColumn(col, self.actions_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setMouseTracking(True)  # the buttons' hover look
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows walk it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        # Widths from the words, once: ResizeToContents would ask every row's size at each
        # change (300 ringing calls: 170 ms a frame).
        for col, mode in ((WAITED, QHeaderView.Interactive), (CALLER, QHeaderView.Stretch),
                          (CALLED, QHeaderView.Stretch), (NEXT, QHeaderView.Interactive),
                          (PICK_UP, QHeaderView.Interactive), (VOICEMAIL, QHeaderView.Interactive)):
            header.setSectionResizeMode(col, mode)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(f"{OVERDUE_MARK} 00:00"), fm.horizontalAdvance(model.headerData(WAITED, Qt.Horizontal)))
        self.setColumnWidth(WAITED, widest + 10)
        for col in ACTIONS:  # the button's word (the header's too) and its frame
            self.setColumnWidth(col, fm.horizontalAdvance(model.headerData(col, Qt.Horizontal)) + 20)
        self.setColumnWidth(NEXT, 100)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In the slim calls column of the dense lamp views: the time, who calls and Pick up in
        # view; Voicemail, the called user and where it goes next after them (scroll, or the
        # row's tooltip says it all).
        narrow = self.width() < NARROW_PX
        order = NARROW_ORDER if narrow else WIDE_ORDER
        header = self.horizontalHeader()
        if [header.logicalIndex(i) for i in range(header.count())] != list(order):
            for visual, logical in enumerate(order):
                header.moveSection(header.visualIndex(logical), visual)
            header.setSectionResizeMode(CALLER, QHeaderView.Interactive if narrow else QHeaderView.Stretch)
            header.setSectionResizeMode(CALLED, QHeaderView.Interactive if narrow else QHeaderView.Stretch)
        if narrow:  # the caller gets what the time and Pick up leave
            room = self.viewport().width() - self.columnWidth(WAITED) - self.columnWidth(PICK_UP)
            self.setColumnWidth(CALLER, max(NARROW_CALLER_PX, room))
            self.setColumnWidth(CALLED, NARROW_CALLER_PX * 3 // 2)

    def pointer_over(self) -> bool:
        """The pointer is over the rows (or a row is being dragged): they must not move."""
        if self.dragging:
            return True
        viewport = self.viewport()
        return viewport.isVisible() and viewport.underMouse() and viewport.rect().contains(viewport.mapFromGlobal(QCursor.pos()))

    def mime_for(self, row: int):
        """What dragging that row carries: the call, as a call card's drag does (None: no call)."""
        wait = self.model().wait(row)
        if wait is None or self.model().index(row, 0).data(GoneRole):
            return None
        return call_mime(wait.login, wait.call_ref)

    def startDrag(self, supported) -> None:
        index = self.currentIndex()
        mime = self.mime_for(index.row()) if index.isValid() else None
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        rect = self.visualRect(index.siblingAtColumn(CALLER)).united(self.visualRect(index.siblingAtColumn(WAITED)))
        picture = self.viewport().grab(rect)
        drag.setPixmap(picture)
        drag.setHotSpot(QPoint(-18, -18))  # below and right of the pointer: the lamp aimed at stays readable
        self.dragging = True
        try:
            drag.exec(Qt.MoveAction)
        finally:
            self.dragging = False

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if event.key() in _ENTER_KEYS and index.isValid() and self.on_action is not None and not self.isColumnHidden(PICK_UP):
            self.on_action(index.row(), PICK_UP, True)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self.empty_text)


class QueuePanel(QWidget):
    user_selected = Signal(str)  # a row clicked outside its buttons: show that user
    message = Signal(str)  # for the status bar
    overdue = Signal(str)  # a call has just waited past its threshold: what its row says, to announce

    def __init__(self, session, calls, thresholds: dict[str, int] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.session = session
        self.calls = calls  # the calls panel: my line, why nothing can be commanded, sending
        self.tracker = WaitingCalls()
        self._waits: list[Waiting] = []
        # The model the tracker last scanned, weakly: held, a reconnection's old model (10,000
        # users and their calls) lived on beside the new hello until the queue's next update.
        self._model = weakref.ref(session.model)
        # The queue follows the frames at most every QUEUE_FRAME_MS: at 1,000 events/s with
        # hundreds of calls ringing, rescanning and re-asking every row's buttons 60 times a
        # second took a third of a core; a list read by a receptionist needs a fifth of a second.
        self._dirty: set[str] = set()
        self._everyone = False
        self._updated_at = float("-inf")
        self._burst_held = False  # frames of a burst came since the last update
        self._later = QTimer(self, singleShot=True, timerType=Qt.PreciseTimer)  # (not on the ticks' boundary)
        self._later.timeout.connect(self._update)
        self._blocked: str | None = None  # during a refresh: why nothing can be commanded
        limits = {**DEFAULTS, **(thresholds or {})}
        self.ringing = QueueModel(RINGING_CALLS, session, self._why, limits[RINGING_ALERT], self)
        self.held = QueueModel(HELD_CALLS, session, self._why, limits[HELD_ALERT], self)
        self.ringing_view = QueueView(self.ringing, tr("No call is ringing unanswered."))
        self.held_view = QueueView(self.held, tr("No call is on hold."))
        for col in (NEXT, PICK_UP, VOICEMAIL):  # a held call is not picked up from here: its card offers Retrieve
            self.held_view.setColumnHidden(col, True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.NoFocus)  # a container: its tab bar takes the focus
        self.tabs.addTab(self.ringing_view, "")
        self.tabs.addTab(self.held_view, "")
        self.tabs.setAccessibleName(tr("Waiting calls"))
        self.setAccessibleName(tr("Waiting calls"))
        self.setAccessibleDescription(tr("Calls ringing unanswered and calls on hold, longest waiting first"))
        self.ringing_view.setAccessibleName(tr("Ringing calls"))
        self.ringing_view.setAccessibleDescription(tr("Longest waiting first; Enter picks the call up to my line; drag a row onto a lamp to redirect it"))
        self.held_view.setAccessibleName(tr("Held calls"))
        self.held_view.setAccessibleDescription(tr("Calls on hold, longest first; select one to see its call"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for view in (self.ringing_view, self.held_view):
            view.on_action = lambda row, col, by_key, v=view: self._act(v, row, col, by_key)
            view.clicked.connect(lambda index, v=view: self._clicked(v, index))
        session.refreshed.connect(self._refreshed)
        session.links.changed.connect(self._links_changed)
        calls.message.connect(lambda _text: self.refresh_actions())  # a reply came: pending no more
        self._clock = periodic.every(self, 1000, periodic.QUEUE_TICK, self._tick)
        self._retitle()

    # --- settings -----------------------------------------------------------------------

    def set_thresholds(self, values: dict[str, int]) -> None:
        if RINGING_ALERT in values:
            self.ringing.set_threshold(values[RINGING_ALERT])
        if HELD_ALERT in values:
            self.held.set_threshold(values[HELD_ALERT])
        self._retitle()

    # --- rows ---------------------------------------------------------------------------

    def _refreshed(self, dirty: frozenset) -> None:
        # A new model (a reset: another source, a resynchronization, a seek back) or an empty
        # frame: everyone is looked at again; otherwise only the users that changed.
        if not dirty:
            self._everyone = True
        self._dirty |= dirty
        if self.session.bursting() and self.session.model is self._model():
            # A snapshot coming in (thousands of events a frame): rescanned once at its end,
            # not every QUEUE_FRAME_MS of it (~10 rescans of a 10,000-user full state); the
            # timer covers a burst that ends on a frame of its own.
            self._burst_held = True
            self._later.start(QUEUE_FRAME_MS)
            return
        if self._burst_held:
            self._update()  # the burst is over: its end at once, with the lamps
            return
        if self._later.isActive():
            return
        wait_ms = QUEUE_FRAME_MS - (time.monotonic() - self._updated_at) * 1000
        if wait_ms <= 0 or self.session.model is not self._model():  # quiet until now, or a new model: at once
            # (In this frame, painted with the lamps: deferred to the next turn of the loop,
            # each update was a paint of its own and events reached the screen later.)
            self._update()
        else:
            self._later.start(int(wait_ms) + 1)

    def catch_up(self) -> None:
        """Show now what the frames' throttle holds back (a screenshot, a test: no waiting)."""
        if self._later.isActive():
            self._update()

    def _update(self) -> None:
        self._later.stop()
        self._burst_held = False
        model = self.session.model
        everyone = self._everyone or model is not self._model()
        dirty, self._dirty, self._everyone = frozenset(self._dirty), set(), False
        self._model, self._updated_at = weakref.ref(model), time.monotonic()
        self._waits = self.tracker.update(model, self.session.now_ms(), None if everyone else dirty)
        self._show(every_action=everyone)

    def _show(self, every_action: bool = True) -> None:
        # A frame asks the buttons of the rows that changed; the once-a-second tick (and a new
        # model) asks them all, for what changed around them (my line, a reply, the links).
        with self._blocked_once():
            for model, view in ((self.ringing, self.ringing_view), (self.held, self.held_view)):
                model.update([w for w in self._waits if w.kind == model.kind], held=view.pointer_over(), every_action=every_action)
        self._retitle()

    @contextmanager
    def _blocked_once(self):
        """Why nothing can be commanded, asked once for all the rows (not twice per row)."""
        self._blocked = self.calls.why_not_commandable()
        try:
            yield
        finally:
            self._blocked = None

    def _tick(self) -> None:
        # Rows held still while the pointer was over them catch up once it has left.
        self._show()
        for text in self.ringing.tick() + self.held.tick():
            self.overdue.emit(text)
        self._retitle()

    def _links_changed(self) -> None:
        self.refresh_actions()
        self.ringing.repaint_all()
        self.held.repaint_all()

    def refresh_actions(self) -> None:
        with self._blocked_once():
            self.ringing.refresh_actions()
            self.held.refresh_actions()

    def _retitle(self) -> None:
        for i, (model, words) in enumerate(((self.ringing, tr("Ringing (%1)")), (self.held, tr("On hold (%1)")))):
            overdue = model.overdue_count()
            title = words.replace("%1", str(model.live_count()))
            tip = tr("%1 waiting longer than %2 s").replace("%1", str(overdue)).replace("%2", str(model.threshold_s))
            title = f"{title} ⚠" if overdue else title
            # Set only when it changed: the tab bar lays itself out and repaints at each set.
            if self.tabs.tabText(i) != title:
                self.tabs.setTabText(i, title)
            if self.tabs.tabToolTip(i) != tip:
                self.tabs.setTabToolTip(i, tip)

    # --- actions ------------------------------------------------------------------------

    def _why(self, wait: Waiting, name: str) -> str:
        """Why capability `name` cannot be used on this waiting call now ("": it can)."""
        blocked = self._blocked if self._blocked is not None else self.calls.why_not_commandable()
        if blocked:
            return blocked
        user = self.session.model.users.get(wait.login)
        call = user.calls.get(wait.call_ref) if user is not None else None
        if call is None:
            return tr("no longer waiting")
        if name not in offered(call):
            return tr("not offered by the PBX for this call now")
        if name == "pickedUp":
            mine = self.calls.my_line
            if not mine:
                return tr("set my line first (Line ▸ Set my line)")
            if mine == wait.login:
                return tr("it rings on my line: answer it there")
        if self.calls.is_pending(wait.login, wait.call_ref, name):
            return tr("sent, waiting for the reply")
        return ""

    def _clicked(self, view: QueueView, index) -> None:
        if index.column() in ACTIONS:
            self._act(view, index.row(), index.column(), False)
            return
        wait = view.model().wait(index.row())
        if wait is not None:
            self.user_selected.emit(wait.login)

    def _act(self, view: QueueView, row: int, column: int, by_key: bool) -> None:
        model: QueueModel = view.model()
        wait = model.wait(row)
        if wait is None:
            return
        if not by_key and not model.settled(row):
            self.message.emit(tr("Click ignored: that row had just changed under the pointer"))
            return
        why = model.usable(row, column)
        if why:
            self.message.emit(f"{model.index(row, column).data()}: {why}")
            return
        self.calls.use_call_capability(wait.login, wait.call_ref, ACTIONS[column])
        self.refresh_actions()  # the button greys while the reply is awaited

    def focus_chain(self) -> list[QWidget]:
        """Tab's order here: the section tabs, then the rows (the hidden section is skipped)."""
        return [self.tabs.tabBar(), self.ringing_view, self.held_view]

    # --- for tests and the screenshots ----------------------------------------------------

    def button_rect(self, view: QueueView, call_ref: str, column: int = PICK_UP) -> QRect | None:
        """Where that row's button is in the view's viewport (None: not listed)."""
        row = view.model().row_of(call_ref)
        return None if row is None else view.visualRect(view.model().index(row, column))
