import sys
import unicodedata
import uuid

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from portal.access import public
from portal.pagination import paginate
from portal.searching import search_tiers

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200
# Enough for any real search; keeps the work per request bounded whatever is typed.
SEARCH_RESULTS_PER_TIER = 100


def clean_query(raw):
    """Drop control characters (PostgreSQL rejects NUL) and squeeze whitespace."""
    text = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc" or ch in "\t\n")
    return " ".join(text.split())


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    shortened = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = query[:SEARCH_QUERY_MAX_LENGTH].strip()
    context = {"query": query, "shortened": shortened, "results": None, "suggestion": None}
    request.portal_cache_tags = ["nav", "guides", "posts"]
    if query:
        # The apps' tiers first (someone typing a medicine's name wants its guide before any
        # post), then every other page. A result shows a page's title, URL, kind and
        # description, all fields of the base Page: no result's body is loaded.
        tiers = search_tiers()
        results, found_in_tiers = [], False
        for tier in tiers:
            found = list(
                public(tier.model.objects.live())
                .defer_streamfields()
                .search(query)[:SEARCH_RESULTS_PER_TIER]
            )
            found_in_tiers = found_in_tiers or bool(found)
            results += found
        others = public(Page.objects.live()).not_type(*(tier.model for tier in tiers))
        results += list(others.search(query)[:SEARCH_RESULTS_PER_TIER])
        context["results"] = paginate(request, results, SEARCH_RESULTS_PER_PAGE)
        if not found_in_tiers:
            suggesters = (tier.suggest for tier in tiers if tier.suggest)
            context["suggestion"] = next(filter(None, (s(query) for s in suggesters)), None)
    return render(request, "portal/search.html", context)


@require_GET
def healthz(request):
    """Liveness: the process answers. Says nothing about the database on purpose."""
    return JsonResponse({"status": "ok"})


@require_GET
def readyz(request):
    """Readiness: the database and the cache answer. No versions, hosts or errors are shown."""
    checks = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        checks["database"] = "unavailable"
    probe = uuid.uuid4().hex
    try:
        cache.set("portal:readyz", probe, 10)
        if cache.get("portal:readyz") != probe:
            checks["cache"] = "unavailable"
    except Exception:
        checks["cache"] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )


def server_error(request):
    """Django's handler500. A lost database gets a 503 that says to come back shortly; anything
    else the plain 500 page. Neither touches the database or shows any detail."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render(request, "500.html", status=500)
