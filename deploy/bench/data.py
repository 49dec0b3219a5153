"""The bench's database, cache and settings: a fresh `portal_bench` with the demo site and the
bulk content, the production settings pointed at it, and SQL queries counted per page."""

# Every subprocess here runs a fixed argument list of our own tools, never shell text.
# ruff: noqa: S603

import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

from deploy.bench.processes import Failure, log

ROOT = Path(__file__).resolve().parents[2]
PYTHON = Path(sys.executable)

# Counts the queries of one page view in a process of its own, after a first view has filled the
# per-process and shared caches: the steady state a reader meets.
QUERY_COUNTER = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for path in json.loads(sys.argv[1]):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    counts[path] = [response.status_code, len(queries.captured_queries)]
print(json.dumps(counts))
"""


def postgres_server():
    server = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get(
        "LOCAL_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"
    )
    return server.rstrip("/")


def production_env(server, database, redis_url, tmp):
    """The production settings on the bench's database, cache and temporary folders."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "PORTAL_PAGE_CACHE", "FRONTEND_CACHE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"{server}/{database}",
        REDIS_URL=redis_url,
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        WAGTAILADMIN_BASE_URL="http://localhost",
    )
    return env


def build(env, server, database, logfile):
    """A fresh database with the demo site and the bulk content."""
    log(f"recreating database {database} on {server}")
    recreate_database(server, database)
    manage(env, "migrate", "--noinput", logfile=logfile)
    manage(env, "load_demo_content", "--base-url", "http://localhost", logfile=logfile)
    manage(env, "generate_bulk_content", logfile=logfile)
    summary = [line for line in logfile.read_text().splitlines() if "Bulk" in line]
    log(summary[-1].strip() if summary else "bulk content made")


def recreate_database(server_url, name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server_url}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def redis_url_answering(url):
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
        client.ping()
        client.flushdb()
        return url
    except Exception as error:
        # The production settings refuse to run the page cache without a shared cache.
        raise SystemExit(f"Redis does not answer at {url} ({error}): set BENCH_REDIS_URL") from None


def flush_redis(url):
    if url:
        import redis

        redis.Redis.from_url(url, socket_timeout=2).flushdb()


def manage(env, *args, logfile):
    started = time.monotonic()
    with open(logfile, "ab") as handle:
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )
    if result.returncode:
        raise Failure(f"manage.py {' '.join(args)} failed; see {logfile}")
    log(f"manage.py {args[0]}: {time.monotonic() - started:.1f} s")


def count_queries(env, paths, page_cache):
    run_env = dict(env, PORTAL_PAGE_CACHE="on" if page_cache else "off")
    result = subprocess.run(
        [PYTHON, "-c", QUERY_COUNTER, json.dumps(paths)],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise Failure(f"counting queries failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
