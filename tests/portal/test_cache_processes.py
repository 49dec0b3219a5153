"""A withdrawal reaches every process at once: the production stack (gunicorn, three workers,
Redis) and the development server, with the change made by a command in another process."""

import datetime
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.utils import timezone

import pytest
import redis
import requests

from tests.guides.conftest import make_guide

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BASE_DIR = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS_URL = "redis://127.0.0.1:6379/14"  # a database no other test uses, flushed first
WORKERS = 3
TEXT = "Zephyrine eases cramp"  # words only the guide's page has


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def guide(guide_index):
    return make_guide(guide_index, "Zephyrol", summary=f"{TEXT} in tired legs.")


@pytest.fixture
def environment(settings, tmp_path):
    """What a server on this test database is started with; nothing of the suite's own."""
    db = settings.DATABASES["default"]
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "PORTAL", "REDIS", "DATABASE", "PYTEST"))
    }
    env.update(
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        SECRET_KEY="multi-process-test-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    return env


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def start(argv, env, port, log):
    process = subprocess.Popen(argv, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, Path(log.name).read_text()
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
            return process
        except requests.RequestException:  # not listening yet, or a worker still booting
            time.sleep(0.2)
    process.kill()
    raise AssertionError("the server did not answer within a minute")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def production(environment, tmp_path):
    """gunicorn with the production settings and three workers, on real Redis. Each access log
    line names the worker (its process id) that served the request."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = dict(
        environment,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        REDIS_URL=REDIS_URL,
        SECURE_SSL_REDIRECT="false",
    )
    manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    access = tmp_path / "access.log"
    argv = [
        str(BIN / "gunicorn"),
        "portal.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        f"--access-logfile={access}",
        "--access-logformat=%(p)s %(U)s %(s)s",
        "--no-control-socket",
    ]
    with open(tmp_path / "gunicorn.log", "w") as log:
        process = start(argv, env, port, log)
        try:
            yield env, f"http://127.0.0.1:{port}", access
        finally:
            stop(process)
            redis.Redis.from_url(REDIS_URL).flushdb()


def worker_responses(base, access, path, least=2):
    """Request `path` on fresh connections until every worker has answered it `least` times;
    returns [(worker pid, status, text)] for those requests."""
    seen = {}
    answers = []
    start_line = len(access.read_text().splitlines()) if access.exists() else 0
    for _ in range(400):
        response = requests.get(base + path, headers={"Connection": "close"}, timeout=10)
        answers.append((response.status_code, response.text, response.headers))
        time.sleep(0.01)  # let the worker write its access log line
        lines = access.read_text().splitlines()[start_line:]
        seen = {}
        for line in lines:
            pid, logged_path, _ = line.split()
            if logged_path == path:
                seen[pid] = seen.get(pid, 0) + 1
        if len(seen) == WORKERS and min(seen.values()) >= least:
            break
    lines = [line.split() for line in access.read_text().splitlines()[start_line:]]
    pids = [pid for pid, logged_path, _ in lines if logged_path == path]
    assert len(set(pids)) == WORKERS, f"only workers {set(pids)} answered"
    return [(pid, status, text) for pid, (status, text, _) in zip(pids, answers, strict=True)]


def test_an_unpublish_by_a_command_reaches_every_worker_at_once(production, guide):
    env, base, access = production
    before = worker_responses(base, access, "/medicines/zephyrol/")
    assert all(status == 200 and TEXT in text for _, status, text in before)
    headers = requests.get(base + "/medicines/zephyrol/", timeout=10).headers
    assert headers["X-Page-Cache"] == "hit"  # the page is being served from the cache

    type(guide).objects.filter(pk=guide.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    manage(env, "publish_scheduled")

    after = worker_responses(base, access, "/medicines/zephyrol/", least=1)
    assert [(pid, status) for pid, status, _ in after] == [(pid, 404) for pid, _, _ in after]
    assert not any(TEXT in text for _, _, text in after)
    listing = requests.get(base + "/medicines/", timeout=10).text
    assert "Zephyrol" not in listing


def test_a_password_restriction_from_another_process_reaches_every_worker_at_once(
    production, guide
):
    env, base, access = production
    before = worker_responses(base, access, "/medicines/zephyrol/")
    assert all(TEXT in text for _, _, text in before)

    manage(
        env,
        "shell",
        "-c",
        "from wagtail.models import Page, PageViewRestriction as R; "
        f"R.objects.create(page=Page.objects.get(pk={guide.pk}), "
        "restriction_type=R.PASSWORD, password='a secret')",
    )

    after = worker_responses(base, access, "/medicines/zephyrol/", least=1)
    for pid, _, text in after:
        assert TEXT not in text, f"worker {pid} still served the restricted guide"
        assert re.search(r'type="password"', text), f"worker {pid} did not ask for the password"


def test_the_development_server_serves_no_stale_page_after_a_command(environment, guide):
    """`make run`: runserver and any command share the cache folder under var/cache/."""
    env = dict(environment, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
    port = free_port()
    argv = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    with open(Path(environment["MEDIA_ROOT"]).parent / "runserver.log", "w") as log:
        process = start(argv, env, port, log)
        try:
            url = f"http://127.0.0.1:{port}/medicines/zephyrol/"
            assert TEXT in requests.get(url, timeout=10).text
            assert requests.get(url, timeout=10).headers["X-Page-Cache"] == "hit"
            type(guide).objects.filter(pk=guide.pk).update(
                expire_at=timezone.now() - datetime.timedelta(minutes=1)
            )
            manage(env, "publish_scheduled")
            assert requests.get(url, timeout=10).status_code == 404
        finally:
            stop(process)
