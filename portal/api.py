"""The read-only public API at /api/v2/: pages and images, no write endpoints."""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.api.v2.views import PagesAPIViewSet as BasePagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet as BaseImagesAPIViewSet

from portal.images import public_images


class RefuseNulMixin:
    """PostgreSQL cannot hold a NUL character: a query parameter carrying one is a bad
    request (400), not a database error (500)."""

    def check_query_parameters(self, queryset):
        if any("\x00" in value for values in self.request.GET.lists() for value in values[1]):
            raise BadRequestError("query parameters may not contain NUL characters")
        return super().check_query_parameters(queryset)


class PagesAPIViewSet(RefuseNulMixin, BasePagesAPIViewSet):
    pass


class PublicImageSerializer(ImageSerializer):
    # Readers get the size the site shows, never the uploaded original (which can carry
    # camera metadata and is not what any page displays).
    rendition = ImageRenditionField("max-1200x1200|format-webp", source="*", read_only=True)


class ImagesAPIViewSet(RefuseNulMixin, BaseImagesAPIViewSet):
    """Only images that live public pages show, each as a rendition, never the original file."""

    base_serializer_class = PublicImageSerializer
    body_fields = [*BaseAPIViewSet.body_fields, "title", "width", "height", "rendition"]
    meta_fields = [*BaseAPIViewSet.meta_fields, "tags"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "title", "rendition"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "title", "rendition"]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=public_images().values("pk")).order_by("pk")


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
