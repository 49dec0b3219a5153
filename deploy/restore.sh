#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into the database in DATABASE_URL and into MEDIA_ROOT.
#
#   DATABASE_URL=postgres://… deploy/restore.sh var/backups/portal-20250101T020000Z
#   make restore BACKUP=var/backups/portal-20250101T020000Z      (or any file of the set)
#   make restore BACKUP=var/backups                                (the newest set in the folder)
#
# 1. Checks the set against its .sha256 manifest, and that the dump and archive can be read;
#    nothing is changed when they do not match.
# 2. Creates the database when it does not exist, then pg_restore --clean --if-exists --no-owner
#    --no-privileges in one transaction: the database ends up as in the backup, or, on any error,
#    unchanged.
# 3. Replaces the contents of MEDIA_ROOT (default var/media) with the archive (unpacked next to it
#    before step 2); what was there is moved aside to MEDIA_ROOT.before-restore-<time>, to be
#    deleted once the site looks right.
# Relative paths (BACKUP, MEDIA_ROOT) are taken from the checkout, where `make` runs.
# Stop the application (or at least its writers) first; see docs/operations.md.
set -euo pipefail

# shellcheck source=deploy/backup-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/backup-lib.sh"

need pg_restore psql tar gzip sha256sum
backup_setup

BACKUP=${1:-${BACKUP:-}}
[ -n "$BACKUP" ] ||
    fail "say which backup to restore: make restore BACKUP=var/backups/<name> (the path without its suffix, any file of the set, or a folder for its newest set)."
BACKUP=$(absolute "$BACKUP")

# The set's prefix, from a prefix, any file of the set, or a folder (its newest set).
if [ -d "$BACKUP" ]; then
    newest=
    for manifest in "$BACKUP"/*"$MANIFEST_SUFFIX"; do
        [ -e "$manifest" ] || continue
        set_name=${manifest##*/}
        set_name=${set_name%"$MANIFEST_SUFFIX"}
        # Names end in the UTC time: compare that, whatever the database was called.
        if [ -z "$newest" ] || [[ "${set_name: -16}" > "${newest: -16}" ]]; then
            newest=$set_name
        fi
    done
    [ -n "$newest" ] || fail "no backup (no *$MANIFEST_SUFFIX manifest) in $BACKUP."
    prefix="${BACKUP%/}/$newest"
    say "the newest backup in $BACKUP is $newest"
else
    prefix=$BACKUP
    for suffix in "$MANIFEST_SUFFIX" "$DUMP_SUFFIX" "$MEDIA_SUFFIX" "$INFO_SUFFIX"; do
        prefix=${prefix%"$suffix"}
    done
fi
dir=$(dirname "$prefix")
name=$(basename "$prefix")
manifest="$prefix$MANIFEST_SUFFIX"
[ -f "$manifest" ] || fail "no backup at $prefix: $manifest is missing."

say "checking $prefix against $name$MANIFEST_SUFFIX"
for suffix in "$DUMP_SUFFIX" "$MEDIA_SUFFIX"; do
    awk -v file="$name$suffix" '$2 == file && $1 ~ /^[0-9a-f]+$/ && length($1) == 64 { found = 1 } END { exit !found }' "$manifest" ||
        fail "REFUSED: the manifest $manifest does not list $name$suffix; this is not a complete backup. Nothing was changed."
done
if ! report=$(cd "$dir" && sha256sum --check --strict "$name$MANIFEST_SUFFIX" 2>&1); then
    printf '%s\n' "$report" | grep -v ': OK$' >&2 || true
    fail "REFUSED: checksum mismatch in $prefix: the backup is damaged or was changed after it was made. Nothing was changed. Use another backup (or an off-site copy of this one)."
fi
pg_restore --list "$prefix$DUMP_SUFFIX" >/dev/null ||
    fail "REFUSED: pg_restore cannot read $prefix$DUMP_SUFFIX (is pg_restore older than the pg_dump that made it?). Nothing was changed."
tar -tzf "$prefix$MEDIA_SUFFIX" >/dev/null ||
    fail "REFUSED: cannot read $prefix$MEDIA_SUFFIX. Nothing was changed."
if [ -f "$prefix$INFO_SUFFIX" ]; then
    sed 's/^/    /' "$prefix$INFO_SUFFIX" >&2
fi

say "restoring into $DB_SHOWN and $MEDIA_ROOT"

# Unpack the media first, next to MEDIA_ROOT: a full disk or a folder we may not write to stops
# the restore before the database is touched.
mkdir -p "$MEDIA_ROOT" || fail "cannot create $MEDIA_ROOT. Nothing was changed."
parent=$(dirname "$MEDIA_ROOT")
staging=$(mktemp -d "$parent/.media-restore.XXXXXX") ||
    fail "cannot write in $parent, next to MEDIA_ROOT (the restore unpacks there first). Nothing was changed."
cleanup() {
    rm -rf "$staging"
}
trap cleanup EXIT
tar -xzf "$prefix$MEDIA_SUFFIX" -C "$staging" --no-same-owner ||
    fail "cannot unpack $prefix$MEDIA_SUFFIX into $parent. Nothing was changed."

# The database: create it when missing (on a new server), then restore over it.
if ! psql --no-psqlrc --quiet --dbname="$DB_CONNINFO" --command='select 1' >/dev/null 2>&1; then
    exists=$(psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 \
        --set=db="$DB_NAME" --dbname="$DB_MAINTENANCE" <<'SQL'
select 1 from pg_database where datname = :'db';
SQL
    ) || fail "cannot connect to $DB_SHOWN, nor to its server's postgres database to create it."
    if [ "$exists" = 1 ]; then
        fail "the database $DB_NAME exists but cannot be connected to as the user in DATABASE_URL."
    fi
    say "creating the database $DB_NAME"
    psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --set=db="$DB_NAME" \
        --dbname="$DB_MAINTENANCE" <<'SQL' >/dev/null
create database :"db";
SQL
fi

pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="$DB_CONNINFO" "$prefix$DUMP_SUFFIX" ||
    fail "pg_restore failed; the transaction was rolled back, so $DB_NAME is as it was before. MEDIA_ROOT was not touched."
say "database restored"

# The media goes in last: move the old files aside, move the unpacked ones in. Contents are moved
# rather than the folder itself, so MEDIA_ROOT may be a mount point.
if [ -n "$(find "$MEDIA_ROOT" -mindepth 1 -maxdepth 1 -print -quit)" ]; then
    previous="$MEDIA_ROOT.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mkdir "$previous"
    find "$MEDIA_ROOT" -mindepth 1 -maxdepth 1 -exec mv -t "$previous" -- {} +
    say "the media that was in $MEDIA_ROOT is now in $previous (delete it once the site looks right)"
fi
find "$staging" -mindepth 1 -maxdepth 1 -exec mv -t "$MEDIA_ROOT" -- {} +
say "media restored ($(find "$MEDIA_ROOT" -type f | wc -l) files)"

say "done. Clear the page cache (docs/operations.md) and run manage.py migrate if the code is newer than the backup."
