"""Who may see a page: Wagtail's view restrictions, without paying for them when there are none.

A public health site almost never restricts a page, yet Wagtail checks every page view against
its ancestors' restrictions (two queries) and every `.public()` listing runs one more. A flag in
the shared cache says whether any restriction exists at all; while none does, those checks are
skipped. Saving or deleting a restriction clears the flag (portal/cache_invalidation.py), and
the flag also expires on its own, so a missed signal cannot hide a restriction for long.
"""

from django.core.cache import cache
from django.db import transaction

from wagtail.models import PageViewRestriction

FLAG_KEY = "portal:any-view-restrictions"
FLAG_SECONDS = 60


def restrictions_exist():
    flag = cache.get(FLAG_KEY)
    if flag is None:
        flag = PageViewRestriction.objects.exists()
        cache.set(FLAG_KEY, flag, FLAG_SECONDS)
    return flag


def forget_restrictions():
    cache.delete(FLAG_KEY)
    # Again once the change is visible to other connections: a reader who computed the flag
    # from the database between the change and its commit would otherwise keep it stale.
    transaction.on_commit(lambda: cache.delete(FLAG_KEY))


def public(pages):
    """`pages.public()`, without its query while no page is restricted."""
    return pages.public() if restrictions_exist() else pages


class ViewRestrictionsWhenAny:
    """Page mixin: Wagtail's per-view restriction check, skipped while no page is restricted."""

    def get_view_restrictions(self):
        if not restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
