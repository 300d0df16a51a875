# headline-linter: `make run` and `make test` do all the set-up on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test check docs web bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

# Static checks: ruff and mypy over the package.
check: install
	$(BIN)/ruff check linter tests bench web/*.py
	$(BIN)/ruff format --check linter tests bench web/*.py
	$(BIN)/mypy

docs: install
	$(BIN)/python -m linter.docs > docs/rules.md

test: install
	$(BIN)/python -m pytest

run: install
	$(BIN)/headline-lint check examples/failing-profile.md || true

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) web/dist web/node_modules build *.egg-info
