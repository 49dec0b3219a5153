from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from portal.search.tiers import search_tiers
from portal.serving.access import public
from portal.serving.pagination import paginate
from portal.serving.query_forms import SearchForm

SEARCH_RESULTS_PER_PAGE = 10
# Enough for any real search; keeps the work per request bounded whatever is typed.
SEARCH_RESULTS_PER_TIER = 100


@require_GET
def search(request):
    query, shortened = SearchForm(request.GET).query()
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
