# knowsofar: `make demo` runs it, `make test` tests it. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test test-fast lint format bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Load the bundled sample news into the default database and serve the web app.
demo: install
	$(BIN)/knowsofar ingest --samples
	$(BIN)/knowsofar shows
	$(BIN)/knowsofar serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

format: install
	$(BIN)/ruff check --fix src tests benchmarks scripts
	$(BIN)/ruff format src tests benchmarks scripts

# Everything, heavy tests included (PostgreSQL ones run when KNOWSOFAR_TEST_POSTGRES_URL is set).
test: lint
	$(BIN)/python -m pytest

# Without the heavy tests (Spark, browser, PostgreSQL, subprocess kills).
test-fast: lint
	$(BIN)/python -m pytest -m "not slow"

bench: install
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
