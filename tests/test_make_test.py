"""`make test` finds PostgreSQL or starts a throwaway one, and never falls back to SQLite."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
SCRIPT = BASE_DIR / "tests" / "with-postgres"
SHOW_SERVER = (
    "import os, psycopg; url = os.environ['DATABASE_URL']; "
    "c = psycopg.connect(url.rsplit('/', 1)[0] + '/postgres'); "
    "print(url); print(c.execute('show port').fetchone()[0])"
)


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def with_postgres(*command, **env):
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(PYTHON=sys.executable, **env)
    return subprocess.run(
        [str(SCRIPT), *command],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_a_database_url_that_is_not_postgres():
    result = with_postgres("true", DATABASE_URL="sqlite:///var/x.sqlite3")
    assert result.returncode == 2
    assert "not a PostgreSQL URL" in result.stderr


def test_refuses_a_postgres_url_where_nothing_answers():
    url = f"postgres://postgres@127.0.0.1:{closed_port()}/portal"
    result = with_postgres("true", DATABASE_URL=url)
    assert result.returncode == 2
    assert "no PostgreSQL server answers" in result.stderr


def test_passes_the_command_status_through():
    result = with_postgres("sh", "-c", "exit 7", DATABASE_URL=os.environ["DATABASE_URL"])
    assert result.returncode == 7


@pytest.mark.skipif(
    not (shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))),
    reason="PostgreSQL's server binaries are not installed",
)
def test_starts_and_removes_a_throwaway_cluster_when_no_server_answers():
    port = closed_port()
    result = with_postgres(
        sys.executable,
        "-c",
        SHOW_SERVER,
        LOCAL_POSTGRES_URL=f"postgres://postgres@127.0.0.1:{port}",
    )
    assert result.returncode == 0, result.stderr
    url, server_port = result.stdout.split()
    assert "starting a throwaway cluster" in result.stderr
    assert url == f"postgres://postgres@127.0.0.1:{server_port}/portal"
    assert int(server_port) != port
    # Stopped afterwards: nothing listens on that port any more.
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", int(server_port))) != 0
