"""A limit holds against parallel requests from one client, on PostgreSQL and on the SQLite of
`make run`: eight processes spending a limit of five at the same moment get five uses."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.limits import ratelimit

BASE_DIR = Path(__file__).resolve().parents[2]


def race(database_url, *extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "PORTAL", "DATABASE", "PYTEST"))
    }
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    result = subprocess.run(
        [sys.executable, "-m", "tests.portal.ratelimit_race", "8", "5", *extra],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_parallel_processes_never_overspend_a_limit_on_sqlite(tmp_path):
    outcomes = race(f"sqlite:///{tmp_path / 'race.sqlite3'}", "--create-table")
    assert outcomes == ["refused"] * 3 + ["spent"] * 5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_processes_never_overspend_a_limit_on_postgresql(settings):
    db = settings.DATABASES["default"]
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    assert race(url) == ["refused"] * 3 + ["spent"] * 5


@pytest.mark.django_db
def test_a_use_is_not_recorded_when_what_it_guards_fails():
    with pytest.raises(RuntimeError), ratelimit.hold("t", "1", limit=1, window=60) as bucket:
        bucket.spend()
        raise RuntimeError("the comment could not be stored")
    with ratelimit.hold("t", "1", limit=1, window=60) as bucket:
        bucket.spend()
    with pytest.raises(ratelimit.Exceeded), ratelimit.hold("t", "1", limit=1, window=60):
        pass
    # Another client's bucket is its own.
    with ratelimit.hold("t", "2", limit=1, window=60):
        pass


@pytest.mark.django_db
def test_the_table_holds_no_address():
    from portal.models import RateLimitBucket

    with ratelimit.hold("comment", "198.51.100.23", limit=5, window=60) as bucket:
        bucket.spend()
    assert "198.51.100.23" not in RateLimitBucket.objects.get().key


@pytest.mark.django_db
def test_buckets_unused_for_a_whole_window_are_deleted_and_others_kept():
    import datetime

    from django.utils import timezone

    from portal.models import RateLimitBucket

    for address in ("1", "2"):
        with ratelimit.hold("t", address, limit=5, window=60) as bucket:
            bucket.spend()
    with ratelimit.hold("other", "1", limit=5, window=60) as bucket:
        bucket.spend()
    long_ago = timezone.now() - datetime.timedelta(seconds=120)
    RateLimitBucket.objects.update(touched=long_ago)
    with ratelimit.hold("t", "3", limit=5, window=60):
        pass
    keys = set(RateLimitBucket.objects.values_list("key", flat=True))
    assert keys == {f"t:{ratelimit.address_hash('3')}", f"other:{ratelimit.address_hash('1')}"}
