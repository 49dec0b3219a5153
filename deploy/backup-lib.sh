# Shared by deploy/backup.sh and deploy/restore.sh (sourced, not run). See docs/operations.md.
#
# After `backup_setup`:
#   REPO_DIR        the project checkout; relative BACKUP_DIR and MEDIA_ROOT are taken from here
#   MEDIA_ROOT      absolute; default var/media, as in portal/settings/base.py
#   DB_NAME         the database named in DATABASE_URL
#   DB_CONNINFO     DATABASE_URL without its password, for libpq's --dbname
#   DB_MAINTENANCE  the same server's maintenance database (postgres), to create DB_NAME
#   DB_SHOWN        DATABASE_URL with the password masked: the only form ever printed
#   PGPASSWORD      exported when DATABASE_URL has a password, so it never shows in `ps`
# shellcheck shell=bash

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The suffixes of one backup set, sharing a prefix such as var/backups/portal-20250101T020000Z.
# shellcheck disable=SC2034 # used by the scripts that source this file
readonly DUMP_SUFFIX=.dump MEDIA_SUFFIX=.media.tar.gz INFO_SUFFIX=.info MANIFEST_SUFFIX=.sha256

fail() {
    echo "${0##*/}: $*" >&2
    exit 1
}

say() {
    echo "${0##*/}: $*" >&2
}

need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            fail "'$tool' is not installed. Debian/Ubuntu: apt-get install postgresql-client (pg_dump, pg_restore, psql; the same major version as the server or newer), tar, coreutils."
    done
}

# An absolute path; relative paths are taken from the checkout, like the Django settings do.
absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$REPO_DIR" "$1" ;;
    esac
}

python_for_parsing() {
    # Only the standard library is used: any Python 3 will do, the venv is not needed.
    if [ -n "${PYTHON:-}" ]; then
        printf '%s\n' "$PYTHON"
    elif [ -x "$REPO_DIR/.venv/bin/python" ]; then
        printf '%s\n' "$REPO_DIR/.venv/bin/python"
    elif command -v python3 >/dev/null 2>&1; then
        command -v python3
    else
        fail "python3 is needed to read DATABASE_URL (apt-get install python3)."
    fi
}

backup_setup() {
    if [ -z "${DATABASE_URL:-}" ]; then
        fail "DATABASE_URL is not set. Backups and restores work on the production PostgreSQL database, e.g. DATABASE_URL=postgres://user:password@host:5432/portal (the SQLite file of \`make run\` is not backed up by this script)."
    fi
    case "$DATABASE_URL" in
        postgres://* | postgresql://* | pgsql://* | postgis://*) ;;
        *) fail "DATABASE_URL is not a PostgreSQL URL (it starts with '${DATABASE_URL%%:*}:'). Backups and restores are for the production PostgreSQL database only; set DATABASE_URL=postgres://user:password@host:5432/portal." ;;
    esac

    local python parsed
    python=$(python_for_parsing)
    parsed=$("$python" - <<'PY'
import os
import shlex
import sys
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Options dj-database-url or Django understand but libpq does not: leave them out of libpq's URL.
DJANGO_ONLY = {"conn_max_age", "conn_health_checks", "isolation_level", "pool", "server_side_binding", "assume_role", "disable_server_side_cursors"}

url = urlsplit(os.environ["DATABASE_URL"])
userinfo, at, hostport = url.netloc.rpartition("@")
user, _, password = userinfo.partition(":")
name = unquote(url.path.lstrip("/"))
if not name:
    sys.exit("DATABASE_URL names no database (it needs a path such as /portal).")
query = urlencode([(k, v) for k, v in parse_qsl(url.query) if k not in DJANGO_ONLY])


def conninfo(database, password_shown=None):
    login = user + (":" + password_shown if password_shown is not None else "")
    netloc = (login + "@" if at and login else "") + hostport
    return urlunsplit(("postgresql", netloc, "/" + database, query, ""))


values = {
    "DB_NAME": name,
    "DB_CONNINFO": conninfo(url.path.lstrip("/")),
    "DB_MAINTENANCE": conninfo("postgres"),
    "DB_SHOWN": conninfo(url.path.lstrip("/"), "***" if password else None),
    "DB_PASSWORD": unquote(password),
}
for key, value in values.items():
    print(f"{key}={shlex.quote(value)}")
PY
) || fail "could not read DATABASE_URL."
    local DB_PASSWORD=
    eval "$parsed"
    if [ -n "$DB_PASSWORD" ]; then
        PGPASSWORD=$DB_PASSWORD
        export PGPASSWORD
    fi
    # A stray PGDATABASE or PGSERVICE must not redirect pg_dump, pg_restore or psql elsewhere.
    unset PGDATABASE PGSERVICE

    MEDIA_ROOT=$(absolute "${MEDIA_ROOT:-var/media}")
    MEDIA_ROOT=${MEDIA_ROOT%/}
}
