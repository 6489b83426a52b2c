PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test bench bench-gui bench-history scenarios screenshots translations clean package release-check validate-desktop

venv: $(STAMP)

# Reinstall only when pyproject changes, so `make venv` is a no-op most of the time.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: venv
	$(BIN)/cti-monitor

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: venv
	$(BIN)/python -m desktop.cli.bench

# The real window at 10,000 users and 1,000 events/s against the bare floor (README, Performance).
bench-gui: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.cli.bench_gui $(BENCH_GUI_ARGS)

# The call history: per-frame cost at ~1,000 events/s, queries on 1,000,000 rows (a minute or two).
bench-history: venv
	$(BIN)/python -m desktop.history.bench

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots $(ONLY)

# Every tr()/translate() string of the window into resources/translations/*.ts (then translate the
# new ones), and the .qm compiled beside them (never committed; desktop/ui/i18n.py compiles on first
# use when they are missing). The seed's event sentences (protocol/describe.py) stay English.
LANGS := fr de es
translations: venv
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language en desktop/ui \
		$(foreach l,$(LANGS),-ts resources/translations/cti_monitor_$(l).ts)
	# English: only the plural forms ("1 minute", "3 minutes"), the rest is the source itself
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -pluralonly -source-language en desktop/ui \
		-ts resources/translations/cti_monitor_en.ts
	$(BIN)/python tools/translate_ts.py resources/translations/cti_monitor_en.ts --english-plurals
	$(foreach l,en $(LANGS),$(BIN)/pyside6-lrelease -silent resources/translations/cti_monitor_$(l).ts -qm resources/translations/cti_monitor_$(l).qm;)

scenarios: venv
	$(BIN)/python tools/seed_to_scenarios.py ../shared/seed/000_98b12dc37aec99e1.txt resources/scenarios

# --- packaging (packaging/README.md) ---------------------------------------------------------
PKG_STAMP := $(VENV)/.package-installed

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,package]'
	touch $(PKG_STAMP)

# The one-folder bundle of the working tree into dist/cti-monitor/ (release-check builds HEAD instead).
package: $(PKG_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/cti-monitor.spec
	@du -sh dist/cti-monitor

# Bundle from a clean clone of HEAD, run it offscreen, report its size. Minutes; not part of `make test`.
release-check: venv
	$(BIN)/python packaging/release_check.py

# Debian: apt-get install desktop-file-utils appstream
validate-desktop:
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
