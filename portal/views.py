import unicodedata

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from guides.models import DrugGuidePage
from guides.suggestions import did_you_mean
from portal.pagination import paginate

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
        pages = Page.objects.live().public()
        # Guides first: someone typing a medicine's name wants its guide before any post.
        guides = list(DrugGuidePage.objects.live().public().search(query)[:SEARCH_RESULTS_PER_TIER])
        others = list(
            pages.not_type(DrugGuidePage).specific().search(query)[:SEARCH_RESULTS_PER_TIER]
        )
        context["results"] = paginate(request, guides + others, SEARCH_RESULTS_PER_PAGE)
        if not guides:
            context["suggestion"] = did_you_mean(query)
    return render(request, "portal/search.html", context)


@require_GET
def healthz(request):
    """Liveness: the process answers. Says nothing about the database on purpose."""
    return JsonResponse({"status": "ok"})
