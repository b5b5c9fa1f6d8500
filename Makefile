# The set-up commands of README.md: `make run`, `make test` and `make check`.
# The interpreter the virtual environment is made from: the distribution's own Python 3.11+
# (/usr/bin/python3) when there is one with venv, else the first python3 on PATH. A
# distribution's CPython is built with profile-guided optimisation and link-time optimisation,
# as the image's python:3.11-slim is; pyenv's default build is not, and it read the NLU
# bench's messages 1.16-1.21x slower on the same host (4 Dec 2026). `make install PYTHON=...`
# picks another one (remove .venv first).
SYSTEM_PYTHON := $(shell /usr/bin/python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3)
PYTHON ?= $(or $(SYSTEM_PYTHON),python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# pytest-xdist workers for `make test`: one per core of this 2-core machine (measured early
# on: 3 workers no faster than 2 and 15 % more CPU, 4 slower, 1 slowest). The whole suite with
# 2 workers and work stealing: 259 s of pytest on a quiet host (3 Dec 2026, 16,668 tests).
TEST_WORKERS ?= 2
# Work stealing, not xdist's default "load": "load" hands each worker a fixed first batch of a
# quarter of the tests in collection order, so one worker got every e2e, golden and
# integration test (the database and subprocess ones, some 500 s) and could not give any away
# (measured: 2,042 items on one worker, 14,294 on the other). A worker out of work steals half
# of the other's queue.
TEST_DIST ?= worksteal
# `make run` opens the desk with a visible demo secret and the demo's day; set PMQA_SECRET_KEY
# (32+ characters), PMQA_PUBLIC_URL and PMQA_TODAY yourself to override them.
DESK_USER ?= Ud0000000000000000000000000000001
RUN_ENV = PMQA_SECRET_KEY=$${PMQA_SECRET_KEY:-make-run-demo-secret-never-use-in-production} \
	PMQA_PUBLIC_URL=$${PMQA_PUBLIC_URL:-http://127.0.0.1:$(PORT)} PMQA_TODAY=$${PMQA_TODAY:-2025-01-28}

.PHONY: install run desk-link test check lint clean

$(BIN)/pmqa: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/pmqa

## Install, create the embedded SQLite database, load the sample data, show it, serve the app
## and the desk (a login link for the demo coordinator is printed; `make desk-link` gives another).
run: install
	$(BIN)/pmqa db upgrade
	$(BIN)/pmqa demo
	$(BIN)/pmqa status --org สป.รง. --today 2025-01-28
	@echo "แดชบอร์ด: เปิดลิงก์นี้ (ใช้ได้ครั้งเดียวภายใน 10 นาที; ลิงก์ใหม่: make desk-link)"
	@$(RUN_ENV) $(BIN)/pmqa desk-link --user $(DESK_USER)
	$(RUN_ENV) $(BIN)/gunicorn -c gunicorn.conf.py --bind 127.0.0.1:$(PORT)

## A fresh single-use desk link for DESK_USER (default: the demo coordinator) of `make run`.
desk-link: install
	@$(RUN_ENV) $(BIN)/pmqa desk-link --user $(DESK_USER)

## Install and run the whole test suite in parallel (PostgreSQL tests run when it is reachable).
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist $(TEST_DIST)

## Before each commit: lint, formatting and the unit tests (no database), in well under 30 s.
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q tests/unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) instance .pytest_cache
