"""Child rows of a post: its tags, its authors and the guides it discusses."""

from django.db import models

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from blog.serializers import AuthorSerializer


class BlogPostTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPostPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPostAuthor(Orderable):
    page = ParentalKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="post_authors")
    author = models.ForeignKey("blog.Author", on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("author")]
    api_fields = [APIField("author", serializer=AuthorSerializer(read_only=True))]


class BlogPostRelatedGuide(Orderable):
    """A guide the post discusses. The guide lists the post back from this same row."""

    page = ParentalKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(
        "guides.DrugGuidePage", on_delete=models.CASCADE, related_name="related_posts"
    )

    panels = [PageChooserPanel("guide", "guides.DrugGuidePage")]
    api_fields = [APIField("guide_id")]
