from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from portal.models import ReviewedSnippet


class Author(ReviewedSnippet, index.Indexed, models.Model):
    """Someone who writes for the blog. Credentials show beside their name on every post."""

    name = models.CharField(max_length=120)
    role = models.CharField(max_length=120, blank=True, help_text="e.g. Community pharmacist")
    credentials = models.CharField(max_length=60, blank=True, help_text="e.g. PharmD, MPharm")
    bio = models.TextField(blank=True, max_length=600)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("credentials"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("role"), APIField("credentials")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name
