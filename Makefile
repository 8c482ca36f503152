# The two commands of the README: `make run` and `make test`. Both set everything up.
# The production stack on this machine: `make serve`, `make load`, `make backup`, `make restore`.
PYTHON ?= python3
PORT ?= 8000
DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/moisess
REDIS_URL ?= redis://127.0.0.1:6379/0
SITE ?= https://127.0.0.1:8443
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install lint format check bench bench-browser serve load observatory backup restore clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (found %s)." % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The links the site prints and mails (verification, decisions, share links, calendars, badge code)
# point at the port it runs on: SITE_URL follows PORT unless it is set.
RUN_ENV = DEBUG=1 SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}"

run: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py seed_demo --if-empty
	$(RUN_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	SECRET_KEY=check $(BIN)/python manage.py check
	SECRET_KEY=check $(BIN)/python manage.py makemigrations --check --dry-run

# The benchmark of docs/performance.md: PostgreSQL + Redis, then SQLite (bench/bench.py; seeds its own
# databases). BENCH_SIZES=2000,20000 for fewer sizes, BENCH_RUNS=3 for fewer rounds.
BENCH_SIZES ?= 2000,20000,50000
bench: install
	$(BIN)/python bench/bench.py --sizes $(BENCH_SIZES) $(BENCH_ARGS)

# What Chromium gets from `make serve`: page weight, requests, time from map data to markers (bench/browser.py).
bench-browser: install
	$(BIN)/python bench/browser.py --site $(SITE) $(BENCH_BROWSER_ARGS)

# DEBUG off, migrations, collectstatic, gunicorn, the job worker and nginx (deploy/serve.py;
# SERVE_ARGS="--https-port 8443 --http-port 8080 --app-port 8001").
serve: install
	DATABASE_URL=$(DATABASE_URL) REDIS_URL=$(REDIS_URL) $(BIN)/python deploy/serve.py $(SERVE_ARGS)

# A bounded load test against `make serve` (bench/load.py; LOAD_ARGS="--users 40 --duration 60s").
load: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[load]"
	DATABASE_URL=$(DATABASE_URL) REDIS_URL=$(REDIS_URL) $(BIN)/python bench/load.py --site $(SITE) $(LOAD_ARGS)

# The HTTP Observatory's scoring rules against `make serve`, per page family (deploy/observatory.py).
observatory: install
	$(BIN)/python deploy/observatory.py $(SITE) --cafile .serve/tls/cert.pem

backup: install
	DATABASE_URL=$(DATABASE_URL) $(BIN)/python deploy/backup.py backup

restore: install
	@test -n "$(FILE)" || { echo "make restore FILE=backups/mois-ess-….tar [FORCE=1]"; exit 2; }
	DATABASE_URL=$(DATABASE_URL) $(BIN)/python deploy/backup.py restore "$(FILE)" $(if $(FORCE),--force)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .serve
