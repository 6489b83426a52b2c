"""The window in French, German and Spanish: every visible string translated, nothing elided.

Each language is installed as the window installs it (desktop.ui.i18n: our .qm compiled from
resources/translations, Qt's qtbase), the main window, its menus and dialogs are built, and
every string a user sees is compared with the English sources of the .ts file: a string equal to
a source whose translation differs was left in English."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.dialogs.connect_dialog import ConnectDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import MainWindow, settings
from tests.ui.conftest import TRANSLATIONS_CACHE, Asker
from tests.ui.helpers import feed

LANGS = ("fr", "de", "es")


@pytest.fixture
def speak(qapp):
    def use(lang):
        assert i18n.install(qapp, lang, TRANSLATIONS_CACHE) == lang

    yield use
    i18n.install(qapp, "en", TRANSLATIONS_CACHE)


def translated_sources(lang: str) -> dict[str, str]:
    """English source -> translation, for the messages whose translation is not the source."""
    out = {}
    for message in ET.parse(i18n.ts_path(lang)).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if message.get("numerus") == "yes" or translation.get("type") in ("vanished", "obsolete"):
            continue
        if (translation.text or "") != source:
            out[source] = translation.text or ""
    return out


def test_every_message_of_every_language_is_translated():
    for lang in LANGS:
        unfinished = [
            m.findtext("source") for m in ET.parse(i18n.ts_path(lang)).getroot().iter("message")
            if m.find("translation").get("type") == "unfinished"
        ]
        assert unfinished == [], f"{lang}: {unfinished}"


def _menu_strings(menu: QMenu):
    for action in menu.actions():
        if action.text():
            yield action.text()
        if action.menu() is not None:
            yield from _menu_strings(action.menu())


def visible_strings(root: QWidget) -> list[str]:
    """Every string a user sees or hears in `root`: titles, texts, placeholders, items, tooltips
    and accessible names."""
    out = [root.windowTitle()]
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            out.append(action.text())
            out += list(_menu_strings(action.menu()))
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QDockWidget):
            out.append(w.windowTitle())
        if isinstance(w, QTabBar):  # the groups' and the queue's tabs, with their tooltips
            out += [t for i in range(w.count()) for t in (w.tabText(i), w.tabToolTip(i))]
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
    for view in root.findChildren(QWidget):
        model = getattr(view, "model", None)
        if callable(model) and model() is not None and hasattr(model(), "headerData"):
            out += [model().headerData(c, Qt.Horizontal) or "" for c in range(model().columnCount())]
    return [s for s in out if isinstance(s, str) and s.strip()]


def _window(qtbot):
    window = MainWindow(my_line="oxe70020", asker=Asker())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    feed(window, 1, 6)  # 70020 talking with 70021: a card with its buttons
    window.presence.select("oxe70020")
    window.presence.update_counts()  # the groups' tabs say their counts (and their tooltips)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("lang", LANGS)
def test_no_visible_string_is_left_in_english(lang, speak, qtbot):
    speak(lang)
    english = translated_sources(lang)
    window = _window(qtbot)
    dialogs = [SettingsDialog(settings(), "oxe70020", window), ConnectDialog("", window)]
    shown = visible_strings(window) + [s for d in dialogs for s in visible_strings(d)]
    left = sorted({s for s in shown if s in english})
    assert left == [], f"{lang}: still English: {left}"
    assert any(english[s] in shown for s in ("&File", "Hang up", "Lamps")), "nothing was translated at all"
    # Qt's own words (dialog buttons) come from Qt's translations of the same language.
    cancel = dialogs[0].findChild(QDialogButtonBox).button(QDialogButtonBox.Cancel).text()
    assert cancel.replace("&", "") != "Cancel", cancel
    for d in dialogs:
        d.deleteLater()


def test_numbers_and_plurals_follow_the_language(speak, qtbot):
    from desktop.ui.words import number, spoken_duration

    speak("de")
    assert number(10000) == QLocale("de").toString(10000) == "10.000"
    assert spoken_duration(60_000) == "1 Minute" and spoken_duration(180_000) == "3 Minuten"
    speak("fr")
    assert spoken_duration(1_000) == "1 seconde" and spoken_duration(5_000) == "5 secondes"
    speak("en")
    assert spoken_duration(60_000) == "1 minute" and spoken_duration(180_000) == "3 minutes"


def _label(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.mark.parametrize("lang", ("en",) + LANGS)
def test_no_button_text_is_elided_at_1280_by_800(lang, speak, qtbot):
    speak(lang)
    window = _window(qtbot)
    squeezed = []
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible() and _label(b)]
    assert len(buttons) >= 5
    for b in buttons:
        text_width = b.fontMetrics().horizontalAdvance(_label(b))
        icon = b.iconSize().width() + 4 if not b.icon().isNull() else 0
        if text_width + icon > b.width() or (isinstance(b, QPushButton) and b.width() < b.sizeHint().width()):
            squeezed.append(f"{_label(b)!r}: {text_width + icon} px in {b.width()}")
    assert squeezed == [], f"{lang}: {squeezed}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_lamp_menu_speaks_the_language(lang, speak, qtbot):
    from PySide6.QtCore import QPoint

    speak(lang)
    english = translated_sources(lang)
    window = _window(qtbot)
    menu = window.calls.lamp_menu("oxe70021", QPoint(0, 0), window)
    shown = [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()] + [menu.accessibleName()]
    assert menu.actions() and all(a.isEnabled() for a in menu.actions()), shown  # at 6 events: my call to them offers a call back
    words = {w for s in shown for w in english if len(w) > 12 and w.replace("%1", "").replace("%s", "") in s}
    assert not words, f"{lang}: still English: {words} in {shown}"
    menu.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_slim_calls_panel_fits_in_every_language(lang, speak, qtbot):
    speak(lang)
    window = _window(qtbot)
    feed(window, 2, 19)  # my line holding a call, the selected user in two: the column scrolls
    window.presence.select("oxe70021")
    window.set_density("wall")
    QApplication.processEvents()
    assert window.calls.scroll_area.verticalScrollBar().isVisible()
    area = window.calls.scroll_area
    assert window.calls.routing_editors and window.calls.cards
    assert area.widget().width() <= area.viewport().width(), lang
    assert not area.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("lang", LANGS)
def test_the_groups_speak_the_language(lang, speak, qtbot):
    """The groups' words come from a part mixed into the presence panel (presence_groups.py):
    they must be looked up where lupdate put them."""
    speak(lang)
    english = translated_sources(lang)
    window = _window(qtbot)
    said = []
    window.presence.message.connect(said.append)
    window.presence.toggle_favourite(None)
    assert said and said[0] == english["Select a lamp first"]
    tip = window.presence.chooser.tabs.tabToolTip(0)
    assert tip and english["Drag lamps here to add them; right click to rename or delete"] in tip
