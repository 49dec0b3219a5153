# `make run` and `make test` are the two commands a newcomer needs; see README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Read by the settings too, so links in emails point where `make run` serves.
export HOST PORT
# Extra arguments for pytest, e.g. make test PYTEST_ARGS="-k baclofen -x"
PYTEST_ARGS ?=
TEST_ENV := DJANGO_SETTINGS_MODULE=portal.settings.test PYTHON=$(BIN)/python

.PHONY: run test serve lint format clean backup restore

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamps reinstall whenever a requirements file changes, and only then.
$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

run: $(VENV)/.installed-runtime
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --base-url http://$(HOST):$(PORT)
	@# The task worker (emails, the crisis alert) runs beside the site and stops with it.
	$(BIN)/python manage.py db_worker --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is not installed: browser tests will be skipped (apt-get install chromium)"; \
	fi

# The proxy tests put Debian's nginx in front of the app (tests/portal/test_proxy.py).
NGINX := /usr/sbin/nginx
$(NGINX):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's nginx for the proxy tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	else \
		echo "nginx is not installed: proxy tests will be skipped (apt-get install nginx)"; \
	fi

# Debian's varnish brings varnishtest, which runs deploy/varnish.vtc (tests/test_varnish.py).
VARNISHTEST := /usr/bin/varnishtest
$(VARNISHTEST):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's varnish for the VCL test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null; \
	else \
		echo "varnish is not installed: the VCL test will be skipped (apt-get install varnish)"; \
	fi

test: $(VENV)/.installed-dev $(CHROMIUM) $(NGINX) $(VARNISHTEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) tests/with-postgres sh -c '\
		$(BIN)/python manage.py check && \
		$(BIN)/python manage.py makemigrations --check --dry-run --noinput && \
		$(BIN)/pytest $(PYTEST_ARGS)'

# The production stack locally: hashed static files and gunicorn. Needs SECRET_KEY, ALLOWED_HOSTS
# and REDIS_URL (or PORTAL_PAGE_CACHE=off): every worker must see the same page cache.
serve: $(VENV)/.installed-runtime
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn portal.wsgi:application --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3} \
		--threads 2 --worker-connections 8 \
		--access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

# Load test of the production stack on this machine (docs/deploy.md): a fresh portal_bench
# database with bulk content, gunicorn with the page cache off then on, driven by wrk.
# VIA=varnish: the guide page through Varnish (deploy/varnish.vcl) next to a static nginx.
.PHONY: bench
bench: $(VENV)/.installed-runtime
	$(BIN)/python -m deploy.bench $(if $(VIA),--via $(VIA))

# Backups of the production database (DATABASE_URL, PostgreSQL only) and MEDIA_ROOT, into
# BACKUP_DIR (default var/backups); restore one with BACKUP=<its path, or a folder for its newest>.
# See docs/operations.md.
backup:
	deploy/backup.sh

restore:
	deploy/restore.sh
