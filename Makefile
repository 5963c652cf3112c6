# The interface people learn: run, test, lint, format, services, bench.
# Each target sets up what it needs itself.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install messages run test checks lint format services services-down bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(BIN)/python manage.py compile_catalogues

# SQLite and the database search backend unless DATABASE_URL / ELASTICSEARCH_URL are set
# (`. .services/env && make run` serves on PostgreSQL and the search engine).
run: messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	# The task worker (text extraction, search index updates) runs beside the server and
	# stops with it; it does not watch the code for changes (that polling costs a core's tenth).
	$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Starts PostgreSQL and the search engine (see scripts/services.sh) and runs the whole suite.
test: messages
	bash scripts/test.sh

checks: messages
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check_catalogues

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

services:
	bash scripts/services.sh up

services-down:
	bash scripts/services.sh down

bench: messages
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .services/env
