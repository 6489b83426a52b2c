"""Settings ▸ General's density, ▸ Calls' notifications and ring sound, ▸ Start and history's
retention and start source: stored in QSettings, applied at once where they can be."""

import asyncio

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop.history.store import DAYS_ENV, Retention
from desktop.ui.main_window import settings
from desktop.ui.widgets.ring_notice import BANNER, SOUND, SOUND_NAME
from tests.ui.dialogs.test_settings_dialog import _settings_action
from tests.ui.live import Live, open_window


def _in_dialog(window, act):
    """Open File ▸ Settings…, let `act(dialog)` fill it in, and press OK."""
    def fill():
        dialog = window.settings_shown
        act(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        if dialog.isVisible():  # refused: the test sees why, then closes it
            window.refused_with = dialog.start.error.text()
            dialog.reject()

    QTimer.singleShot(0, fill)
    _settings_action(window).trigger()


def test_density_in_settings_is_the_view_menus(window):
    assert window.presence.density == "comfortable"
    _in_dialog(window, lambda d: d.density.setCurrentIndex(d.density.findData("wall")))
    assert window.presence.density == "wall" and settings().value("lampDensity") == "wall"
    assert window.density_actions["wall"].isChecked()
    window.density_actions["compact"].trigger()  # and the other way round
    _in_dialog(window, lambda d: None)
    assert window.presence.density == "compact"


def test_history_retention_is_set_at_once_and_the_environment_wins(window, monkeypatch):
    def choose(d):
        assert d.history.days.isEnabled()
        d.history.days.setValue(30)
        d.history.rows.setValue(50_000)

    _in_dialog(window, choose)
    assert window.history.retention == Retention(days=30, rows=50_000)
    assert int(settings().value("history/days")) == 30
    monkeypatch.setenv(DAYS_ENV, "7")

    def overridden(d):
        assert not d.history.days.isEnabled() and DAYS_ENV in d.history.days.accessibleDescription()
        d.history.rows.setValue(20_000)

    _in_dialog(window, overridden)
    assert window.history.retention == Retention(days=7, rows=20_000)
    assert int(settings().value("history/days")) == 30  # the setting kept, the environment wins


def test_a_bad_start_address_is_refused_with_a_reason_and_nothing_stored(window):
    def bad(d):
        d.start.kind.setCurrentIndex(d.start.kind.findData("o2g"))
        d.start.url.setText("http://gateway.example.com")
        d.start.user.setText("oxe70020")

    _in_dialog(window, bad)
    assert "https://" in window.refused_with
    assert settings().value("start/source") in (None, "")


@pytest.fixture
def live(aloop):
    from desktop.simulator.engine import Engine, seed_directory
    from desktop.simulator.ws.feeds import wall_clock_ms

    server = Live(aloop, Engine(seed_directory(3), clock=wall_clock_ms))  # 70020-70022, 71000-71002
    yield server
    server.close()


@pytest.mark.parametrize("sound_on", [True, False])
def test_the_ring_sound_plays_once_per_new_ringing_call_on_my_line_only_when_on(qtbot, aloop, live, sound_on):
    from tests.ui.helpers import lamp, until

    window, source = open_window(qtbot, aloop, live, my_line="oxe70021")
    played = []
    window.ring.play = played.append  # the seam: no real sound in a test

    def choose(d):
        assert d.notifications.sound_name.isEnabled() is False  # off by default
        d.notifications.sound.setChecked(sound_on)
        d.notifications.sound_name.setCurrentIndex(d.notifications.sound_name.findData("bell"))
        d.notifications.banner.setChecked(False)

    _in_dialog(window, choose)
    assert (settings().value(SOUND) in (True, "true")) is sound_on and settings().value(SOUND_NAME) == "bell"
    live.act("oxe70020", "makeCall", callee="70021")
    aloop.run_until_complete(until(lambda: window.ring.shown == 1))  # told (a frame after the lamp)
    live.act("oxe70022", "makeCall", callee="71000")  # someone else's ringing call: not mine
    aloop.run_until_complete(until(lambda: lamp(window, "oxe71000") == "ringing"))
    live.act("oxe70020", "drop", live.ref_of("oxe70020"))  # the first call gives up
    aloop.run_until_complete(until(lambda: lamp(window, "oxe70021") == "idle"))
    live.act("oxe71001", "makeCall", callee="70021")  # a second, new call on my line
    aloop.run_until_complete(until(lambda: window.ring.shown == 2))  # the second call told
    aloop.run_until_complete(asyncio.sleep(0.2))  # and nothing more comes of either
    assert played == (["bell", "bell"] if sound_on else [])
    assert window.ring.shown == 2  # each call told once, however many events it had
    assert window.ring.banner.isHidden()  # the banner was turned off
    aloop.run_until_complete(source.stop())
