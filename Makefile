# exocheck: `make run` starts the web app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= ../shared/corpus/dev_sentences.tsv

.PHONY: install install-test run test lint eval bench browser docs clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.test-installed

run: install
	$(VENV)/bin/exocheck serve --host 127.0.0.1 --port 8000

# Debian's chromium for the browser tests (installed only when absent).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "could not install chromium (needs root and Debian's packages)"; exit 1; }; }
	@# Japanese glyphs for the screenshots in tests/artifacts (the tests pass without them).
	@fc-list :lang=ja 2>/dev/null | grep -q . || { \
	  echo "installing Noto CJK fonts for readable browser screenshots"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null) \
	  || echo "could not install fonts-noto-cjk; screenshots will show boxes instead of Japanese"; }

lint: install-test
	$(VENV)/bin/ruff check .

test: install-test browser lint
	$(PY) -m pytest

eval: install
	$(VENV)/bin/exocheck eval $(CORPUS)

# Byte-compile first, as `pip install` does for a regular install: with an editable
# install and PYTHONDONTWRITEBYTECODE set, every start would compile the sources again.
bench: install-test
	$(PY) -m compileall -q checker api reports
	$(PY) -m bench

docs: install
	$(VENV)/bin/exocheck rules --format markdown > docs/rules.md
	$(PY) -m checker.docs.guidance > docs/guidance-coverage.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/artifacts
