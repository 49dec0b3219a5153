from django.db import models

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.serving.access import ViewRestrictionsWhenAny
from portal.serving.navigation import top_level

HOME_PAGE_CONTEXT_HOOK = "portal_home_page_context"  # request -> a dict for home_page.html


class HomePage(ViewRestrictionsWhenAny, Page):
    """The site root: introduces the portal and points readers to the A–Z and the blog."""

    intro = models.TextField(help_text="One or two sentences under the site's main heading.")
    body = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["guides.GuideIndexPage", "blog.BlogIndexPage", "portal.StandardPage"]
    max_count = 1
    # Read by {% meta_description %} when the promote tab's search description is empty.
    meta_description_from = "intro"
    invalidates_tags = ["nav"]  # portal/serving/cache_invalidation.py

    def cache_tags(self):
        return ["posts"]  # the latest posts

    def route(self, request, path_components):
        # The live top level is cached (portal/serving/navigation.py): no query to reach a section.
        if path_components:
            child = top_level(request)["pages"].get(path_components[0])
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        # The sections below the introduction come from the apps (`portal_home_page_context`).
        context = super().get_context(request, *args, **kwargs)
        for hook in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            context.update(hook(request))
        return context


class StandardPage(ViewRestrictionsWhenAny, Page):
    """Plain information pages such as privacy, about and contact."""

    intro = models.TextField(blank=True)
    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    meta_description_from = "intro"
    # The home page routes to it through the cached top level (portal/serving/navigation.py).
    invalidates_tags = ["nav"]

    def cache_tags(self):
        return []

    class Meta:
        verbose_name = "information page"
