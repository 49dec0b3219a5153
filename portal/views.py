from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Page

from portal.pagination import paginate

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None
    if query:
        matches = Page.objects.live().public().specific().search(query)
        results = paginate(request, matches, SEARCH_RESULTS_PER_PAGE)
    return render(request, "portal/search.html", {"query": query, "results": results})


@require_GET
def healthz(request):
    """Liveness: the process answers. Says nothing about the database on purpose."""
    return JsonResponse({"status": "ok"})
