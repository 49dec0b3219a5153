#!/usr/bin/env bash
# Back up the portal: the PostgreSQL database in DATABASE_URL and the uploaded files in MEDIA_ROOT.
#
#   DATABASE_URL=postgres://user:password@host:5432/portal deploy/backup.sh     (or: make backup)
#
# Writes one backup set to BACKUP_DIR (default var/backups), named after the database and the
# time in UTC, e.g. var/backups/portal-20250101T020000Z:
#   .dump           pg_dump --format=custom of the database
#   .media.tar.gz   MEDIA_ROOT (default var/media); an empty archive when there is no media yet
#   .info           when, what and which code (git commit) the backup was made from
#   .sha256         checksums of the three files above; deploy/restore.sh checks them first
# The files are readable by their owner only: they hold personal data (accounts, comments).
# The set appears complete or not at all: parts are written under temporary names, renamed at the
# end, the manifest last. Restore with deploy/restore.sh; see docs/operations.md.
set -euo pipefail

# shellcheck source=deploy/backup-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/backup-lib.sh"

need pg_dump tar gzip sha256sum
backup_setup

BACKUP_DIR=$(absolute "${BACKUP_DIR:-var/backups}")
umask 077
mkdir -p "$BACKUP_DIR"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="$DB_NAME-$stamp"
prefix="$BACKUP_DIR/$name"
[ ! -e "$prefix$MANIFEST_SUFFIX" ] || fail "$prefix$MANIFEST_SUFFIX already exists; try again in a second."

work=$(mktemp -d "$BACKUP_DIR/.partial-$name.XXXXXX")
cleanup() {
    rm -rf "$work"
}
trap cleanup EXIT

say "dumping $DB_SHOWN"
pg_dump --format=custom --dbname="$DB_CONNINFO" --file="$work/$name$DUMP_SUFFIX"

if [ -d "$MEDIA_ROOT" ]; then
    say "archiving $MEDIA_ROOT"
    tar -C "$MEDIA_ROOT" -czf "$work/$name$MEDIA_SUFFIX" .
    media_files=$(find "$MEDIA_ROOT" -type f | wc -l)
else
    say "no media at $MEDIA_ROOT: the media archive is empty"
    mkdir "$work/empty"
    tar -C "$work/empty" -czf "$work/$name$MEDIA_SUFFIX" .
    rmdir "$work/empty"
    media_files=0
fi

commit=$(git -C "$REPO_DIR" rev-parse HEAD 2>/dev/null || echo unknown)
{
    echo "created: $stamp"
    echo "database: $DB_SHOWN"
    echo "pg_dump: $(pg_dump --version)"
    echo "media: $MEDIA_ROOT ($media_files files)"
    echo "code: $commit"
    echo "host: $(hostname 2>/dev/null || echo unknown)"
} >"$work/$name$INFO_SUFFIX"

(cd "$work" && sha256sum "$name$DUMP_SUFFIX" "$name$MEDIA_SUFFIX" "$name$INFO_SUFFIX") \
    >"$work/$name$MANIFEST_SUFFIX"

for suffix in "$DUMP_SUFFIX" "$MEDIA_SUFFIX" "$INFO_SUFFIX" "$MANIFEST_SUFFIX"; do
    mv "$work/$name$suffix" "$prefix$suffix"
done

say "backup written: $prefix ($(du -ch "$prefix$DUMP_SUFFIX" "$prefix$MEDIA_SUFFIX" | tail -n 1 | cut -f 1))"
say "restore it with: make restore BACKUP=$prefix"
# The prefix on stdout, for scripts that copy the set off-site.
echo "$prefix"
