# Leefwereld — the two commands: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py

.PHONY: run test install anonymiser install-test letters-libs assets messages migrate demo lint deploy-check chromium bench bench-city clean

$(VENV)/.installed: requirements/base.txt requirements/test.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -qq --upgrade pip
	$(PIP) install -qq -r requirements/test.txt
	touch $@

install: letters-libs $(VENV)/.installed assets messages anonymiser

# Decision letters (WeasyPrint) need Pango and a font from the system; Debian's packages, installed when missing.
letters-libs:
	@ldconfig -p | grep -q libpango-1.0 && fc-list | grep -qi dejavu || (apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: node_modules/.installed

# Deduce's lookup tables for the anonymiser: built here, never on first use (ADR 0020). Quick when up to date.
anonymiser: $(VENV)/.installed
	$(MANAGE) anonymiser_build

# Compiled translations are build output, so they are made here, not committed.
messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || (apt-get update -q && apt-get install -y -q gettext)
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules --verbosity 0

migrate: install
	$(MANAGE) migrate --verbosity 0
	$(MANAGE) barriers_anonymise

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) demo_logins
	$(MANAGE) portal_broker
	$(MANAGE) runserver 127.0.0.1:8000

# Browser tests need Debian's Chromium; install it or fail, never skip.
chromium:
	@test -x /usr/bin/chromium || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)
	@test -x /usr/bin/chromium || (echo "Chromium could not be installed: browser tests cannot run." && exit 1)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# The production settings must pass Django's deployment checks, with a throwaway key.
deploy-check: install
	@SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	  ALLOWED_HOSTS=leefwereld.example.org CSRF_TRUSTED_ORIGINS=https://leefwereld.example.org \
	  DATABASE_URL=sqlite:///deploy-check.sqlite3 DJANGO_SETTINGS_MODULE=leefwereld.conf.production \
	  $(MANAGE) check --deploy --fail-level WARNING

test: install chromium lint deploy-check
	$(MANAGE) makemigrations --check --dry-run --verbosity 0
	$(VENV)/bin/pytest -n auto

bench: install
	$(PY) bench/load_demo_scale.py
	$(PY) bench/pages.py

# The city served like production (bench/README.md): PostgreSQL on 127.0.0.1:5432, gunicorn, closed loops.
# BENCH_ARGS passes options, e.g. make bench-city BENCH_ARGS="--quick" or "--locust".
# Its own virtualenv, inside .venv so ignored like it: locust brings brotli, and with brotli in .venv
# collectstatic (and the tests that run it) takes minutes.
BENCH_VENV := $(VENV)/bench
$(BENCH_VENV)/.installed: requirements/base.txt requirements/test.txt requirements/bench.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -qq --upgrade pip
	$(BENCH_VENV)/bin/pip install -qq -r requirements/bench.txt
	touch $@

bench-city: install $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/city.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules db.sqlite3
