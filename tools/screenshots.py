"""Render the window offscreen into docs/screenshots/: telling moments of the seed replays, and
the presence panel with 2,000 users in every line state, and a smaller crowd the moment its
connection was lost.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR] [NAME...]
(names: only those pictures, e.g. 12-queue-2000.png; `make screenshots ONLY=...` passes them)

The crowd is made by the simulator's engine (makeCall, answer, hold, merge... as a live PBX
would be driven) and its events go through the window's real session, as a live source
delivers them; nothing pokes the model.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CTI_HISTORY_DB"] = ":memory:"  # the pictures' calls are nobody's history

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import resources  # noqa: E402
from desktop.simulator.engine import Directory, Engine, Service, Subscriber  # noqa: E402
from desktop.protocol.wire import Refused  # noqa: E402
from desktop.sources.base import Source  # noqa: E402
from desktop.sources.replay import ReplaySource  # noqa: E402
from desktop.ui import appearance, i18n  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)

# (file name, seed flow, position in the trace, selected user)
SHOTS = [
    ("01-ringing.png", 1, 5, "oxe70021"),
    ("02-active-and-held.png", 2, 19, "oxe70021"),
    ("03-conference.png", 4, 20, "oxe70022"),
    ("04-redirected.png", 6, 8, "oxe70021"),
]
CROWD = ("05-presence-2000-users.png", 2000)
HISTORY = "06-history.png"  # the crowd's History dock, missed calls only
LOST = ("07-connection-lost.png", 300)
# The same 2,000 users at the dense lamp views (issue 14): compact at the default size, the wall
# on a 1920x1080 wallboard.
DENSE = (("08-density-compact-2000.png", "compact", (1280, 800)), ("09-density-wall-2000.png", "wall", (1920, 1080)))
FRENCH = ("10-french.png", 2, 19, "oxe70021")
QUEUE = "12-queue-2000.png"  # the waiting-calls queue (issue 14) over the same 2,000 users
DARK = ("11-dark.png", 4, 20, "oxe70022")
HIGH_CONTRAST = ("13-high-contrast-300.png", 300)  # every line state at once, in the high-contrast look
# Groups (issue 14): the crowd's departments and a receptionist's own groups, as tabs and as sections.
GROUPS = (("14-groups-tabs-2000.png", "tabs"), ("15-groups-sections-2000.png", "sections"))
DEPARTMENTS = ("Sales", "Support", "Accounts", "Front desk", "Logistics", "Engineering", "Legal", "Facilities")

FIRST = (
    "Anna", "Bruno", "Chloé", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin",
    "Luca", "Mei", "Nadia", "Olivier", "Paula", "Quentin", "Rosa", "Samir", "Tessa", "Ugo", "Vera",
    "Wen", "Xavier", "Yasmin", "Zoltan", "Maximilian", "Anne-Sophie", "Jean-Baptiste", "Bo", "Amara",
    "Benedikt", "Carmen", "Dario", "Esther", "Fatou", "Gustav", "Hana", "Igor", "Joana", "Kenji",
    "Leila", "Mateo", "Noor", "Oskar", "Pia", "Rafael", "Sofia", "Tariq", "Ulla",
)
LAST = (
    "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Nguyen", "Fischer", "Rossi",
    "García", "Kowalski", "Novák", "Jansen", "Silva", "Yilmaz", "Costa", "Berg", "Weber", "Kim",
    "Okafor", "Haddad", "Schmidt-Rottluff", "Papadopoulos", "Van der Westhuizen", "Li", "Roux",
    "Oberhollenzer", "Fontaine", "Mercier", "Andersson", "Bauer", "Castillo", "Dahl", "Eriksen",
    "Ferrari", "Girard", "Hoffmann", "Ivanova", "Jovanović", "Keller", "Lindqvist", "Mendes",
    "Nowak", "Oliveira", "Petit",
)


def open_window(app: QApplication, my_line: str | None) -> MainWindow:
    window = MainWindow(my_line=my_line)
    window.resize(*SIZE)
    window.show()
    return window


def save(app: QApplication, window: MainWindow, out: Path) -> None:
    window.session.flush()
    # What the window shows within a second, shown now: no timer runs between here and the grab.
    window.catch_up()
    for _ in range(3):  # relayouts posted by the last round (status bar labels) need another
        app.processEvents()
    window.grab().save(str(out))
    window.close()
    print(out, f"{out.stat().st_size // 1024} KB")


def shot(app: QApplication, out: Path, flow: int, position: int, login: str) -> None:
    window = open_window(app, "oxe70020")
    window.set_density("comfortable")  # not the density an earlier picture left in the settings
    (trace,) = (resources.root() / "scenarios").glob(f"{flow:02d}-*.jsonl")
    source = ReplaySource.from_file(trace)
    window.use_source(source)
    source.seek(position)
    window.session.flush()
    window.presence.select(login)
    save(app, window, out)


class ScriptedSource(Source):
    """Delivers what the script gives it, on the script's clock (so times in state differ)."""

    kind = "simulated OXE"

    def __init__(self, clock: list[int], users: int):
        super().__init__()
        self.clock = clock
        self.users = users

    @property
    def description(self) -> str:
        return f"simulated OXE · {self.users:,} users"

    async def start(self) -> None:
        self.sink.state("connected")

    async def stop(self) -> None:
        pass

    async def command(self, login, action, call_ref=None, device_id=None, args=None) -> dict:
        raise Refused("SCREENSHOT", "a screenshot is not live")

    def now_ms(self) -> int:
        return self.clock[0]


def crowd_directory(count: int, rng: random.Random) -> Directory:
    directory = Directory()
    directory.add_service(Service("887", "SERVICE_VOICEMAIL"))
    names = rng.sample([(f, l) for f in FIRST for l in LAST], count)  # no two alike
    for index, (first, last) in enumerate(names):
        number = str(72000 + index)
        department = DEPARTMENTS[index * 7 % len(DEPARTMENTS)] if index % 11 else None  # a few have none
        directory.add_user(Subscriber(f"oxe{number}", number, [number], first, last, f"{first} {last}", department=department))
    return directory


def crowd_shot(app: QApplication, out: Path, count: int, lost: bool = False, history: Path | None = None, density: str | None = None, size=None, queue: bool = False, groups: str | None = None) -> None:
    rng = random.Random(2000)
    directory = crowd_directory(count, rng)
    start = 1_735_725_600_000  # any fixed moment: the picture does not depend on today
    clock = [start]
    engine = Engine(directory, clock=lambda: clock[0])
    source = ScriptedSource(clock, count)
    logins = list(directory.users)
    free = logins[:]
    rng.shuffle(free)
    mine = free.pop()  # my line gets a call ringing: the banner shows
    # The selected user (a held call and a consultation) sorts first by name, so the grid
    # shows its top rows, a fair sample of everyone, rather than one first name's.
    chosen = min(free, key=lambda login: directory.users[login].display_name)
    free.remove(chosen)
    window = open_window(app, mine)
    if size is not None:
        window.resize(*size)
    if density is not None:
        window.set_density(density)
    window.use_source(source)
    window.session.state("connected")
    session = window.session
    session.directory([u.public() for u in directory.users.values()])

    def run(login: str, action: str, call_ref: str | None = None, **args) -> str | None:
        result = engine.command(login, action, call_ref, args=args or None)
        session.events(result.events)
        return result.result.get("callRef")

    def call(a: str, b: str) -> str:
        return run(a, "makeCall", callee=directory.users[b].number)

    def take(k: int) -> list[str]:
        got, free[:] = free[:k], free[k:]
        return got

    # Subscribing: every user's snapshot, except a few the PBX says nothing about (unknown).
    silent = set(take(count // 50))
    session.events([e for login in logins if login not in silent for e in engine.snapshot(login)])
    session.flush()

    def later(seconds: int) -> None:
        clock[0] += seconds * 1000
        session.flush()  # each phase stamps its lamps' time in state at its own moment

    for minutes in (1, 3, 6, 9, 12):
        later(minutes * 60 - (clock[0] - start) // 1000)
        for a, b in zip(*[iter(take(count // 20))] * 2):  # talking
            run(b, "answer", call(a, b))
        for a, b in zip(*[iter(take(count // 80))] * 2):  # one holds the other
            ref = call(a, b)
            run(b, "answer", ref)
            run(a, "hold", ref)
        for a, b, c in zip(*[iter(take(count // 100))] * 3):  # conferences
            ref = call(a, b)
            run(b, "answer", ref)
            consult = call(a, c)
            run(c, "answer", consult)
            run(a, "merge", consult, heldCallRef=ref)
        for a, b in zip(*[iter(take(count // 200))] * 2):  # not answered: missed calls, voicemail
            session.events(engine.no_answer(call(a, b)))
    later(14 * 60 + 30 - (clock[0] - start) // 1000)
    if queue:
        # The queue's picture: calls coming in a few seconds apart, so that the longest waiting
        # are past the 20 s highlight and the newest are not; some callees forward an unanswered
        # call to voicemail or overflow it to a colleague, which the queue says.
        ringing = take(20)
        for i, (a, b) in enumerate(zip(ringing[::2], ringing[1::2])):
            if i % 3 == 0:
                run(b, "forward", condition="NO_ANSWER", destination="VOICEMAIL")
            elif i % 3 == 1:
                run(b, "overflow", condition="NO_ANSWER", destination=directory.users[ringing[0]].number)
            call(a, b)
            later(4)
    else:
        for a, b in zip(*[iter(take(count // 30))] * 2):  # ringing now (their callers are dialing)
            call(a, b)
    a, c = take(2)
    run(a, "answer", call(chosen, a))
    run(c, "answer", call(chosen, c))  # a consultation: the first call is held meanwhile
    call(take(1)[0], mine)
    clock[0] += 2_000 if queue else 40_000  # the queue's newest calls just in; the others' 40 s later
    session.flush()
    window.presence.select(chosen)
    window.history.refresh()
    if history is not None:
        docks = window.saveState()  # the main picture after this one: the docks as they were
        window.history_dock.raise_()
        window.history_dock.missed.setChecked(True)
        window.resizeDocks([window.history_dock], [330], Qt.Vertical)
        # A lamp with its missed-call badge in view: the newest missed call's user, selected.
        first = window.history.model.record(0)
        if first is not None:
            window.presence.select(first.login)
            window.presence.grid.scrollTo(window.presence.grid.currentIndex(), QAbstractItemView.PositionAtCenter)
            window.history_dock.table.selectRow(0)  # Call back and Acknowledge enabled
        session.flush()
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(history))
        print(history, f"{history.stat().st_size // 1024} KB")
        window.history_dock.missed.setChecked(False)
        window.restoreState(docks)
        window.log_dock.raise_()
        window.presence.select(chosen)  # back to the held call and its consultation
        window.presence.grid.scrollTo(window.presence.grid.currentIndex())
    if queue:  # the queue given more room, as a receptionist drags its splitter
        column = window.column_split
        column.setSizes([310, sum(column.sizes()) - 310])
    if groups is not None:
        own_groups(window, directory, rng, groups)
    if lost:  # what a WebSocket source says when its server goes: the window greys everything
        session.state("reconnecting in 4.0 s (connection refused)")
    save(app, window, out)


def own_groups(window: MainWindow, directory: Directory, rng: random.Random, shown_as: str) -> None:
    """A receptionist's favourites and two groups of their own beside the departments; one open."""
    presence, book = window.presence, window.presence.book
    logins = sorted(directory.users)
    for name, size in (("Reception team", 24), ("Board", 9)):
        if book.groups.find(name) is None:
            book.create(name)
        book.add(f"group:{name}", rng.sample(logins, size))
    book.add("favourites", rng.sample(logins, 12))
    presence._directory_changed()
    presence.update_counts()
    window.set_groups_shown_as(shown_as)
    presence.show_group("group:Reception team" if shown_as == "tabs" else "department:Sales")
    presence.update_counts()


def isolate_settings(prefix: str) -> str:
    """Every QSettings from now on in a throwaway folder, never the user's own; its path."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix=prefix)
    os.environ["CTI_GROUPS_FILE"] = os.path.join(folder, "groups.json")  # nor the user's groups
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        for scope in (QSettings.UserScope, QSettings.SystemScope):
            QSettings.setPath(fmt, scope, folder)
    return folder


def main(argv: list[str]) -> int:
    """argv: [OUTDIR] [NAME...]; with names, only those pictures are made (the others untouched)."""
    # The pictures' windows save their layout and density on closing: into a throwaway folder,
    # never the user's own settings.
    isolate_settings("cti-screenshots-settings-")
    outdir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    only = set(argv[1:])
    wanted = lambda name: not only or name in only  # noqa: E731
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    cache = ROOT / "build" / "translations"  # .qm compiled for the run (never committed)
    i18n.install(app, "en", cache)
    appearance.apply(app, appearance.LIGHT)
    for name, flow, position, login in SHOTS:
        if wanted(name):
            shot(app, outdir / name, flow, position, login)
    if wanted(CROWD[0]) or wanted(HISTORY):
        crowd_shot(app, outdir / CROWD[0], CROWD[1], history=outdir / HISTORY)
    if wanted(LOST[0]):
        crowd_shot(app, outdir / LOST[0], LOST[1], lost=True)
    for name, density, size in DENSE:
        if wanted(name):
            crowd_shot(app, outdir / name, CROWD[1], density=density, size=size)
    if wanted(QUEUE):
        crowd_shot(app, outdir / QUEUE, CROWD[1], density="comfortable", queue=True)  # whatever the last shot left
    # The same window in French, and in the dark look (desktop/ui/i18n.py, appearance.py).
    if wanted(FRENCH[0]):
        i18n.install(app, "fr", cache)
        shot(app, outdir / FRENCH[0], *FRENCH[1:])
        i18n.install(app, "en", cache)
    if wanted(DARK[0]):
        appearance.apply(app, appearance.DARK)
        shot(app, outdir / DARK[0], *DARK[1:])
        appearance.apply(app, appearance.LIGHT)
    if wanted(HIGH_CONTRAST[0]):
        appearance.apply(app, appearance.HIGH_CONTRAST)
        crowd_shot(app, outdir / HIGH_CONTRAST[0], HIGH_CONTRAST[1], density="comfortable")
        appearance.apply(app, appearance.LIGHT)
    # Last: their groups and the way they are shown stay in the run's settings for any shot after.
    for name, shown_as in GROUPS:
        if wanted(name):
            crowd_shot(app, outdir / name, CROWD[1], density="compact" if shown_as == "tabs" else "comfortable", groups=shown_as)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
