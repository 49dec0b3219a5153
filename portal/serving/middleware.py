"""Serves anonymous readers whole pages from the cache, and fills per-reader form fields in."""

import hashlib
import logging

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, quote_etag
from django.utils.html import format_html

from wagtail.views import serve

from portal import form_timestamps
from portal.search.views import search
from portal.serving import cache as page_cache
from portal.serving.navigation import attach_site

logger = logging.getLogger(__name__)

# Marks where a form needs its CSRF token and signed timestamp. Filled in for every response,
# cached or not, so a cached page never carries one reader's token to another.
FORM_FIELDS_MARKER = b"<!--portal:fresh-form-fields-->"
CACHEABLE_PARAMS = {"page", "tag", "condition", "q"}
CACHED_HEADERS = ("Content-Type", "Content-Language", "Link")


def content_digest(content):
    return hashlib.md5(content, usedforsecurity=False).hexdigest()


def fresh_form_fields(request):
    issued = getattr(request, "portal_form_issued", None) or form_timestamps.issue_timestamp()
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
        '<input type="hidden" name="issued" value="{}">',
        get_token(request),
        issued,
    ).encode()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.cache_key(request)
        if key is not None:
            try:
                entry = page_cache.get(key)
            except Exception:
                logger.warning("page cache unavailable; serving from the database", exc_info=True)
                entry, key = None, None
            if entry is not None:
                response = HttpResponse(entry["content"], status=entry["status"])
                for name, value in entry["headers"].items():
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                return self.finish(request, response, public=True, digest=entry["digest"])

        response = self.get_response(request)
        tags = getattr(request, "portal_cache_tags", None)
        if key is not None and tags and self.storable(response):
            digest = content_digest(response.content)
            try:
                page_cache.store(
                    key,
                    tags,
                    response.content,
                    response.status_code,
                    {name: response[name] for name in CACHED_HEADERS if name in response},
                    digest,
                )
                response["X-Page-Cache"] = "miss"
            except Exception:
                logger.warning("page cache unavailable; response not stored", exc_info=True)
            return self.finish(request, response, public=True, digest=digest)
        return self.finish(request, response, public=False)

    def cache_key(self, request):
        if not page_cache.enabled() or request.method not in ("GET", "HEAD"):
            return None
        if request.user.is_authenticated or not set(request.GET) <= CACHEABLE_PARAMS:
            return None
        raw = f"{request.get_host()}{request.get_full_path()}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def storable(self, response):
        return (
            response.status_code == 200
            and not response.cookies
            and not response.has_header("Set-Cookie")
            and not getattr(response, "streaming", False)
            and "private" not in response.get("Cache-Control", "")
        )

    def finish(self, request, response, public, digest=None):
        if getattr(response, "streaming", False):
            return response
        fields = b""
        if FORM_FIELDS_MARKER in response.content:
            fields = fresh_form_fields(request)
            response.content = response.content.replace(FORM_FIELDS_MARKER, fields)
        if digest is not None:
            # The page's ETag from the digest made once when it was stored, and this response's
            # own form fields: the same value ConditionalGetMiddleware would get by hashing the
            # whole response again on every hit (up to 100 KB for a post with its comments).
            etag = content_digest(digest.encode() + fields) if fields else digest
            response["ETag"] = quote_etag(etag)
        if public:
            # Browsers may reuse a page for a minute; shared caches until the app purges it.
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PORTAL_BROWSER_CACHE_SECONDS,
                s_maxage=settings.PORTAL_SHARED_CACHE_SECONDS,
            )
        elif request.user.is_authenticated and not response.has_header("Cache-Control"):
            # Staff may see pages shaped by their login (the userbar): never for shared caches.
            patch_cache_control(response, private=True, no_cache=True)
        return response


class SiteMiddleware:
    """Wagtail's Site for a reader's page, from the cached top level (portal/serving/navigation.py):
    Wagtail's page view and the site search, whose results link to pages. The admin, the API
    and the health checks go their own way."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve or view_func is search:
            attach_site(request)
