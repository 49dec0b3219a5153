"""What the guides tell the portal's base: which cached pages their snippets change, which new
pages go under review, and what search must index again."""

from wagtail.search import index
from wagtail.signals import published

from guides.models import Condition, GuideIndexPage
from portal.serving import cache_invalidation
from portal.signals import review_new_pages_of


def reindex_guides_of(sender, instance, **kwargs):
    """Guides are found by the names of their conditions: an approved name is searchable at once."""
    for guide in instance.guides.live():
        index.insert_or_update_object(guide)


def register():
    published.connect(reindex_guides_of, sender=Condition, dispatch_uid="guides_condition_names")
    # Guides and the A–Z show the live names of conditions.
    cache_invalidation.invalidate_on_change(Condition, lambda condition: ["guides"])
    review_new_pages_of(GuideIndexPage)
