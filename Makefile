# The two set-up commands of README.md: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install run test lint clean

$(BIN)/pmqa: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/pmqa

## Install, create the embedded SQLite database, load the sample data, show it, serve the app.
run: install
	$(BIN)/pmqa db upgrade
	$(BIN)/pmqa demo
	$(BIN)/pmqa status --org สป.รง. --today 2025-01-28
	$(BIN)/gunicorn --preload --workers 2 --bind 127.0.0.1:$(PORT) 'bot.web.app:create_app_from_env()'

## Install and run the whole test suite (PostgreSQL tests run when the server is reachable).
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) instance .pytest_cache
