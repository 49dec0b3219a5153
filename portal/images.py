"""Which images readers see: those that live content shows, read from Wagtail's reference index.

The index is built from each object's stored row, which for pages and reviewed snippets holds
the live version, so an image chosen only in a draft is not counted until the draft goes live.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from portal.serving.access import public


def live_users_of(image):
    """The live pages and snippets that show `image`."""
    groups = ReferenceIndex.get_grouped_references_to(image)
    return [source for source, _ in groups if getattr(source, "live", True)]


def public_images():
    """Images that live pages anyone can read show."""
    Image = get_image_model()
    pages = public(Page.objects.live()).annotate(key=Cast("pk", CharField())).values("key")
    shown = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(Image),
        object_id__in=pages,
    ).values("to_object_id")
    return Image.objects.annotate(key=Cast("pk", CharField())).filter(key__in=shown)
