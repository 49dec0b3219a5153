"""The site-wide words readers act on: the site's name, the disclaimer, the emergency numbers and
the crisis signposting. Clinical content, so a change goes live only on a pharmacist's approval."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from portal.models.reviewed import ReviewedSnippet


class SiteWording(ReviewedSnippet):
    """One row, shown on every page (portal/serving/navigation.py keeps it with the top level)."""

    site_name = models.CharField(max_length=80, default="Medicines Explained")
    disclaimer_lead = models.CharField(
        max_length=200,
        default="This site does not replace advice from your doctor or pharmacist.",
        help_text="The footer's first sentence, in bold.",
    )
    disclaimer = models.TextField(
        default="It explains medicines in general terms; your own treatment may differ.",
    )
    emergency = models.TextField(
        "emergency numbers",
        default=(
            "In an emergency, call the emergency number (999 in the UK, 112 in Europe, 911 in "
            "North America)."
        ),
        help_text="Ends the footer on every page.",
    )
    crisis_heading = models.CharField(
        max_length=200,
        default=(
            "If you are thinking of harming yourself, or have taken too much of a medicine, "
            "get help now"
        ),
        help_text="Shown to a reader whose comment may come from someone in crisis.",
    )
    crisis_steps = models.TextField(
        default="\n".join(
            [
                "Call the emergency number (999 in the UK, 112 in Europe, 911 in North America) "
                "if you are in danger or have taken an overdose.",
                "In the UK you can call Samaritans free on 116 123, day or night, or text SHOUT "
                "to 85258.",
                "Or talk to your doctor, a pharmacist, or someone you trust today.",
            ]
        ),
        help_text="One step a line, most urgent first.",
    )

    panels = [
        FieldPanel("site_name"),
        MultiFieldPanel(
            [FieldPanel("disclaimer_lead"), FieldPanel("disclaimer"), FieldPanel("emergency")],
            heading="Footer",
        ),
        MultiFieldPanel(
            [FieldPanel("crisis_heading"), FieldPanel("crisis_steps")],
            heading="Crisis signposting",
        ),
    ]

    class Meta:
        verbose_name = "site wording"
        verbose_name_plural = "site wording"

    def __str__(self):
        return "Site wording"

    @property
    def crisis_step_list(self):
        return [line.strip() for line in self.crisis_steps.splitlines() if line.strip()]

    @classmethod
    def live_or_default(cls):
        """The approved wording; the defaults until there is one."""
        return cls.objects.filter(live=True).order_by("pk").first() or cls()
