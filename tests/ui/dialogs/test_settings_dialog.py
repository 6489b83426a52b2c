"""File > Settings…: reachable from the keyboard, stored in QSettings, the look applied at once."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui import appearance, i18n
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import settings


def _settings_action(window):
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    (action,) = [a for a in menu.actions() if "Se&ttings" in a.text()]
    return action


def test_settings_are_in_the_file_menu_with_the_preferences_key(window):
    action = _settings_action(window)
    wanted = QKeySequence(QKeySequence.Preferences)
    assert action.shortcut() == (wanted if not wanted.isEmpty() else QKeySequence("Ctrl+,"))


def test_choices_are_stored_and_my_line_and_the_look_apply_at_once(window, qtbot, qapp):
    window.set_my_line("oxe70020")

    def choose():
        dialog = window.settings_shown
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.look.setCurrentIndex(dialog.look.findData(appearance.DARK))
        dialog.my_line.setText("oxe70021")
        assert "next start" in dialog.language.accessibleDescription()  # said, not silently ignored
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, choose)
    _settings_action(window).trigger()  # exec() returns once choose() pressed OK
    try:
        s = settings()
        assert s.value(i18n.SETTING) == "de" and s.value(appearance.SETTING) == appearance.DARK
        assert window.calls.my_line == "oxe70021" and s.value("myLine") == "oxe70021"
        assert appearance.is_dark(qapp.palette())
    finally:
        appearance.apply(qapp, appearance.LIGHT)
    assert not appearance.is_dark(qapp.palette())


def test_the_dialog_opens_on_the_stored_choices(qtbot):
    s = settings()
    s.setValue(i18n.SETTING, "es")
    s.setValue(appearance.SETTING, appearance.LIGHT)
    dialog = SettingsDialog(s, "oxe70022")
    qtbot.addWidget(dialog)
    assert dialog.values() == {i18n.SETTING: "es", appearance.SETTING: appearance.LIGHT, "myLine": "oxe70022"}
    # Keyboard: each field has a label whose mnemonic reaches it.
    labels = [w for w in dialog.findChildren(type(dialog.restart_note)) if w.buddy() is not None]
    assert {w.buddy() for w in labels} == {
        dialog.language, dialog.look, dialog.density, dialog.my_line, *dialog.queue.boxes.values(),
        dialog.start.kind, dialog.start.url, dialog.start.user, dialog.history.days, dialog.history.rows,
    }


def test_the_queue_thresholds_are_stored_and_apply_at_once(window, qtbot):
    from desktop.ui.dialogs.queue_settings import HELD_ALERT, RINGING_ALERT

    assert (window.queue.ringing.threshold_s, window.queue.held.threshold_s) == (20, 60)  # the defaults

    def choose():
        dialog = window.settings_shown
        assert dialog.queue.boxes[RINGING_ALERT].value() == 20
        dialog.queue.boxes[RINGING_ALERT].setValue(7)
        dialog.queue.boxes[HELD_ALERT].setValue(90)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, choose)
    _settings_action(window).trigger()
    assert int(settings().value(RINGING_ALERT)) == 7 and int(settings().value(HELD_ALERT)) == 90
    assert (window.queue.ringing.threshold_s, window.queue.held.threshold_s) == (7, 90)


def test_the_system_language_is_the_default(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.chosen("") == "fr" and i18n.chosen(None) == "fr"
    assert i18n.chosen("de") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.chosen("") == "en"
