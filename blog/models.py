import re
from html import unescape

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.pagination import paginate

BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


class BlogIndexPage(Page):
    """The blog listing: newest posts first, ten to a page, each ending in "Read more"."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count = 1

    class Meta:
        verbose_name = "blog index"

    posts_per_page = 10

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = BlogPostPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        context["posts"] = paginate(request, posts, self.posts_per_page)
        return context


class BlogPostPage(Page):
    """A short article. Its teaser leads the listing; without one the body's start stands in."""

    date = models.DateField("publication date", default=timezone.localdate)
    teaser = models.TextField(
        blank=True, help_text="Shown in listings. Leave blank to use the start of the body."
    )
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ul", "ol", "blockquote"])

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "blog post"

    excerpt_words = 40

    @property
    def excerpt(self):
        if self.teaser:
            return self.teaser
        # Close each block with a space so "</p><p>" does not glue two words together.
        text = strip_tags(BLOCK_END.sub(" ", self.body))
        return Truncator(" ".join(unescape(text).split())).words(self.excerpt_words, truncate="…")
