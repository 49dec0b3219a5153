from wagtail.search import index
from wagtail.signals import published


def reindex_guides_of(sender, instance, **kwargs):
    """Guides are found by the names of their conditions: an approved name is searchable at once."""
    for guide in instance.guides.live():
        index.insert_or_update_object(guide)


def register():
    from guides.models import Condition

    published.connect(reindex_guides_of, sender=Condition, dispatch_uid="guides_condition_names")
