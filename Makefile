# headline-linter: `make run` and `make test` do all the set-up on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test check docs web bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# What running needs (`make run`): the package, the server extra, and `packaging` for the page
# build; the test and benchmark tools come with `make install` / `make test` only.
RUN_STAMP := $(VENV)/.installed-run
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[server]' 'packaging>=24'
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml $(RUN_STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

# Static checks: ruff (lint and format) and strict mypy, once, over the package, its tests, the
# benchmarks and the page's Python (the files are listed in pyproject.toml); TypeScript (`tsc
# --noEmit`, checkJs, strict) and ESLint over the page's modules (web/js/), both from
# web/node_modules (npm ci). Part of `make test`.
check: install web/node_modules/.package-lock.json
	cd web && node_modules/.bin/tsc -p tsconfig.json && node_modules/.bin/eslint js
	$(BIN)/ruff check linter tests bench web/*.py
	$(BIN)/ruff format --check linter tests bench web/*.py
	$(BIN)/mypy

docs: install
	$(BIN)/python -m linter.docs > docs/rules.md

# The browser tests need Debian's Chromium (never `playwright install`) and a built web/dist/;
# the Spark tests (tests/engines) need Java 17.
test: install check browser java web
	$(BIN)/python -m pytest

# Debian's Chromium for the browser tests, installed when missing (as root, else with sudo -n).
# Under CI=true the browser tests fail, never skip, if it is still missing.
CHROMIUM ?= /usr/bin/chromium
.PHONY: browser
browser:
	@test -x $(CHROMIUM) || { \
	  SUDO=$$(test "$$(id -u)" = 0 || echo "sudo -n"); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	} || echo "make: could not install chromium; the browser tests will say so"

# Java 17 for Spark (`batch --engine spark`, tests/engines): Debian's openjdk-17-jre-headless,
# installed when no `java` is on the PATH. Under CI=true the Spark tests fail if it is missing.
.PHONY: java
java:
	@command -v java >/dev/null || { \
	  SUDO=$$(test "$$(id -u)" = 0 || echo "sudo -n"); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq openjdk-17-jre-headless; \
	} || echo "make: could not install Java 17; the Spark tests will say so"

# The browser page: web/dist/ (ignored by git) from the registries and this repo, rebuilt when an
# input changes. The first build (npm ci, pinned wheels, rapidfuzz built pure-Python) took 21 s
# here; a rebuild about 6-10 s (wheels cached in build/web-wheels/, bytecode compiled each time).
WEB_INPUTS := $(wildcard web/*.html web/*.py web/*.js web/js/*.js web/*.css web/*.json web/*.svg) \
	pyproject.toml README.md $(shell find linter rules -name '*.py' -o -name '*.toml' 2>/dev/null)
web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && npm ci --ignore-scripts --no-audit --no-fund

web/dist/SHA256SUMS: $(WEB_INPUTS) web/node_modules/.package-lock.json | $(RUN_STAMP)
	$(BIN)/python web/build.py

web: $(RUN_STAMP) web/dist/SHA256SUMS

# The API and the browser page on http://127.0.0.1:8000 under gunicorn; (re)builds the page first
# when an input changed. Without Node.js and npm it serves the API alone and says how to get the
# page. Settings: HEADLINE_LINT_* variables (docs/api.md).
run: $(RUN_STAMP)
	@if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory web; \
	else \
	  echo "make run: npm/Node.js not found: serving the API only. For the page at /, install"; \
	  echo "          Node.js and npm (e.g. apt-get install nodejs npm), then run make web."; \
	fi
	$(BIN)/headline-lint serve --host 127.0.0.1 --port 8000

# Benchmarks: one table, also written to docs/performance.md (make bench BENCH_ARGS=--quick: a
# one-minute smoke run). Builds the page first when web/dist/ is missing.
bench: install
	@test -f web/dist/index.html || $(MAKE) web || echo "bench: web/dist/ not built; the browser rows will say why"
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) web/dist web/node_modules build *.egg-info

# The command line on the shipped examples: the failing profile must fail (exit 1), the clean
# one must pass (exit 0).
.PHONY: cli-demo
cli-demo: install
	$(BIN)/headline-lint check examples/failing-profile.md; test $$? -eq 1
	$(BIN)/headline-lint check examples/clean-profile.md
