"""The read-only public API at /api/v2/: pages and images, no write endpoints."""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)


@require_GET
def api_root(request):
    """What /api/v2/ offers, so the API can be discovered from its root."""
    return JsonResponse(
        {
            name: request.build_absolute_uri(reverse(f"wagtailapi:{name}:listing"))
            for name in ("pages", "images")
        }
    )
