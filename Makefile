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

# The API and the browser page on http://127.0.0.1:8000 under gunicorn; builds the page first
# when it has not been built. Settings: HEADLINE_LINT_* variables (README, "HTTP API").
run: install
	@test -f web/dist/index.html || $(MAKE) web
	$(BIN)/headline-lint serve --host 127.0.0.1 --port 8000

# Benchmarks: one table, also written to docs/performance.md (make bench BENCH_ARGS=--quick: a
# one-minute smoke run). Builds the page first when web/dist/ is missing.
bench: install
	@test -f web/dist/index.html || $(MAKE) web || echo "bench: web/dist/ not built; the browser rows will say why"
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) web/dist web/node_modules build *.egg-info

# The command line on the shipped examples: the failing profile must fail (exit 1), the clean
# one must pass (exit 0).
.PHONY: cli-demo
cli-demo: install
	$(BIN)/headline-lint check examples/failing-profile.md; test $$? -eq 1
	$(BIN)/headline-lint check examples/clean-profile.md
