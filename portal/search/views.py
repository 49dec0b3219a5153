import unicodedata

from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from portal.search.tiers import search_tiers
from portal.serving.access import public
from portal.serving.pagination import paginate

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
