"""What I can do to a colleague's lamp from my line now: the lamp's context menu (issue 14).

One table, from a capability the PBX offers to the menu item that uses it. Each row says where
the PBX reports the capability (its `scope`), and the menu lists exactly the rows whose
capability is reported there now, nothing guessed from the lamp's colour:

- MY_DEVICE: my line's device offers it (makeCall: call them; while my line talks, the PBX holds
  my call and this is the consultation before a transfer). Not while they are already in a call
  with me (the PBX refuses a second call between the same two users).
- MINE_TO_THEM: one of my line's calls without them offers it, and it takes their number
  (blindTransfer: my call goes to them; redirect: my ringing call rings at theirs instead).
- MINE_WITH_THEM: one of my line's calls with them in it offers it (the consultation's
  transfer and merge, a busy line's camp-on, call-back and intrusion, leaving a message).
- THEIRS: one of their calls that I am not in offers it to them (pickedUp: my line takes their
  ringing call; redirectToVoiceMail: their ringing call goes to their voicemail).
- ROUTING: their forward and do-not-disturb, where the source lets me set them
  (`Source.offers("routing")` and `routing_refused(login)`, as the routing editor of the calls
  panel); from the routing state the PBX last reported (none offered before it came).

Items not offered are absent, not disabled: a menu of what can be done now. When nothing can
be done (no my line, a replay, a link down, nothing offered) the menu holds one disabled line
saying why. An item that sends a call to them says first where it will land when that is not
simply their set (forwarded, DND: routing_words.landing_note; else busy while they have a call).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.model import Model
from desktop.model.state import Call, User
from desktop.protocol.routing import IMMEDIATE
from desktop.ui.capabilities import CAPABILITIES, offered
from desktop.ui.routing_words import landing_note
from desktop.ui.words import call_summary, line_state_words, user_name

MY_DEVICE, MINE_TO_THEM, MINE_WITH_THEM, THEIRS, ROUTING = "my device", "mine to them", "mine with them", "theirs", "routing"
EDIT_ROUTING = "editRouting"  # not a command: opens their routing editor in the calls panel
_CTX = "LampActions"  # the table's context, spelt out in each QT_TRANSLATE_NOOP for pyside6-lupdate


class Row(NamedTuple):
    capability: str  # the command sent (a capability, or one of the routing commands)
    scope: str
    label: str  # %1: their name
    lands: bool = False  # sends a call to them: where it lands is said first
    icon: str = ""


TABLE = (
    Row("makeCall", MY_DEVICE, QT_TRANSLATE_NOOP("LampActions", "Call %1"), lands=True, icon="makeCall"),
    Row("blindTransfer", MINE_TO_THEM, QT_TRANSLATE_NOOP("LampActions", "Transfer my call to %1 (blind)"), lands=True, icon="blindTransfer"),
    Row("transfer", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Complete the transfer to %1"), icon="transfer"),
    Row("merge", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Conference with %1"), icon="merge"),
    Row("redirect", MINE_TO_THEM, QT_TRANSLATE_NOOP("LampActions", "Redirect my ringing call to %1"), lands=True, icon="redirect"),
    Row("pickedUp", THEIRS, QT_TRANSLATE_NOOP("LampActions", "Pick up %1's ringing call"), icon="pickedUp"),
    Row("redirectToVoiceMail", THEIRS, QT_TRANSLATE_NOOP("LampActions", "Send %1's ringing call to voicemail"), icon="redirectToVoiceMail"),
    Row("intrusion", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Intrude into %1's call")),
    Row("waitOnBusy", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Camp on %1 (wait until free)")),
    Row("callBack", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Ask %1 to call me back")),
    Row("overflowToVoiceMail", MINE_WITH_THEM, QT_TRANSLATE_NOOP("LampActions", "Leave %1 a message")),
    Row("activateDnd", ROUTING, QT_TRANSLATE_NOOP("LampActions", "Do not disturb %1")),
    Row("deactivateDnd", ROUTING, QT_TRANSLATE_NOOP("LampActions", "End do not disturb for %1")),
    Row("forward", ROUTING, QT_TRANSLATE_NOOP("LampActions", "Forward %1's calls to me")),
    Row("cancelForward", ROUTING, QT_TRANSLATE_NOOP("LampActions", "Cancel %1's forward")),
    Row(EDIT_ROUTING, ROUTING, QT_TRANSLATE_NOOP("LampActions", "Forward or DND of %1…")),
)
ROWS = {row.capability: row for row in TABLE}
# While my line talks, calling them first holds my call: the consultation of a transfer.
_CONSULT_LABEL = QT_TRANSLATE_NOOP("LampActions", "Consult %1 first (my call is held)")


class LampAction(NamedTuple):
    capability: str
    text: str  # the menu item: the landing first when it matters
    tooltip: str
    icon: str
    login: str  # whose command it is (mine, or theirs for their voicemail and routing)
    call_ref: str | None = None
    device_id: str | None = None
    args: dict | None = None  # None: asked when triggered (the other call of a transfer)

    @property
    def key(self) -> tuple[str, str | None]:
        return self.capability, self.call_ref


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context pyside6-lupdate gives a bare tr() call


def label(row_label: str) -> str:
    """A label of the table in the window's language (the table's own context)."""
    return QCoreApplication.translate(_CTX, row_label)


def in_call(call: Call, user: User) -> bool:
    """`user` is one of the call's other parties (by login, else by number)."""
    return any(p.party.login == user.login or (user.number and p.party.phone_number == user.number) for p in call.participants.values())


def busy_note(user: User) -> str:
    """'busy (talking)' while they have a call: a call sent to them may meet a busy line."""
    if any(c.line_state() not in (None, "idle") for c in user.calls.values()):
        return tr("busy (%1)").replace("%1", line_state_words(user.line_state))
    return ""


def lamp_actions(model: Model, my_line: str | None, target: str, routing_refused: str | None = "") -> list[LampAction]:
    """The menu's items for `target`'s lamp, in table order. `routing_refused`: why their routing
    cannot be set from here ("" when it can; None: the source has no routing service)."""
    them = model.users.get(target)
    if them is None:
        return []
    me = model.users.get(my_line) if my_line and my_line != target else None
    name = user_name(them)
    number = them.number or target
    note = landing_note(model, them) or busy_note(them)
    found: dict[str, list[LampAction]] = {row.capability: [] for row in TABLE}

    def add(row: Row, login: str, call: Call | None = None, device_id=None, args=None, several: bool = False, wording=None) -> None:
        text = label(wording or row.label).replace("%1", name)
        if several and call is not None:  # which of my calls, when more than one offers it
            text += f" ({call_summary(call, model.users)})"
        tooltip = text
        if row.lands and note:
            text, tooltip = f"{note} — {text}", note
        found[row.capability].append(LampAction(row.capability, text, tooltip, row.icon, login,
                                                call.call_ref if call is not None else None, device_id, args))

    if me is not None:
        shared = [c for c in me.calls.values() if in_call(c, them)]
        talking = any(leg.state == "ACTIVE" for c in me.calls.values() for leg in c.legs.values())
        device = next((d for d, caps in sorted(me.device_capabilities.items()) if "makeCall" in caps), None)
        if device is not None and not shared:
            add(ROWS["makeCall"], me.login, device_id=device, args={"callee": number}, wording=_CONSULT_LABEL if talking else None)
        for row in TABLE:
            if row.scope not in (MINE_TO_THEM, MINE_WITH_THEM):
                continue
            calls = [c for c in me.calls.values() if (c in shared) == (row.scope == MINE_WITH_THEM)]
            offering = [(c, offered(c)) for c in calls]
            offering = [(c, caps[row.capability]) for c, caps in offering if row.capability in caps]
            for call, device_id in offering:
                arg = CAPABILITIES[row.capability].arg
                if row.scope == MINE_TO_THEM:
                    args = {arg: number}
                elif arg == "heldCallRef":  # the other call: when there is exactly one, else asked
                    others = [c.call_ref for c in me.calls.values() if c.call_ref != call.call_ref]
                    args = {arg: others[0]} if len(others) == 1 else None
                else:
                    args = {}
                add(row, me.login, call, device_id, args, several=len(offering) > 1)
        for call in them.calls.values():
            if in_call(call, me):
                continue
            caps = offered(call)
            for capability in ("pickedUp", "redirectToVoiceMail"):
                if capability not in caps:
                    continue
                if capability == "pickedUp":  # my command, on the number where it rings (O2G needs it)
                    ringing = next((leg.device_id for leg in call.legs.values() if leg.state == "RINGING_INCOMING"), None)
                    add(ROWS[capability], me.login, call, None, {"otherPhoneNumber": ringing} if ringing else {})
                else:
                    add(ROWS[capability], them.login, call, caps[capability], {})
    if routing_refused == "" and them.routing is not None:
        routing = them.routing
        add(ROWS["deactivateDnd" if routing.dnd else "activateDnd"], them.login, args={})
        mine = model.users.get(my_line) if my_line else None
        if mine is not None and mine.number and mine.login != them.login and (
            routing.forward is None or routing.forward.destination != mine.number or routing.forward.condition != IMMEDIATE
        ):
            add(ROWS["forward"], them.login, args={"condition": IMMEDIATE, "destination": mine.number})
        if routing.forward is not None:
            add(ROWS["cancelForward"], them.login, args={})
        add(ROWS[EDIT_ROUTING], them.login, args={})
    return [action for row in TABLE for action in found[row.capability]]
