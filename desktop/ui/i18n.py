"""The window's language: which one, and loading Qt's and our translations for it.

Sources are `resources/translations/cti_monitor_<lang>.ts`, updated by `make translations`
(pyside6-lupdate) and translated by hand. Compiled `.qm` files are never committed: the bundle's
spec and `make translations` compile them (pyside6-lrelease) next to the `.ts`; a checkout or a
wheel without them compiles each one on first use into the user's cache folder (again when the
`.ts` is newer). Qt's own strings (dialog buttons, context menus of line edits) come from the
qtbase translations PySide6 ships.

The language is QSettings' "language" ("" = the system's); a change applies at the next start
(the Settings dialog says so): every widget would otherwise need to re-read its strings.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import resources

log = logging.getLogger("cti.ui")

# Offered in Settings; "" follows the system. English is the source language: no file.
LANGUAGES = {"": "System default", "en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}
TRANSLATED = ("fr", "de", "es")  # English has a file too, of its plural forms only
SETTING = "language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
current = ""  # the language installed last ("" before any)
generation = 0  # bumped at each install: words.py's cached tables know to translate again


def ts_path(lang: str) -> Path:
    return resources.root() / "translations" / f"cti_monitor_{lang}.ts"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def qm_path(lang: str, cache: Path | None = None) -> Path | None:
    """The compiled translation of `lang`: the one built beside the sources (bundle, `make
    translations`) when it is up to date, else one compiled now into `cache`; None when there
    is no source or no compiler."""
    ts = ts_path(lang)
    built = ts.with_suffix(".qm")
    # The bundle's copy is its own (the copy's times say nothing); in a checkout a .ts edited
    # after `make translations` wins over the older .qm.
    if built.exists() and (getattr(sys, "frozen", False) or not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return None
    cache = cache or platformdirs.user_cache_path("cti-monitor", appauthor=False) / "translations"
    qm = cache / built.name
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("no pyside6-lrelease to compile %s: the window stays in English", ts.name)
        return None
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, timeout=60)
    if done.returncode != 0 or not qm.exists():
        log.warning("could not compile %s: %s", ts.name, done.stderr.decode(errors="replace")[:300])
        return None
    return qm


def chosen(setting: str | None) -> str:
    """The language to use: the setting when it names one, else the system's when we have it,
    else English."""
    if setting and setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in TRANSLATED else "en"


def install(app: QCoreApplication, setting: str | None, cache: Path | None = None) -> str:
    """Load the translators for `setting` (see `chosen`) into `app`, replacing any earlier
    ones; the default QLocale follows, so numbers and dates read the same way. Returns the
    language used."""
    global generation, current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = chosen(setting)
    # A chosen language brings its own number and date formats; else the system's own.
    QLocale.setDefault(QLocale(lang) if setting in LANGUAGES and setting else QLocale.system())
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    qm = qm_path(lang, cache)  # English too: its file holds the plural forms (%n)
    ours = QTranslator(app)
    loaded = qm is not None and ours.load(str(qm))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    log.info("language %s: %s", lang, f"translations loaded from {qm}" if loaded else "no translations found")
    generation += 1
    current = lang
    return lang
