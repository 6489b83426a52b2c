"""Translations compile on first use when the checkout or wheel has no .qm, and are reused."""

import shutil

from PySide6.QtCore import QCoreApplication

from desktop import resources
from desktop.ui import i18n
from tests.conftest import ROOT
from tests.ui.conftest import TRANSLATIONS_CACHE


def test_a_missing_qm_is_compiled_into_the_cache_once(tmp_path, monkeypatch, qapp):
    share = tmp_path / "share"
    (share / "translations").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "translations" / "cti_monitor_fr.ts", share / "translations")
    monkeypatch.setattr(resources, "root", lambda: share)
    cache = tmp_path / "cache"
    qm = i18n.qm_path("fr", cache)
    assert qm == cache / "cti_monitor_fr.qm" and qm.stat().st_size > 1000
    before = qm.stat().st_mtime_ns
    assert i18n.qm_path("fr", cache) == qm and qm.stat().st_mtime_ns == before  # not compiled again
    try:
        i18n.install(qapp, "fr", cache)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    finally:
        monkeypatch.undo()  # the real translations again, English with its plural forms
        i18n.install(qapp, "en", TRANSLATIONS_CACHE)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("PresencePanel", "%n user(s)", "", 3) == "3 users"


def test_no_source_means_english(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    assert i18n.qm_path("fr", tmp_path / "cache") is None
