from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.models import ReviewedSnippet


class Condition(ReviewedSnippet, index.Indexed, models.Model):
    """A condition a medicine treats. Guides link to many; readers filter the A–Z by one."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in ?condition= links.")
    description = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
