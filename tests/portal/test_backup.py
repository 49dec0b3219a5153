"""`make backup` and `make restore` (deploy/backup.sh, deploy/restore.sh) on a throwaway database.

These run the real scripts as subprocesses against a database of their own on the PostgreSQL
server the suite uses; they need no Django test database (no `db` fixture).
"""

import os
import shutil
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("pg_dump") is None,
    reason="pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client)",
)


def server_url(database):
    """The suite's PostgreSQL server, with another database name."""
    url = os.environ.get("DATABASE_URL") or os.environ.get(
        "LOCAL_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"
    )
    return urlsplit(url)._replace(path=f"/{database}").geturl()


def environment(tmp_path, database_url, **extra):
    env = dict(os.environ)
    # A `make test` around the suite must not leak its jobserver into the `make` run here, and
    # the scripts must not touch a shared Redis.
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "REDIS_URL", "BACKUP"):
        env.pop(name, None)
    env.update(
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp_path / "media"),
        BACKUP_DIR=str(tmp_path / "backups"),
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        **extra,
    )
    if database_url is None:
        del env["DATABASE_URL"]
    return env


def run(command, env):
    return subprocess.run(
        command,
        cwd=BASE_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )


def check(result):
    assert result.returncode == 0, f"{result.args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture
def scratch_database():
    """A fresh, uniquely named database on the suite's server, dropped afterwards."""
    name = f"portal_ops_backup_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    try:
        yield name, server_url(name)
    finally:
        with psycopg.connect(server_url("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name))
            )


def baclofen_pages(database_url):
    with psycopg.connect(database_url) as conn:
        query = "select count(*) from wagtailcore_page where slug = 'baclofen'"
        return conn.execute(query).fetchone()[0]


def test_backup_then_restore_brings_back_the_database_and_the_media(tmp_path, scratch_database):
    name, database_url = scratch_database
    env = environment(tmp_path, database_url)
    check(run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], env))
    check(run([sys.executable, "manage.py", "load_demo_content"], env))
    assert baclofen_pages(database_url) == 1
    leaflet = tmp_path / "media" / "documents" / "leaflet.txt"
    leaflet.parent.mkdir(parents=True)
    leaflet.write_bytes(b"Baclofen: take with food.\n")

    backup = check(run(["make", "--no-print-directory", "backup"], env))
    manifests = list((tmp_path / "backups").glob(f"{name}-*.sha256"))
    assert len(manifests) == 1, backup.stderr
    prefix = str(manifests[0]).removesuffix(".sha256")
    assert backup.stdout.strip().endswith(prefix)
    for suffix in (".dump", ".media.tar.gz", ".info"):
        assert Path(prefix + suffix).is_file()
        assert Path(prefix + suffix).name in manifests[0].read_text()
    assert (Path(prefix + ".dump").stat().st_mode & 0o077) == 0, "backups hold personal data"

    # Lose a page and a file after the backup.
    delete = "from wagtail.models import Page; Page.objects.get(slug='baclofen').delete()"
    check(run([sys.executable, "manage.py", "shell", "-c", delete], env))
    assert baclofen_pages(database_url) == 0
    leaflet.unlink()

    restore = check(run(["make", "--no-print-directory", "restore", f"BACKUP={prefix}"], env))
    assert "database restored" in restore.stderr
    assert baclofen_pages(database_url) == 1
    assert leaflet.read_bytes() == b"Baclofen: take with food.\n"

    # A changed byte: restore refuses before touching anything.
    check(run([sys.executable, "manage.py", "shell", "-c", delete], env))
    dump = Path(prefix + ".dump")
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    tampered = run(
        ["make", "--no-print-directory", "restore", f"BACKUP={tmp_path / 'backups'}"], env
    )
    assert tampered.returncode != 0
    assert "REFUSED: checksum mismatch" in tampered.stderr
    assert baclofen_pages(database_url) == 0


@pytest.mark.parametrize(
    ("database_url", "message"),
    [
        ("sqlite:///var/portal.sqlite3", "DATABASE_URL is not a PostgreSQL URL"),
        ("mysql://user:pw@127.0.0.1/portal", "DATABASE_URL is not a PostgreSQL URL"),
        (None, "DATABASE_URL is not set"),
    ],
)
def test_backup_refuses_a_database_that_is_not_postgres(tmp_path, database_url, message):
    result = run(["make", "--no-print-directory", "backup"], environment(tmp_path, database_url))
    assert result.returncode != 0
    assert message in result.stderr
    assert not (tmp_path / "backups").exists()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_password_is_never_printed(tmp_path):
    url = f"postgres://portal:hunter2-not-shown@127.0.0.1:{closed_port()}/portal"
    result = run(["make", "--no-print-directory", "backup"], environment(tmp_path, url))
    assert result.returncode != 0
    assert "postgresql://portal:***@127.0.0.1" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr
