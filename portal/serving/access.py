"""Who may see a page: Wagtail's view restrictions, without paying for them when there are none.

A public health site almost never restricts a page, yet Wagtail checks every page view against
its ancestors' restrictions (two queries) and every `.public()` listing runs one more. A flag in
the shared cache says whether any restriction exists at all; while none does, those checks are
skipped. Saving or deleting a restriction clears the flag (portal/serving/cache_invalidation.py), and
the flag also expires on its own, so a missed signal cannot hide a restriction for long.

Within one request the flag is read from the shared cache once (a page view asks up to three
times): the page view fetches it with the site's top level (portal/serving/navigation.py), and the
answer is kept until the request ends.
"""

from contextvars import ContextVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.dispatch import receiver

from wagtail.models import PageViewRestriction

FLAG_KEY = "portal:any-view-restrictions"
FLAG_SECONDS = 60

# The flag as this request found it; None outside a request, so no other process (a command,
# a worker) ever keeps a stale answer.
_this_request = ContextVar("portal_restrictions_this_request", default=None)


@receiver(request_started)
def _request_started(**kwargs):
    _this_request.set({})


@receiver(request_finished)
def _request_finished(**kwargs):
    _this_request.set(None)


def restrictions_exist():
    memo = _this_request.get()
    if memo is not None and FLAG_KEY in memo:
        return memo[FLAG_KEY]
    flag = cache.get(FLAG_KEY)
    if flag is None:
        flag = PageViewRestriction.objects.exists()
        cache.set(FLAG_KEY, flag, FLAG_SECONDS)
    if memo is not None:
        memo[FLAG_KEY] = flag
    return flag


def remember(flag):
    """Keep the flag this request fetched from the shared cache along with other values."""
    memo = _this_request.get()
    if memo is not None and flag is not None:
        memo[FLAG_KEY] = flag


def forget_restrictions():
    memo = _this_request.get()
    if memo is not None:
        memo.pop(FLAG_KEY, None)
    cache.delete(FLAG_KEY)
    # Again once the change is visible to other connections: a reader who computed the flag
    # from the database between the change and its commit would otherwise keep it stale.
    transaction.on_commit(lambda: cache.delete(FLAG_KEY))


def public(pages):
    """`pages.public()`, without its query while no page is restricted."""
    return pages.public() if restrictions_exist() else pages


def hidden_ids(pages):
    """The ids among `pages` that a reader must log in or give a password to see: links to them
    are left out. No query while no page is restricted."""
    if not restrictions_exist():
        return set()
    return set(pages.not_public().values_list("pk", flat=True))


class ViewRestrictionsWhenAny:
    """Page mixin: Wagtail's per-view restriction check, skipped while no page is restricted."""

    def get_view_restrictions(self):
        if not restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
