"""The main window: presence panel and calls panel side by side, event log dock, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.protocol.wire import Refused
from desktop.sources.base import Source
from desktop.sources.replay import ReplaySource
from desktop.ui.dialogs.connect_dialog import ConnectDialog
from desktop.ui.history_control import HistoryControl, retention_from
from desktop.ui.panels.calls_panel import CallsPanel
from desktop.ui.panels.history_dock import HistoryDock
from desktop.ui.panels.log_dock import EventLogDock
from desktop.ui.panels.presence_panel import PresencePanel
from desktop.ui.panels.queue_panel import QUEUE_HEIGHT, QueuePanel
from desktop.ui.dialogs import queue_settings
from desktop.ui.widgets.lamp_grid import COMFORTABLE
from desktop.ui.groups_book import ALL
from desktop.ui.widgets.group_chooser import SECTIONS, TABS
from desktop.ui.session import Session
from desktop.ui.widgets.banner_stack import BannerStack, reserve_below
from desktop.ui.widgets.icons import app_icon
from desktop.ui.widgets.link_banner import LinkBanner
from desktop.ui.widgets.replay_bar import ReplayBar
from desktop.ui.widgets.ring_notice import RingNotifier
from desktop.logs import without_credentials
from desktop.ui.words import connection_words, number
from desktop.version import APP_NAME

ORG, APP = "CTI Monitor", "cti-monitor"


# The calls panel's width: at the comfortable density room for a call card's buttons (which wrap
# below it, and the click-safety guarantees are measured there); at the compact and wall
# densities a slim column, the lamps getting the rest (issue 14). Chosen with the density, a
# deliberate act, never on a call's arrival: nothing moves under the pointer by itself.
CALLS_WIDTH = 520
SLIM_CALLS_WIDTH = 230
DENSE_DOCK_HEIGHT = 190  # compact and wall: the lamps are the point; the log and history docks give way


def settings() -> QSettings:
    return QSettings(ORG, APP)


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None, my_line: str | None = None, asker=None):
        super().__init__()
        self.setWindowTitle(self.tr("CTI Monitor"))
        self.setWindowIcon(app_icon())
        self.session = session or Session(self)
        self.source: Source | None = None
        self._refusal_shown: Source | None = None  # the source whose refusal was already said
        self.refusal_dialog: ConnectDialog | None = None
        self.replay_bar: ReplayBar | None = None

        self.presence = PresencePanel(self.session.users)
        self.calls = CallsPanel(self.session, self._command, asker)
        self.presence.asker = self.calls.asker
        # The waiting-calls queue tops the calls column (issue 14): beside the lamps it is
        # dragged onto, above the cards of the calls it picks up; a fixed height that the
        # calls' coming and going never changes, so nothing below it moves by itself.
        self.queue = QueuePanel(self.session, self.calls, queue_settings.read(settings()))
        column_split = QSplitter(Qt.Vertical)
        column_split.setObjectName("callsColumn")
        column_split.addWidget(self.queue)
        column_split.addWidget(self.calls)
        column_split.setStretchFactor(0, 0)
        column_split.setStretchFactor(1, 1)
        column_split.setHandleWidth(7)
        column_split.setChildrenCollapsible(False)
        column_split.setSizes([QUEUE_HEIGHT, 600])
        self.column_split = column_split
        split = QSplitter(Qt.Horizontal)
        split.setObjectName("mainSplit")
        split.addWidget(self.presence)
        split.addWidget(column_split)
        # The lamps take any new room; the handle is wide enough to grab (issue 14).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setHandleWidth(7)
        split.setChildrenCollapsible(False)
        split.setSizes([760, CALLS_WIDTH])
        self.split = split
        self.ring = RingNotifier(self.session, lambda: self.calls.my_line, app_icon(), self, settings())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(split, 1)
        self.setCentralWidget(central)
        # Over the content, not in the layout: a banner coming or going moves nothing.
        self.link_banner = LinkBanner(self.session.links, self.retry_now)
        self.banners = BannerStack(central, self.ring.banner, self.link_banner)
        self.banners.placed.connect(lambda covered: self._reserve_below_banners())
        split.splitterMoved.connect(lambda *a: self._reserve_below_banners())
        self.presence.toggle.toggled.connect(lambda on: self._reserve_below_banners())

        self.log_dock = EventLogDock(self.session.log, self)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.log_dock)
        self.history = HistoryControl(self.session, self._command, lambda: self.calls.my_line, self, source=lambda: self.source,
                                      retention=retention_from(settings()))
        self.history_dock = HistoryDock(self.history.model, self)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.log_dock, self.history_dock)
        # A window not shown (a test, a screenshot being made) reads its history as ever. A dock
        # behind another's tab stays "visible" to Qt, with nothing of it on screen.
        self.history.shown = lambda: not self.isVisible() or not self.history_dock.visibleRegion().isEmpty()
        self.history_dock.visibilityChanged.connect(lambda visible: visible and self.history.view_shown())
        self.log_dock.raise_()

        self.source_label = QLabel(self.tr("no source"))
        self.connection_label = QLabel()
        self.stats_label = QLabel()
        # The frames' stats at most four times a second (the count changes at every frame: a new
        # text each time repainted the status bar and, when its width changed, the window under it).
        self._stats_soon = QTimer(self, singleShot=True, interval=250)
        self._stats_soon.timeout.connect(lambda: self._show_stats(self.session.stats()))
        status = self.statusBar()
        for w in (self.source_label, self.connection_label, self.stats_label):
            status.addPermanentWidget(w)

        self.presence.user_selected.connect(self.calls.show_user)
        self.presence.selection_hidden.connect(self.calls.set_selected_hidden)
        self.presence.user_selected.connect(self.history_dock.set_selected_login)
        self.history_dock.call_back.connect(self.history.call_back)
        self.history_dock.acknowledge.connect(self.history.acknowledge)
        self.history.message.connect(self.show_message)
        self.history.failed.connect(self._history_failed)
        self.presence.user_activated.connect(self.calls.act_on)
        self.presence.menu_requested.connect(
            lambda login, at: self.calls.lamp_menu(login, at, self, lambda menu: self.presence.add_group_items(menu, login)))
        self.presence.message.connect(self.show_message)
        self.presence.group_changed.connect(lambda key: settings().setValue("lampGroup", key))
        self.presence.groups_mode_wanted.connect(self.set_groups_shown_as)
        self.calls.edit_routing.connect(self.edit_routing)
        self.calls.message.connect(self.show_message)
        self.queue.message.connect(self.show_message)
        self.queue.user_selected.connect(self.presence.select)
        self.presence.set_drop_handler(self.calls)
        self.session.connection_changed.connect(self._connection_changed)
        self.session.stats_changed.connect(self._show_stats)
        self.session.refreshed.connect(self._refreshed)
        self._menus()
        self.calls.set_my_line(my_line)
        from desktop.ui import accessibility  # names the panels; says state changes aloud

        accessibility.name_widgets(self)
        self.tab_order = accessibility.TabOrder(self)
        self.announcer = accessibility.Announcer(self, lambda: self.calls.my_line)
        self.queue.overdue.connect(self.announcer.announce)  # a caller waiting too long, said once

    def _reserve_below_banners(self) -> None:
        """The views under the banners scroll their end out from under them (banner_stack)."""
        central = self.centralWidget()
        for view in (self.presence.grid, self.presence.table, self.calls.scroll_area):
            reserve_below(view, central, self.banners.covered)

    # --- sources ----------------------------------------------------------------------

    def use_source(self, source: Source) -> None:
        """Show `source` from now on; the caller starts it (app.py owns the event loop)."""
        self.source = source
        # Every view of the old source goes: its users, selection, calls, log, notices.
        self.presence.forget_selection()
        self.calls.forget()
        self.ring.banner.hide()
        self.history.use_source(source)  # a replay records into memory, never the user's history
        self.session.use(source)
        self.source_label.setText(source.description)
        if self.replay_bar is not None:
            self.removeToolBar(self.replay_bar)
            self.replay_bar.deleteLater()
            self.replay_bar = None
        if isinstance(source, ReplaySource):
            self.replay_bar = ReplayBar(source, self)
            self.addToolBar(Qt.TopToolBarArea, self.replay_bar)

    def retry_now(self) -> None:
        """The banner's "Retry now": the source tries to reconnect at once."""
        if self.source is not None:
            self.source.retry_now()

    def set_link_state(self, which: str, up: bool, since_ms: int | None = None, why: str = "") -> None:
        """A link (desktop.ui.links.SERVER, O2G_CHANNEL, PBX) went down or came back: see
        Session.set_link_state. The server link follows the source's connection by itself."""
        self.session.set_link_state(which, up, since_ms, why)

    async def _command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        if self.source is None:
            raise Refused("NO_SOURCE", "not connected to anything")
        return await self.source.command(login, action, call_ref=call_ref, device_id=device_id, args=args)

    # --- status -----------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _history_failed(self, text: str) -> None:
        """Shown once; the window goes on without recording."""
        self.history_dock.show_error(text)
        self.show_message(text)

    def _show_stats(self, s: dict) -> None:
        label = self.stats_label
        label.setText(
            self.tr("%1 ev/s · %2 events · %3 rejected · %4 gaps").replace("%1", number(round(s["events_per_s"])))
            .replace("%2", number(s["total"])).replace("%3", number(s["rejected"])).replace("%4", number(s["gaps"]))
        )
        # Grows but never shrinks: a narrower count would move the status bar's other labels.
        width = label.sizeHint().width()
        if width > label.minimumWidth():
            label.setMinimumWidth(width)

    def catch_up(self) -> None:
        """Show now what the window's own paces hold back a moment (the queue, the groups'
        counts, the status bar's stats): a screenshot or a test, with no timer running."""
        self.queue.catch_up()
        self.presence.update_counts()
        self._stats_soon.stop()
        self._show_stats(self.session.stats())

    def _refreshed(self, dirty) -> None:
        # After a rebuild (seek backwards) the selection is gone: put it back on the same login.
        wanted = self.calls.selected
        if wanted and self.presence.current_login() != wanted:
            self.presence.select(wanted)
        if not self._stats_soon.isActive():
            self._stats_soon.start()

    # --- menus ------------------------------------------------------------------------

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(self.tr("&Open trace…"), self.open_trace_dialog, "Ctrl+O")
        file.addAction(self.tr("&Save the log's events as JSONL…"), self.save_events_dialog, "Ctrl+S")
        file.addAction(self.tr("&Connect to a server…"), self.connect_dialog, "Ctrl+K")
        file.addAction(self.tr("Built-in &simulator"), self.open_simulator)
        file.addSeparator()
        preferences = file.addAction(self.tr("Se&ttings…"), self.settings_dialog, QKeySequence(QKeySequence.Preferences) if not QKeySequence(QKeySequence.Preferences).isEmpty() else "Ctrl+,")
        preferences.setMenuRole(QAction.PreferencesRole)
        file.addSeparator()
        file.addAction(self.tr("&Quit"), self.close, "Ctrl+Q")
        line = self.menuBar().addMenu(self.tr("&Line"))
        line.addAction(self.tr("Set &my line…"), self.ask_my_line)
        line.addAction(self.tr("My line = &selected user"), lambda: self.set_my_line(self.presence.current_login()))
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.log_dock.toggleViewAction())
        view.addAction(self.history_dock.toggleViewAction())
        self.queue_action = view.addAction(self.tr("&Waiting calls"))
        self.queue_action.setCheckable(True)
        self.queue_action.toggled.connect(self.show_queue)
        self.queue_action.setChecked(str(settings().value("queueShown", "true")).lower() != "false")
        self.queue.setVisible(self.queue_action.isChecked())
        view.addSeparator()
        density = view.addMenu(self.tr("Lamp &density"))
        self.density_actions = {}
        group = QActionGroup(self)
        for name, label in self.presence.density_labels():
            action = density.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == self.presence.density)
            action.triggered.connect(lambda checked, name=name: self.set_density(name))
            group.addAction(action)
            self.density_actions[name] = action
        self.presence.density_changed.connect(self._density_changed)
        self.set_density(str(settings().value("lampDensity") or self.presence.density))
        self._groups_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addAction(self.tr("&About %s") % APP_NAME, self.show_about)

    def _groups_menu(self) -> None:
        groups = self.menuBar().addMenu(self.tr("&Groups"))
        presence = self.presence
        groups.addAction(self.tr("&New group…"), presence.new_group, "Ctrl+G")
        groups.addAction(self.tr("Add selected to new group…"), lambda: presence.new_group([presence.current_login()] if presence.current_login() else []))
        groups.addAction(self.tr("&Favourite: add or remove the selected user"), lambda: presence.toggle_favourite(presence.current_login()), "Ctrl+D")
        groups.addAction(self.tr("&Rename this group…"), lambda: presence.rename_group(presence.current_group()))
        groups.addAction(self.tr("&Delete this group…"), lambda: presence.delete_group(presence.current_group()))
        groups.addSeparator()
        everywhere = groups.addAction(self.tr("&Search all groups"))
        everywhere.setCheckable(True)
        everywhere.toggled.connect(presence.everywhere.setChecked)
        presence.everywhere.toggled.connect(everywhere.setChecked)
        shown_as = groups.addMenu(self.tr("Show groups as"))
        self.groups_mode_actions = {}
        modes = QActionGroup(self)
        for mode, label in ((TABS, self.tr("&Tabs")), (SECTIONS, self.tr("&Collapsible sections"))):
            action = shown_as.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda checked, mode=mode: self.set_groups_shown_as(mode))
            modes.addAction(action)
            self.groups_mode_actions[mode] = action
        groups.addSeparator()
        groups.addAction(self.tr("&Import groups…"), self.import_groups)
        groups.addAction(self.tr("&Export groups…"), self.export_groups)
        self.set_groups_shown_as(str(settings().value("groupsShownAs") or TABS))
        presence.show_group(str(settings().value("lampGroup") or ALL))
        if presence.book.load_error:
            self.show_message(presence.book.load_error)

    def set_groups_shown_as(self, mode: str) -> None:
        """Groups as tabs or as collapsible sections (group_chooser.MODES), remembered."""
        self.presence.set_groups_shown_as(mode)
        mode = self.presence.chooser.mode
        settings().setValue("groupsShownAs", mode)
        self.groups_mode_actions[mode].setChecked(True)

    def import_groups(self) -> None:
        """Groups ▸ Import: a colleague's file joins mine (same names replaced)."""
        path = self.calls.asker.open_path(self, self.tr("Import groups"), self.tr("Groups (*.json)"))
        if path:
            why = self.presence.book.import_from(Path(path))
            self.show_message(why or self.tr("Groups imported from %s") % path)

    def export_groups(self) -> None:
        path = self.calls.asker.save_path(self, self.tr("Export groups"), "groups.json", self.tr("Groups (*.json)"))
        if path:
            why = self.presence.book.export_to(Path(path))
            self.show_message(why or self.tr("Groups exported to %s") % path)

    def settings_dialog(self) -> None:
        """File > Settings…: the language and the start source (next start), the rest at once."""
        from desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings(), self.calls.my_line, self, density=self.presence.density)
        self.settings_shown = dialog  # tests reach the open dialog here
        if dialog.exec():
            chosen = dialog.save()
            self.queue.set_thresholds(queue_settings.read(settings()))
            self.set_density(chosen["lampDensity"])
            self.history.set_retention(retention_from(settings()))
            self.ring.settings_changed()
            if (chosen["myLine"] or None) != self.calls.my_line:
                self.set_my_line(chosen["myLine"] or None)

    def show_queue(self, shown: bool) -> None:
        """View ▸ Waiting calls: the queue above the calls panel, or not (remembered)."""
        self.queue.setVisible(shown)
        settings().setValue("queueShown", bool(shown))
        if self.queue_action.isChecked() != shown:
            self.queue_action.setChecked(shown)

    def set_density(self, density: str) -> None:
        """Lamps at `density` (see lamp_grid.DENSITIES), remembered for the next start."""
        self.presence.set_density(density)

    def _density_changed(self, density: str) -> None:
        settings().setValue("lampDensity", density)
        action = self.density_actions.get(density)
        if action is not None:
            action.setChecked(True)
        self.calls.set_slim(density != COMFORTABLE)
        total = sum(self.split.sizes()) or self.split.width()
        width = CALLS_WIDTH if density == COMFORTABLE else SLIM_CALLS_WIDTH
        if total > 2 * width:
            self.split.setSizes([total - width, width])
        if density != COMFORTABLE:
            docks = [d for d in (self.log_dock, self.history_dock) if d.isVisible()]
            if docks:
                self.resizeDocks(docks, [DENSE_DOCK_HEIGHT] * len(docks), Qt.Vertical)

    def show_shortcuts(self):
        from desktop.ui.dialogs.shortcuts_dialog import show_shortcuts

        return show_shortcuts(self)

    def show_about(self):
        from desktop.ui.dialogs.about_dialog import show_about

        return show_about(self)

    on_open_source = None  # set by app.py: callable(Source), which stops the old one and starts it

    def _open(self, source: Source) -> None:
        if self.on_open_source is not None:
            self.on_open_source(source)
        else:
            self.use_source(source)

    def connect_dialog(self) -> None:
        last = str(settings().value("lastSource") or "")
        dialog = ConnectDialog(last.removeprefix("ws:") if last.startswith("ws:") else "", self)
        if dialog.exec():
            self.connect_to(*dialog.values())

    def _connection_changed(self, text: str) -> None:
        self.connection_label.setText(connection_words(text))
        source = self.source
        if source is None or source.login_refused is None or source is self._refusal_shown:
            return
        # Refused for good (the token, the login): say it plainly, and for a server of
        # docs/protocol.md open the Connect dialog at once, to enter another token.
        self._refusal_shown = source
        if source.kind == "websocket":  # a server of docs/protocol.md
            self.show_message(self.tr("The server refused the token: enter another one"))
            self.refusal_dialog = ConnectDialog(source.url, self)
            self.refusal_dialog.error.setText(self.tr("the server refused the token"))
            self.refusal_dialog.token.setFocus()
            self.refusal_dialog.accepted.connect(lambda d=self.refusal_dialog: self.connect_to(*d.values()))
            self.refusal_dialog.open()  # not exec(): the event loop keeps running under it
        else:
            self.show_message(self.tr("Login refused: check the login and its password"))

    def connect_to(self, url: str, token: str | None = None) -> None:
        from desktop.sources.websocket import WebSocketSource  # (after the window is shown: websockets takes ~40 ms)

        try:
            source = WebSocketSource(url, token=token)
        except ValueError as exc:
            self.show_message(self.tr("Connect: %s") % exc)
            return
        settings().setValue("lastSource", f"ws:{without_credentials(url)}")  # no token, even one in the URL
        self._open(source)

    def open_simulator(self) -> None:
        from desktop.sources.embedded import EmbeddedSimulator

        settings().setValue("lastSource", "simulator")
        self._open(EmbeddedSimulator(my_line=self.calls.my_line or "oxe70020"))

    def open_trace_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open trace"), "", self.tr("JSON Lines (*.jsonl);;All files (*)"))
        if path:
            self.open_trace(path)

    def open_trace(self, path: str) -> None:
        try:
            source = ReplaySource.from_file(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Open trace"), self.tr("Cannot open %1: %2").replace("%1", path).replace("%2", str(exc.strerror or exc)))
            return
        settings().setValue("lastSource", f"replay:{path}")
        self._open(source)
        bad, first = source.unreadable()
        if bad:  # said at once, not discovered as "0/3" after pressing Play
            self.statusBar().showMessage(
                self.tr("%s: %d of %d lines are not events and will be skipped (%s)") % (Path(path).name, bad, len(source.cursor), first),
                30_000,
            )

    def save_events_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.save_caption(), "session.jsonl", self.tr("JSON Lines (*.jsonl)"))
        if path:
            self.save_events(path)

    def save_caption(self) -> str:
        """Says before saving whether the file will hold everything: the log is a bounded ring."""
        log = self.session.log
        held, received = log.held(), self.session.received()
        if received <= held:
            return self.tr("Save all %1 events received").replace("%1", number(held))
        return self.tr("Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)").format(
            held=number(held), entries=number(log.capacity), mib=log.max_bytes >> 20, gone=number(received - held))

    def save_events(self, path: str) -> int:
        """The events the log holds (the last 50,000 at most), as received, one per line."""
        self.session.flush()  # events of the current frame count too
        entries = self.session.log.entries()
        try:
            with open(path, "wb") as out:
                for e in entries:
                    out.write(e.jsonl() + b"\n")
        except OSError as exc:
            self.show_message(self.tr("Could not save %1: %2").replace("%1", Path(path).name).replace("%2", str(exc.strerror or exc)))
            return 0
        self.show_message(self.tr("Saved %n event(s) to %1", "", len(entries)).replace("%1", Path(path).name))
        return len(entries)

    def ask_my_line(self) -> None:
        """Line > Set my line: a login from the directory; another one only once confirmed (a
        typo would silently watch a line nobody has)."""
        logins = self.session.users.logins()
        asker = self.calls.asker
        login = asker.pick_or_type(self, self.tr("My line"), self.tr("Login:"), logins)
        if login is None:
            return
        if login and login not in logins:
            question = self.tr("%s is not in the directory of %s. Watch it as my line anyway?") % (
                login, self.source.description if self.source is not None else self.tr("this source"))
            if not asker.confirm(self, self.tr("My line"), question):
                self.show_message(self.tr("My line unchanged: %s is not in the directory") % login)
                return
        self.set_my_line(login or None)

    def edit_routing(self, login: str) -> None:
        """A lamp menu's "Forward or DND…": their card in the calls panel, its routing editor focused."""
        if login != self.calls.my_line:
            self.presence.select(login)
        editor = self.calls.routing_editors.get(login)
        if editor is not None:
            self.calls.scroll_to(editor)
            editor.destination.setFocus(Qt.OtherFocusReason)

    def set_my_line(self, login: str | None) -> None:
        self.calls.set_my_line(login)
        self.queue.refresh_actions()  # "Pick up" needs my line
        settings().setValue("myLine", login or "")
        if self.source is not None:
            self.source.follow_my_line(login)

    # --- layout persistence -----------------------------------------------------------

    def restore_layout(self) -> None:
        s = settings()
        geometry, state, split = s.value("geometry"), s.value("windowState"), s.value("split")
        column = s.value("callsColumn")
        if column is not None:
            self.column_split.restoreState(column)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if split is not None:
            self.split.restoreState(split)

    def closeEvent(self, event) -> None:
        s = settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("split", self.split.saveState())
        s.setValue("callsColumn", self.column_split.saveState())
        self.session.detach()  # the source may be stopped after the window is gone
        self.history.close()
        super().closeEvent(event)
