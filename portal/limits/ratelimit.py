"""Rate limits per client address that parallel requests cannot overrun, on PostgreSQL and SQLite.

    with ratelimit.hold("comment", address, limit=5, window=3600) as bucket:
        ...store the comment...
        bucket.spend()

`hold` raises Exceeded when the client has used the limit up. Otherwise it locks the client's
bucket until the block ends, so a second request from the same client waits and then sees the
first one's use: the check and what it guards are one transaction. The lock is an upsert, the
first statement of the transaction: a row lock on PostgreSQL, and on SQLite the database's
write lock taken before anything is read (a read first would let two writers deadlock).
An exception in the block rolls everything back, the use included.

Keys are only ever what the sender controls: the client address (portal.limits.client_address), hashed
with the secret key so the table holds no address. Never key a limit on a typed name or email:
anyone could then spend it for someone else.
"""

import datetime
import hashlib
import hmac
import time
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.models import RateLimitBucket


class Exceeded(Exception):
    def __init__(self, retry_after):
        super().__init__(f"rate limit exceeded; retry after {retry_after} s")
        self.retry_after = retry_after


def address_hash(address):
    """A keyed hash of an address: the same for the same client, useless without SECRET_KEY."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, (address or "").encode(), hashlib.sha256).hexdigest()


class Bucket:
    def __init__(self, row, now, window):
        self.row, self.now, self.window = row, now, window
        self.uses = [at for at in row.uses if at > now - window]

    def spend(self):
        self.uses.append(self.now)

    def clear(self):
        self.uses = []


@contextmanager
def hold(name, address, *, limit, window):
    """Lock the bucket of limit `name` for `address`; raise Exceeded when `limit` uses fall in
    the last `window` seconds. `bucket.spend()` inside the block records one more use."""
    key = f"{name}:{address_hash(address)}"
    with transaction.atomic():
        # INSERT … ON CONFLICT DO UPDATE: creates or locks the row in one statement.
        RateLimitBucket.objects.bulk_create(
            [RateLimitBucket(key=key)],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=["touched"],
        )
        row = RateLimitBucket.objects.get(key=key)
        now = time.time()
        bucket = Bucket(row, now, window)
        if len(bucket.uses) >= limit:
            retry_after = int(bucket.uses[-limit] + window - now) + 1
            raise Exceeded(retry_after)
        yield bucket
        if bucket.uses != row.uses:
            row.uses = bucket.uses
            row.save(update_fields=["uses", "touched"])
    # Buckets of this limit nobody has touched for a whole window hold no use that still
    # counts (each hold touches its bucket). Deleted after the commit, holding no other lock,
    # so two requests can never wait on each other's rows.
    stale = timezone.now() - datetime.timedelta(seconds=window)
    RateLimitBucket.objects.filter(key__startswith=f"{name}:", touched__lt=stale).delete()
