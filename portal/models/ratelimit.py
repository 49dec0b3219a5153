"""What each rate limit has spent: one row per limit and client, locked while it is checked."""

from django.db import models


class RateLimitBucket(models.Model):
    """The recent uses of one limit by one client (a comment sent, a wrong page password).

    The row is the lock: checking the limit and recording a use happen in one transaction that
    holds it, so parallel requests from one client queue here instead of all passing the check.
    `key` names the limit and a keyed hash of the client address, never the address itself."""

    key = models.CharField(max_length=100, unique=True)
    # When each use happened (epoch seconds), only those still inside the limit's window.
    uses = models.JSONField(default=list)
    touched = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = "rate limit bucket"

    def __str__(self):
        return self.key
