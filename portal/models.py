from django.conf import settings
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class IndexedWithRelations:
    """Re-index a page after its child rows and many-to-many links are written.

    Wagtail indexes a page from its post_save signal, but modelcluster writes inline children
    (brand names, tags, …) only after that, so a search for a brand name just added would miss.
    """

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        index.insert_or_update_object(self)
        return result


class ReviewStamp(models.Model):
    """Who last checked a page and when it is due again. Set by the pharmacist review on
    approval, never typed by editors, so these fields stay out of every edit panel."""

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewer_credentials = models.CharField(max_length=120, blank=True, editable=False)
    last_reviewed = models.DateField(null=True, blank=True, editable=False)
    next_review_due = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def reviewer_name(self):
        if self.reviewed_by is None:
            return ""
        return self.reviewed_by.get_full_name() or self.reviewed_by.get_username()


class HomePage(Page):
    """The site root: introduces the portal and points readers to the A–Z and the blog."""

    intro = models.TextField(help_text="One or two sentences under the site's main heading.")
    body = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["guides.GuideIndexPage", "blog.BlogIndexPage", "portal.StandardPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from blog.models import BlogPostPage  # the blog depends on the portal, not the reverse

        context = super().get_context(request, *args, **kwargs)
        context["latest_posts"] = BlogPostPage.objects.live().public().order_by("-date", "-pk")[:3]
        return context


class StandardPage(Page):
    """Plain information pages such as privacy, about and contact."""

    intro = models.TextField(blank=True)
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = "information page"
