"""Whole-page caching for anonymous readers, invalidated by tags.

Each cached response remembers the versions of the tags it was built from: its own page
(`page:<id>`), the menus (`nav`), and the kinds of content it lists (`guides`, `posts`,
`comments:<post id>`). Changing content bumps the version of exactly those tags, so every page
that showed it misses the cache on its next request, and no other page does.
"""

import logging
import time
import uuid

from django.conf import settings
from django.core import checks
from django.core.cache import cache

from portal.serving.local_copies import LocalCopies

logger = logging.getLogger(__name__)

PREFIX = "portal:pagecache:v2:"  # the version changes whenever an entry changes shape
TAG_PREFIX = "portal:tag:"
TIMEOUT = 60 * 60 * 24  # a day; tags make entries stale long before that when content changes


# Caches that every server reads and writes alike, whichever machine or process it runs in.
SHARED_BACKENDS = (
    "django_redis.",
    "django.core.cache.backends.redis.",
    "django.core.cache.backends.memcached.",
)


def enabled():
    return settings.PORTAL_PAGE_CACHE


def check_shared(app_configs=None, **kwargs):
    """`check --deploy`: the page cache on a cache that some server processes cannot see would
    go on serving pages that were withdrawn in another process."""
    backend = settings.CACHES["default"]["BACKEND"]
    if not enabled() or backend.startswith(SHARED_BACKENDS):
        return []
    return [
        checks.Error(
            f"The page cache is on, but the default cache ({backend}) is not shared by every "
            "server process: a page withdrawn in one process would still be served by others.",
            hint="Set REDIS_URL, or PORTAL_PAGE_CACHE=off.",
            id="portal.E010",
        )
    ]


def tag_key(tag):
    return TAG_PREFIX + tag


def tag_versions(tags):
    """Current version of each tag, creating versions for tags seen for the first time."""
    keys = {tag_key(tag): tag for tag in tags}
    found = cache.get_many(list(keys))
    versions = {keys[key]: value for key, value in found.items()}
    for key, tag in keys.items():
        if tag not in versions:
            fresh = uuid.uuid4().hex
            cache.add(key, fresh, None)
            versions[tag] = cache.get(key) or fresh
    return versions


def bump(*tags):
    """Make every cached page built from any of these tags stale."""
    tags = [tag for tag in tags if tag]
    if not tags:
        return
    try:
        cache.set_many({tag_key(tag): f"{time.time_ns()}-{uuid.uuid4().hex}" for tag in tags}, None)
    except Exception:
        # An unreachable cache holds nothing to invalidate; pages are served from the database.
        logger.warning("page cache: could not bump tags %s", tags, exc_info=True)


def page_tags(page):
    return [f"page:{page.pk}", "nav", *page.cache_tags()]


# Pages this process served lately. A local copy is only ever served after its tag versions
# have been checked against the shared cache, so it is exactly as fresh as the shared entry.
local = LocalCopies(max_bytes=settings.PORTAL_PAGE_CACHE_LOCAL_BYTES)


def current(entry):
    return tag_versions(entry["tags"]) == entry["tags"]


def get(key):
    entry = local.get(key)
    if entry is not None and current(entry):
        return entry
    entry = cache.get(PREFIX + key)
    if entry is None or not current(entry):
        return None
    local.put(key, entry, len(entry["content"]))
    return entry


def store(key, tags, content, status, headers, digest):
    entry = {
        "tags": tag_versions(tags),
        "content": content,
        "status": status,
        "headers": headers,
        "digest": digest,
    }
    cache.set(PREFIX + key, entry, TIMEOUT)
    local.put(key, entry, len(content))
    return entry
