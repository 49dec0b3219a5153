from itertools import groupby
from string import ascii_uppercase

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class GuideIndexPage(Page):
    """The medicines A–Z: every live guide, grouped by the first letter of its name."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["guides.DrugGuidePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = DrugGuidePage.objects.child_of(self).live().public().order_by("title")
        groups = [
            (letter, list(items))
            for letter, items in groupby(guides, key=lambda guide: guide.title[:1].upper())
        ]
        present = {letter for letter, _ in groups}
        context["letter_groups"] = groups
        context["alphabet"] = [(letter, letter in present) for letter in ascii_uppercase]
        return context


class DrugGuidePage(Page):
    """A reader's guide to one medicine."""

    generic_name = models.CharField(max_length=120, help_text="The medicine's generic name.")
    brand_names = models.CharField(
        max_length=255, blank=True, help_text="Brand names, separated by commas."
    )
    summary = models.TextField(help_text="Two or three plain sentences: what it is and what for.")
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [
        FieldPanel("generic_name"),
        FieldPanel("brand_names"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("generic_name", boost=3),
        index.SearchField("brand_names", boost=3),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("generic_name"),
        index.AutocompleteField("brand_names"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
