PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test bench scenarios screenshots clean

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
	$(BIN)/python -m desktop.bench

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

scenarios: venv
	$(BIN)/python tools/seed_to_scenarios.py ../shared/seed/000_98b12dc37aec99e1.txt resources/scenarios

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
