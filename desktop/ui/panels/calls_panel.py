"""Calls panel: my line first, then the selected user; one card per call, plus the make-call box.

Buttons come only from capabilities (see ui/capabilities.py). A click asks for what the
capability needs, sends the command of that name through `commander`, keeps the button
disabled until the reply, and reports a refusal through `message`. A card dragged onto a
user's lamp sends the same way (see models/call_drag.py); the presence panel asks `drop_allowed`
while hovering and `drop` on release.

Rebuilding replaces every card, so it waits while a card is still on the call stack (a drag
in progress, a dialog asking for a number): deleting a widget inside its own event handler
crashes Qt.

A click acts only on the call meant: each card keeps its buttons in the same slots for the
life of the call (see widgets/call_card.py) and keeps the height it reached, so nothing moves
under the pointer; a click within GUARD_S of the buttons changing is ignored (it was aimed at
what was there before); a second click of the same button within a double click's time is
the same command, sent once. Keyboard shortcuts are bound to my line's cards only.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.model.state import Call, User
from desktop.protocol.wire import Refused
from desktop.sources.base import PLAY
from desktop.ui import periodic
from desktop.ui.aio import spawn
from desktop.ui.capabilities import DIGITS, NUMBER, OTHER_CALL, PARTICIPANT, Capability, offered, spec
from desktop.ui.dialogs.asker import Asker
from desktop.ui.lamp_actions import EDIT_ROUTING, LampAction, lamp_actions
from desktop.ui.models.call_drag import call_mime, plan_drop, refusal
from desktop.ui.routing_words import landing_note
from desktop.ui.widgets.call_card import CallCard, slot_order
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.lamps import lamp_pixmap
from desktop.ui.widgets.number_completer import NumberCompleter
from desktop.ui.widgets.routing_editor import RoutingEditor, destinations
from desktop.ui.words import call_summary, line_state_words, party_name, user_name

Commander = Callable[..., Awaitable[dict]]  # Source.command
GUARD_S = 0.4  # clicks this soon after the buttons changed are ignored
DRAG_WIDTH, DRAG_OFFSET = 140, 18  # px: the dragged card's picture, and how far from the pointer
REPEAT_S = 0.5  # the same button clicked again this soon: one command (at least a double click's time)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


class CallsPanel(QWidget):
    message = Signal(str)  # for the status bar
    rebuilt = Signal()  # a new set of cards and buttons (the tab order follows it)
    edit_routing = Signal(str)  # login: a lamp's menu asks for their routing editor

    def __init__(self, session, commander: Commander, asker: Asker | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.commander = commander
        self.asker = asker or Asker(self)
        self.my_line: str | None = None
        self.slim = False  # a slim column beside the dense lamp views: cards wrap to fit it
        self.selected: str | None = None
        self.selected_hidden = False  # the presence panel's filter hides the selected user
        self.cards: list[CallCard] = []
        self.device_boxes: dict[tuple[str, str], QLineEdit] = {}
        self.device_buttons: dict[tuple[str, str, str], QPushButton] = {}
        self._pending: set[tuple] = set()  # (login, call_ref or device, action) awaiting a reply
        self.completer = NumberCompleter(session, self)  # names and numbers offered while typing
        self._sent_at: dict[tuple, float] = {}  # the same keys: when last sent (repeats are one command)
        self._slots: dict[tuple[str, str], list[str]] = {}  # (login, call_ref or device) -> button names
        self._heights: dict[tuple[str, str], int] = {}  # (login, call_ref) -> tallest its parties have been
        self._signature: tuple = ()
        self._drop_refusal = ""  # the last reason a hovered drop was refused, said once
        self.changed_at = float("-inf")  # time.monotonic() when the buttons last changed
        self._held = 0  # > 0 while a card is on the call stack: rebuilds wait
        self._landing_said: tuple = ()  # (target, note) the status bar last said while hovering
        self.routing_editors: dict[str, RoutingEditor] = {}
        self._drafts: dict[str, dict] = {}  # login -> what is being typed in its routing editor
        self._refusals: dict[str, str] = {}  # login -> the last routing refusal, shown in its editor
        self._stale = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.rebuild)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        # Cards wrap; what cannot (a device's number box, a routing editor) scrolls sideways in
        # the slim column of the dense lamp views rather than being cut off (issue 14).
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

        session.refreshed.connect(self._refreshed)
        session.links.changed.connect(self._links_changed)
        destinations().rebuilt.connect(self._destinations_rebuilt)
        session.settled.connect(destinations().build_pending)
        self._live = session.links.live
        self._clock = periodic.every(self, 1000, periodic.CALLS_TICK, self._tick)
        self.rebuild()

    # --- what to show -----------------------------------------------------------------

    def set_my_line(self, login: str | None) -> None:
        self.my_line = login or None
        self.rebuild()

    def set_slim(self, slim: bool) -> None:
        """Cards laid out for a slim column (or not): chosen with the lamp density, a deliberate
        act, never on a call's arrival."""
        if slim != self.slim:
            self.slim = slim
            self.rebuild()

    def show_user(self, login: str | None) -> None:
        self.selected = login
        self.rebuild()

    def forget(self) -> None:
        """Another source: nothing of the old one stays (its selected user, its calls' slots)."""
        self.selected = None
        self.selected_hidden = False
        self._slots.clear()
        self._heights.clear()
        self._pending.clear()
        self._sent_at.clear()
        self._drafts.clear()
        self._refusals.clear()
        self.rebuild()

    def set_selected_hidden(self, hidden: bool) -> None:
        """The selected user stays shown here when the filter hides their lamp, and says so."""
        self.selected_hidden = hidden
        self.rebuild()

    def logins(self) -> list[str]:
        shown = [l for l in (self.my_line, self.selected) if l]
        return list(dict.fromkeys(shown))

    def _links_changed(self) -> None:
        if self.session.links.live != self._live:  # not every countdown step
            self._live = self.session.links.live
            self.rebuild()

    def why_not_commandable(self) -> str:
        """Why no call button can act now ("" when they can): no live state, or a replay."""
        reason = self.session.links.stale_reason()
        if reason:
            return reason
        source = self.session.source
        if source is not None and PLAY in source.capabilities:
            return tr("a replay shows what was recorded: there is nothing to command")
        return ""

    def _destinations_rebuilt(self) -> None:
        if self.routing_editors:  # they offer an older list of colleagues
            self.rebuild()

    def _refreshed(self, dirty: frozenset) -> None:
        if not dirty or any(l in dirty for l in self.logins()):
            self.rebuild()

    # --- building ---------------------------------------------------------------------

    @contextmanager
    def _rebuilds_held(self):
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._stale:
                self._later.start()  # from the event loop, once the card's handler has returned

    def rebuild(self) -> None:
        if self._held:
            self._stale = True
            return
        self._stale = False
        # Typed numbers survive a rebuild: events arrive while someone is typing.
        typed = {key: box.text() for key, box in self.device_boxes.items()}
        # A fresh page each time: the scroll area deletes the old one, so nothing stale lingers.
        page = QWidget()
        self._layout = QVBoxLayout(page)
        self.cards, self.device_boxes, self.device_buttons = [], {}, {}
        self.routing_editors = {}
        taken: set[str] = set()
        users = self.session.model.users
        if not self.logins():
            self._layout.addWidget(QLabel(tr("Select a user to see their calls.")))
        shown_keys: set[tuple[str, str]] = set()
        blocked = self.why_not_commandable()
        for login in self.logins():
            user = users.get(login)
            self._layout.addWidget(self._header(login, user))
            if user is None:
                self._layout.addWidget(QLabel(tr("No events for this user yet.")))
                continue
            source = self.session.source
            # A gateway without the routing service (not offered, not licensed): no editor at all.
            if source is None or source.offers("routing"):
                editor = RoutingEditor(
                    self.session.model, user, lambda action, args, u=login: self._routing(u, action, args),
                    self._drafts.setdefault(login, {}), self._refusals.get(login, ""),
                    blocked or (source.routing_refused(login) if source is not None else ""),
                )
                self.routing_editors[login] = editor
                self._layout.addWidget(editor)
            self._device_box(user, typed, shown_keys, blocked, taken if login == self.my_line else None)
            if not user.calls:
                idle = QLabel(tr("No calls."))
                idle.setStyleSheet("color: palette(placeholder-text); padding: 6px")
                self._layout.addWidget(idle)
            for call in user.calls.values():
                key = (login, call.call_ref)
                shown_keys.add(key)
                slots = self._slots[key] = slot_order(self._slots.get(key, ()), offered(call))
                card = CallCard(
                    user, call, lambda cap, c, dev, u=login: self._clicked(u, cap, c, dev), on_drag=self._drag, slots=slots,
                    names=users, narrow=self.slim,
                )
                # The parties' lines never shrink while the call lasts: a party leaving a
                # conference would otherwise pull the buttons up under the pointer.
                card.parties.setMinimumHeight(self._heights.get(key, 0))
                card.on_resized = lambda h, k=key: self._heights.__setitem__(k, max(h, self._heights.get(k, 0)))
                if login == self.my_line:
                    card.bind_shortcuts(taken)
                else:
                    card.say_shortcuts_are_mine()
                for name, button in card.buttons.items():
                    button.setEnabled((login, call.call_ref, name) not in self._pending)
                if blocked:
                    card.disable_all(blocked)
                self.cards.append(card)
                self._layout.addWidget(card)
        # Forget the calls no longer shown; a call shown again later starts afresh.
        for memory in (self._slots, self._heights):
            for key in [k for k in memory if k not in shown_keys]:
                del memory[key]
        self._note_change()
        # The old page goes with its scroll position; someone reading the third card of a busy
        # line must not be thrown back to the top by every event of it.
        # A stretch, not AlignTop, keeps the cards at the top: an aligned layout is sized by its
        # one-line size hint, which squashes cards whose buttons wrap onto a second line.
        self._layout.addStretch(1)
        scrolled = self._scroll.verticalScrollBar().value()
        self._scroll.setWidget(page)
        if scrolled:
            self._scroll.verticalScrollBar().setValue(scrolled)  # clamped if the page got shorter
        self._tick()
        self.rebuilt.emit()

    def _header(self, login: str, user: User | None) -> QWidget:
        mine = login == self.my_line
        state = user.line_state if user else "unknown"
        name = user_name(user) if user else login
        number = (user.number if user else None) or ""
        header = QWidget()
        header.setObjectName("myLineHeader" if mine else "userHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 6, 0, 0)
        lamp = QLabel()
        lamp.setPixmap(lamp_pixmap(state, 16, stale=not self.session.links.live))
        row.addWidget(lamp)
        prefix = tr("My line: ") if mine else ""  # outside the f-string, where pyside6-lupdate sees it
        title = QLabel(f"<b>{prefix}{name}</b> {number} <i>{line_state_words(state)}</i>")
        title.setWordWrap(True)  # a long name wraps in a slim column rather than being cut off
        row.addWidget(title, 1)
        if login == self.selected and self.selected_hidden:
            note = QLabel(tr("selected user hidden by the filter"))
            note.setObjectName("hiddenBySearch")
            note.setStyleSheet("color: palette(placeholder-text); font-style: italic")
            row.addWidget(note)
        return header

    def _note_change(self) -> None:
        """Remember when the buttons last changed (which, where, enabled): clicks just after are ignored."""
        # What is offered, not what is enabled: a button waiting for its reply is no change.
        signature = tuple((card.login, card.call.call_ref, tuple(card.slot_names), tuple(card.buttons)) for card in self.cards)
        signature += tuple(sorted(self.device_buttons))
        if signature != self._signature:
            self._signature = signature
            self.changed_at = time.monotonic()

    def settled(self) -> bool:
        """The buttons have stayed as they are long enough for a click to be meant for them."""
        return time.monotonic() - self.changed_at >= GUARD_S

    def _device_box(self, user: User, typed: dict, shown_keys: set, blocked: str = "", taken: set | None = None) -> None:
        """The make-call row of each of the user's devices; `taken`: my line's, whose buttons get
        the shortcuts not taken yet."""
        for device_id, caps in sorted(user.device_capabilities.items()):
            key = (user.login, device_id)
            if not caps and key not in self._slots:
                continue
            # Once shown, a device's row stays (its buttons disabled when not offered): a row
            # appearing or going above the cards would move them.
            shown_keys.add(key)
            slots = self._slots[key] = slot_order(self._slots.get(key, ()), caps)
            row = QFrame()
            line = FlowLayout(row)  # the device's buttons wrap rather than widen the panel
            line.addWidget(QLabel(tr("Device %s") % device_id))
            box = QLineEdit(placeholderText=self.tr("number to call"))
            box.setMinimumWidth(140)
            box.setAccessibleName(self.tr("Number to call from device %1").replace("%1", device_id))
            self.completer.attach(box)
            box.setText(typed.get((user.login, device_id), ""))
            self.device_boxes[(user.login, device_id)] = box
            line.addWidget(box)
            for name in slots:
                cap = spec(name)
                button = QPushButton(icon(cap.icon), cap.label, toolTip=cap.tooltip)
                button.setObjectName(f"cap_{cap.name}")
                button.setAccessibleName(cap.label)
                if name in caps:
                    button.setEnabled((user.login, device_id, cap.name) not in self._pending)
                    button.clicked.connect(lambda _=False, c=cap, u=user.login, d=device_id: self._device_clicked(u, c, d))
                    self.device_buttons[(user.login, device_id, cap.name)] = button
                    if taken is not None and cap.shortcut and cap.shortcut not in taken:
                        button.setShortcut(QKeySequence(cap.shortcut))
                        button.setToolTip(f"{cap.tooltip} ({cap.shortcut})")
                        taken.add(cap.shortcut)
                else:
                    button.setEnabled(False)
                    button.setToolTip(tr("%s: not offered on this device now") % cap.label)
                if blocked:
                    button.setEnabled(False)
                    button.setToolTip(f"{cap.label}: {blocked}")
                line.addWidget(button)
            if "makeCall" in caps:
                box.returnPressed.connect(lambda u=user.login, d=device_id: self._device_clicked(u, spec("makeCall"), d, by_key=True))
            self._layout.addWidget(row)

    @property
    def scroll_area(self) -> QScrollArea:
        return self._scroll

    def scroll_to(self, widget: QWidget) -> None:
        self._scroll.ensureWidgetVisible(widget)

    def _tick(self) -> None:
        now = self.session.now_ms()
        for card in self.cards:
            card.tick(now)

    # --- drag and drop ----------------------------------------------------------------

    def _drag(self, card: CallCard) -> None:
        self._landing_said = ()  # a new drag: say again where each target sends it
        drag = QDrag(self)  # not the card's child: the card may be replaced once the drag ends
        drag.setMimeData(call_mime(card.login, card.call.call_ref))
        # A small picture below and right of the pointer: the lamp under the pointer, and its
        # name, stay readable while aiming.
        picture = card.grab()
        if picture.width() > DRAG_WIDTH:
            picture = picture.scaledToWidth(DRAG_WIDTH, Qt.SmoothTransformation)
        drag.setPixmap(picture)
        drag.setHotSpot(QPoint(-DRAG_OFFSET, -DRAG_OFFSET))
        with self._rebuilds_held():
            drag.exec(Qt.MoveAction)

    def drop_allowed(self, mime, target_login: str | None) -> bool:
        why = self.why_not_commandable()
        plan = None if why else plan_drop(self.session.model, mime, target_login)
        if plan is None:
            # Said in the status bar while hovering (once per reason): the cursor alone says no, not why.
            why = tr("Drop: %s") % why if why else refusal(self.session.model, mime, target_login)
            if why and why != self._drop_refusal:
                self.message.emit(why)
            self._drop_refusal = why
            return False
        self._drop_refusal = ""
        allowed = (plan.login, plan.call_ref, plan.capability.name) not in self._pending
        if allowed:
            self._say_landing(plan, target_login)
        return allowed

    def _say_landing(self, plan, target_login: str) -> None:
        """While hovering a lamp whose calls go elsewhere, the status bar says where (once per target)."""
        model = self.session.model
        target = model.users.get(target_login)
        note = landing_note(model, target)
        said = (target_login, note)
        if note and said != self._landing_said:
            self.message.emit(tr("%s to %s: %s") % (plan.capability.label, user_name(target), note))
        self._landing_said = said

    def drop(self, mime, target_login: str | None) -> bool:
        """Send what dropping `mime` on `target_login` means now; False (nothing sent) if not allowed."""
        if not self.drop_allowed(mime, target_login):
            return False
        login, ref, cap, device_id, args = plan_drop(self.session.model, mime, target_login)
        self._send((login, ref, cap.name), login, cap.name, ref, device_id, args)
        return True

    # --- commands ---------------------------------------------------------------------

    def _routing(self, login: str, action: str, args: dict) -> None:
        """A change from a user's routing editor: one of the protocol's routing commands."""
        key = (login, "routing", action)
        if key in self._pending:
            return
        self._refusals.pop(login, None)
        self._send(key, login, action, None, None, args)

    def _accepts_click(self, key: tuple, by_key: bool = False) -> bool:
        """False for a click not meant for what is there now, or repeating one just sent."""
        if not by_key and not self.settled():
            self.message.emit(tr("Click ignored: the call's buttons had just changed under the pointer"))
            return False
        repeat = max(REPEAT_S, QApplication.doubleClickInterval() / 1000)
        if key in self._pending or time.monotonic() - self._sent_at.get(key, float("-inf")) < repeat:
            return False  # the second click of a double click: already sent
        return True

    def _device_clicked(self, login: str, cap: Capability, device_id: str, by_key: bool = False) -> None:
        if not self._accepts_click((login, device_id, cap.name), by_key):
            return
        args = {}
        if cap.needs == NUMBER:
            with self._rebuilds_held():
                number = self.device_boxes[(login, device_id)].text().strip() or self.asker.text(self, cap.label, tr("Number:"))
            if not number:
                return
            args[cap.arg] = number
        self._send((login, device_id, cap.name), login, cap.name, None, device_id, args)

    def _clicked(self, login: str, cap: Capability, call: Call, device_id: str | None) -> None:
        if not self._accepts_click((login, call.call_ref, cap.name)):
            return
        if cap.name == "pickedUp":  # offered on the ringing user's card, done from my line
            self._pick_up(login, call)
            return
        with self._rebuilds_held():
            args = self._ask(login, cap, call)
        if args is None:
            return
        self._send((login, call.call_ref, cap.name), login, cap.name, call.call_ref, device_id, args)

    def lamp_actions(self, target: str) -> list[LampAction]:
        """What the lamp of `target` offers from my line now (ui/lamp_actions.py)."""
        source = self.session.source
        if source is not None and not source.offers("routing"):
            refused = None
        else:
            refused = source.routing_refused(target) if source is not None else ""
        return lamp_actions(self.session.model, self.my_line, target, refused)

    def why_no_lamp_action(self, target: str) -> str:
        """Why a lamp's menu has nothing to do ("" when it may)."""
        why = self.why_not_commandable()
        if why:
            return why
        if not self.my_line:
            return tr("Set my line first (Line ▸ Set my line), then act on a colleague's lamp")
        return ""

    def lamp_menu(self, target: str, at: QPoint, parent: QWidget, more=None) -> QMenu:
        """The context menu of `target`'s lamp, shown at `at` (global): exactly what the PBX offers
        now for my line and them; a single disabled line saying why when nothing is. `more(menu)`
        adds what is not the PBX's (the groups' items, after a separator)."""
        users = self.session.model.users
        name = user_name(users[target]) if target in users else target
        menu = QMenu(parent)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.setAccessibleName(tr("Actions on %s") % name)
        menu.setToolTipsVisible(True)
        why = self.why_no_lamp_action(target)
        actions = [] if why else self.lamp_actions(target)
        for lamp_action in actions:
            item = menu.addAction(icon(lamp_action.icon), lamp_action.text)
            item.setToolTip(lamp_action.tooltip)
            item.setData(lamp_action.key)
            item.triggered.connect(lambda _=False, a=lamp_action: self.run_lamp_action(a))
        if not actions:
            item = menu.addAction(why or tr("Nothing the PBX offers now between my line and %s") % name)
            item.setEnabled(False)
        if more is not None:
            more(menu)
        self.lamp_menu_shown = menu  # tests reach the open menu here
        menu.popup(at)
        return menu

    def run_lamp_action(self, action: LampAction) -> None:
        """Send what a lamp's menu item says: the same command paths as the cards' buttons."""
        if action.capability == EDIT_ROUTING:
            self.edit_routing.emit(action.login)
            return
        key_ref = action.call_ref or action.device_id or "routing"
        if action.capability in ("activateDnd", "deactivateDnd", "forward", "cancelForward"):
            self._routing(action.login, action.capability, action.args or {})
            return
        args = action.args
        if args is None:  # the other call of a transfer or conference: asked, as the card's button does
            user = self.session.model.users.get(action.login)
            call = user.calls.get(action.call_ref) if user is not None else None
            if call is None:
                return
            with self._rebuilds_held():
                args = self._ask(action.login, spec(action.capability), call)
            if args is None:
                return
        self._send((action.login, key_ref, action.capability), action.login, action.capability, action.call_ref, action.device_id, args)

    def act_on(self, target: str) -> None:
        """A lamp double-clicked or Enter on it (issue 14): with an answered call on my line,
        transfer it to `target` (blind, or consult first), as my line's call offers; otherwise
        call them from my line's device offering makeCall. Only what the PBX offers now: the
        lamp menu's own items (lamp_actions)."""
        model = self.session.model
        why = self.why_no_lamp_action(target)
        other = model.users.get(target)
        if why or model.users.get(self.my_line) is None or other is None or target == self.my_line:
            self.message.emit(why or tr("Set my line first (Line ▸ Set my line), then act on a colleague's lamp"))
            return
        name = user_name(other)
        offers: dict[str, LampAction] = {}
        for lamp_action in self.lamp_actions(target):
            offers.setdefault(lamp_action.capability, lamp_action)
        if "blindTransfer" in offers:
            choices = {tr("Blind transfer to %s") % name: offers["blindTransfer"]}
            if "makeCall" in offers:
                choices[tr("Consult %s first (call them)") % name] = offers["makeCall"]
            note = landing_note(model, other)
            label = tr("Transfer my call to %s:") % name + (f"\n{note}" if note else "")
            with self._rebuilds_held():
                choice = self.asker.choice(self, tr("Transfer"), label, list(choices))
            if choice in choices:
                self.run_lamp_action(choices[choice])
            return
        if "makeCall" not in offers:
            self.message.emit(tr("Call %s: my line's device offers no call now") % name)
            return
        self.run_lamp_action(offers["makeCall"])

    def _pick_up(self, login: str, call: Call) -> None:
        """My line picks up a call ringing at `login`: the command is my line's, with the number
        on which the call rings (O2G's pickup needs it: otherPhoneNumber)."""
        if not self.my_line or self.my_line == login:
            self.message.emit(tr("Pick up: set my line first (Line ▸ Set my line), then pick up a colleague's call"))
            return
        ringing = next((leg.device_id for leg in call.legs.values() if leg.state == "RINGING_INCOMING"), None)
        args = {"otherPhoneNumber": ringing} if ringing else {}
        self._send((login, call.call_ref, "pickedUp"), self.my_line, "pickedUp", call.call_ref, None, args)

    # --- from the waiting-calls queue (panels/queue_panel.py) ---------------------------

    def is_pending(self, login: str, call_ref: str, action: str) -> bool:
        """A command of that call is sent and its reply not in yet."""
        return (login, call_ref, action) in self._pending

    def use_call_capability(self, login: str, call_ref: str, action: str) -> None:
        """A call's capability used from elsewhere (the queue): pickedUp from my line, any other
        on behalf of `login`, with the device the PBX offers it on. The caller checked it is
        offered now; the reply (or refusal) is said in the status bar as for the cards."""
        user = self.session.model.users.get(login)
        call = user.calls.get(call_ref) if user is not None else None
        if call is None:
            self.message.emit(tr("That call is no longer waiting"))
            return
        if action == "pickedUp":
            self._pick_up(login, call)
            return
        self._send((login, call_ref, action), login, action, call_ref, offered(call).get(action), {})

    def _ask(self, login: str, cap: Capability, call: Call) -> dict | None:
        """The extra input the capability needs, or None when the user gave up."""
        if cap.needs is None:
            return {}
        if cap.needs in (NUMBER, DIGITS):
            value = self.asker.text(self, cap.label, tr("Digits:") if cap.needs == DIGITS else tr("Number:"))
            return {cap.arg: value} if value else None
        if cap.needs == OTHER_CALL:
            user = self.session.model.users.get(login)
            others = [c for ref, c in (user.calls.items() if user else ()) if ref != call.call_ref]
            if not others:
                self.message.emit(f"{cap.label}: {login} has no other call")
                return None
            if len(others) == 1:
                return {cap.arg: others[0].call_ref}
            labels = [f"{call_summary(c, self.session.model.users)} [{c.call_ref}]" for c in others]
            choice = self.asker.choice(self, cap.label, tr("With which call?"), labels)
            return {cap.arg: others[labels.index(choice)].call_ref} if choice else None
        if cap.needs == PARTICIPANT:
            parts = list(call.participants.values())
            if len(parts) == 1:
                return {cap.arg: parts[0].participant_id}
            labels = [f"{party_name(p, self.session.model.users)} [{p.participant_id}]" for p in parts]
            choice = self.asker.choice(self, cap.label, tr("Which participant?"), labels) if labels else None
            return {cap.arg: parts[labels.index(choice)].participant_id} if choice else None
        return {}

    def _send(self, key: tuple, login: str, action: str, call_ref, device_id, args: dict) -> None:
        self._pending.add(key)
        self._sent_at[key] = time.monotonic()
        if len(self._sent_at) > 256:  # bounded: only the last few matter
            for old in sorted(self._sent_at, key=self._sent_at.get)[:128]:
                del self._sent_at[old]
        self._set_enabled(key, False)
        spawn(self._run(key, login, action, call_ref, device_id, args))

    async def _run(self, key, login, action, call_ref, device_id, args) -> None:
        try:
            await self.commander(login, action, call_ref=call_ref, device_id=device_id, args=args or None)
        except Refused as exc:
            self.message.emit(f"{action} refused: {exc.message} ({exc.code})")
            if key[1] == "routing":  # also in the editor, which the PBX's silence leaves as it was
                self._refusals[login] = tr("%s refused: %s (%s)") % (action, exc.message, exc.code)
                self.rebuild()
        except Exception as exc:  # a broken source must not take the window down
            self.message.emit(f"{action} failed: {exc}")
        else:
            self.message.emit(f"{action} sent")
        finally:
            self._pending.discard(key)
            self._set_enabled(key, True)

    def _set_enabled(self, key: tuple, enabled: bool) -> None:
        login, ref, action = key
        button = self.device_buttons.get(key)
        if button is None:
            for card in self.cards:
                if card.login == login and card.call.call_ref == ref:
                    button = card.buttons.get(action)
        if button is not None:
            try:
                button.setEnabled(enabled and not self.why_not_commandable())
            except RuntimeError:  # deleted by a rebuild meanwhile
                pass
