# Cairn: two commands on a fresh machine.
#   make run    set up everything, load the demo, serve http://127.0.0.1:8000
#   make test   set up everything the tests need, then run every test
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Django 6 needs Python 3.12 or newer.
PYTHON ?= $(shell scripts/find-python.sh)
VENV := .venv
BIN := $(VENV)/bin
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/cairn
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# Each pytest run spreads its tests over the cores (pytest-xdist): every worker has its own
# test database (test_cairn_gw0, ...), live server port, Chromium and data folder. Tests that
# must share one process carry @pytest.mark.xdist_group. PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= auto
PYTEST = $(BIN)/pytest -q -W ignore::DeprecationWarning -n $(PYTEST_WORKERS) --dist loadgroup

.PHONY: run test setup assets lint pytest pytest-postgres browser-deps worker clean

$(BIN)/cairn: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Cairn needs Python 3.12 or newer (python3.12 on PATH)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

cairn/static/build/cairn.css: node_modules/.package-lock.json scripts/build-assets.mjs $(wildcard cairn/static/src/*.scss)
	node scripts/build-assets.mjs

setup: $(BIN)/cairn assets
assets: cairn/static/build/cairn.css

# The demo runs with CAIRN_SECOND_FACTOR=optional: its coordinator signs in without an app.
run: setup
	DEBUG=true $(BIN)/cairn migrate --no-input -v0
	DEBUG=true $(BIN)/cairn demo
	@echo "Serving http://127.0.0.1:8000 (mail is printed here). Ctrl-C stops everything."
	@echo "CAIRN_SECOND_FACTOR=optional: coordinators sign in without an authenticator app here (production requires one)."
	DEBUG=true CAIRN_MAIL=console CAIRN_SECOND_FACTOR=optional PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho -f Procfile.dev start

# Debian packages the tests need (Chromium, LibreOffice); never a browser download.
browser-deps:
	@bash scripts/ensure-system-packages.sh

lint: $(BIN)/cairn
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/cairn makemigrations --check --dry-run -v0 || { echo "A model change has no migration: run cairn makemigrations APP --name WHAT"; exit 1; }

pytest: setup browser-deps
	$(PYTEST)

# The tests that use the database, again on PostgreSQL (the rest ran once, on SQLite);
# under CI=true an unreachable server is a failure.
pytest-postgres: setup browser-deps
	@if $(BIN)/python scripts/postgres_ready.py "$(POSTGRES_URL)"; then \
		DATABASE_URL="$(POSTGRES_URL)" $(PYTEST) -m "not browser" --database-tests-only; \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is not reachable at $(POSTGRES_URL), and CI=true requires it."; exit 1; \
	else \
		echo "PostgreSQL is not reachable at $(POSTGRES_URL): skipped the PostgreSQL run."; \
	fi

# lint and the two pytest runs go at once (each one's output is printed whole when it ends):
# one run's slow last tests leave a core free that the other run takes.
test: setup browser-deps
	@$(MAKE) --no-print-directory -j 3 --output-sync=target lint pytest pytest-postgres

clean:
	rm -rf $(VENV) node_modules cairn/static/build staticfiles
