"""Child rows of a guide that other guides or the A–Z must query: brand names and interactions.
Lists only ever read on their own page (side effects, cautions, …) are StreamFields instead."""

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey


class GuideBrandName(Orderable):
    page = ParentalKey("guides.DrugGuidePage", on_delete=models.CASCADE, related_name="brand_names")
    name = models.CharField(max_length=80, help_text="As printed on the box, e.g. Lioresal.")

    panels = [FieldPanel("name")]
    api_fields = [APIField("name")]

    def __str__(self):
        return self.name


class GuideInteraction(Orderable):
    """Something that should not be mixed with this medicine. When it has a guide of its own,
    that guide lists the interaction too, read from this same row."""

    KINDS = [
        ("alcohol", "Alcohol"),
        ("medicine", "A medicine"),
        ("medicine_class", "A group of medicines"),
        ("food", "Food or drink"),
        ("other", "Other"),
    ]

    page = ParentalKey(
        "guides.DrugGuidePage", on_delete=models.CASCADE, related_name="interactions"
    )
    kind = models.CharField(max_length=20, choices=KINDS, default="medicine")
    substance = models.CharField(
        max_length=120,
        blank=True,
        help_text="e.g. Alcohol, Opioid painkillers. Leave blank to use the linked guide's name.",
    )
    interacting_guide = models.ForeignKey(
        "guides.DrugGuidePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interactions_from_other_guides",
        help_text="The guide to this substance, when there is one.",
    )
    effect = models.CharField(
        max_length=255, help_text="What can happen, without a full stop, e.g. “Very drowsy”."
    )
    advice = models.CharField(max_length=255, help_text="What the reader should do, as a sentence.")

    panels = [
        FieldPanel("kind"),
        FieldPanel("substance"),
        PageChooserPanel("interacting_guide", "guides.DrugGuidePage"),
        FieldPanel("effect"),
        FieldPanel("advice"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("name"),
        APIField("interacting_guide_id"),
        APIField("effect"),
        APIField("advice"),
    ]

    # The guide to link the name to, when a reader can open it: set by the guide page's view.
    link = None

    @property
    def name(self):
        if self.substance:
            return self.substance
        return self.interacting_guide.title if self.interacting_guide_id else ""

    def clean(self):
        if not self.substance and not self.interacting_guide_id:
            raise ValidationError({"substance": "Name the substance or choose its guide."})
        if self.interacting_guide_id and self.interacting_guide_id == self.page_id:
            raise ValidationError({"interacting_guide": "A medicine cannot interact with itself."})

    def __str__(self):
        return self.name
