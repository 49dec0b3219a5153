"""What makes which cached pages stale. Connected in portal.signals.register()."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import access
from portal import cache as page_cache

# Kinds of content a page type feeds into listings (see each model's cache_tags()).
KIND_TAGS = {
    "guides.DrugGuidePage": ["guides"],
    "guides.GuideIndexPage": ["guides", "nav"],
    "blog.BlogPostPage": ["posts"],
    "blog.BlogIndexPage": ["posts", "nav"],
    "portal.HomePage": ["nav"],
    "portal.StandardPage": ["nav"],  # the home page routes to it through the cached top level
}


def tags_for_page(page):
    return [f"page:{page.pk}", *KIND_TAGS.get(page._meta.label, [])]


def invalidate(tags):
    page_cache.bump(*tags)
    purge_front_cache(tags)


def purge_front_cache(tags):
    """Tell the reverse-proxy cache too, by section: it bans a section URL's whole prefix."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    from blog.models import BlogIndexPage, BlogPostPage
    from guides.models import GuideIndexPage
    from portal.models import HomePage

    pages = []
    post_ids = [int(tag.split(":", 1)[1]) for tag in tags if tag.startswith("comments:")]
    if post_ids:
        pages += BlogPostPage.objects.live().filter(pk__in=post_ids)
    if "guides" in tags or "nav" in tags:
        pages += GuideIndexPage.objects.live()
    if "posts" in tags or "nav" in tags:
        pages += [*BlogIndexPage.objects.live(), *HomePage.objects.live()]
    if pages:
        purge_pages_from_cache(pages)


def page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate(tags_for_page(instance.specific_deferred))


def page_moved(sender, instance, **kwargs):
    invalidate([f"page:{instance.pk}", "nav", "guides", "posts"])


def comment_changed(sender, instance, **kwargs):
    invalidate([f"comments:{instance.post_id}"])


def author_changed(sender, instance, **kwargs):
    invalidate(["posts"])


def condition_changed(sender, instance, **kwargs):
    invalidate(["guides"])


def restrictions_changed(sender, instance, **kwargs):
    access.forget_restrictions()
    invalidate(["nav", "guides", "posts", f"page:{instance.page_id}"])


def site_changed(sender, instance, **kwargs):
    # Every page's URLs and routing hang off its Site; "nav" is on every cached page.
    invalidate(["nav"])


def register():
    from wagtail.models import PageViewRestriction, Site

    post_save.connect(site_changed, sender=Site, dispatch_uid="portal_cache_site")
    post_delete.connect(site_changed, sender=Site, dispatch_uid="portal_cache_site_del")

    from blog.models import Author, Comment
    from guides.models import Condition

    post_save.connect(
        restrictions_changed, sender=PageViewRestriction, dispatch_uid="portal_cache_pvr"
    )
    post_delete.connect(
        restrictions_changed, sender=PageViewRestriction, dispatch_uid="portal_cache_pvr_del"
    )

    page_published.connect(page_changed, dispatch_uid="portal_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="portal_cache_unpublished")
    post_delete.connect(page_changed, dispatch_uid="portal_cache_deleted")
    post_page_move.connect(page_moved, dispatch_uid="portal_cache_moved")
    for model, receiver in (
        (Comment, comment_changed),
        (Author, author_changed),
        (Condition, condition_changed),
    ):
        post_save.connect(receiver, sender=model, dispatch_uid=f"portal_cache_{model._meta.label}")
        post_delete.connect(
            receiver, sender=model, dispatch_uid=f"portal_cache_del_{model._meta.label}"
        )
