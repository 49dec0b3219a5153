"""What makes which cached pages stale. Connected in portal.signals.register()."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.serving import access
from portal.serving import cache as page_cache

FRONT_CACHE_PAGES_HOOK = "portal_front_cache_pages"  # tags -> pages whose URL prefix to ban


def tags_for_page(page):
    """The page's own tag, and the kinds of listing it feeds (its model's `invalidates_tags`)."""
    return [f"page:{page.pk}", *getattr(page, "invalidates_tags", [])]


def invalidate(tags):
    page_cache.bump(*tags)
    purge_front_cache(tags)


def purge_front_cache(tags):
    """Tell the reverse-proxy cache too, by section: it bans a section URL's whole prefix. The
    apps say which of their pages the tags stand for."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    pages = [page for hook in hooks.get_hooks(FRONT_CACHE_PAGES_HOOK) for page in hook(tags)]
    if pages:
        purge_pages_from_cache(pages)


def invalidate_on_change(model, tags_for):
    """Invalidate `tags_for(instance)` whenever a `model` row is saved or deleted: how an app
    names the cached pages that show its snippets."""

    def changed(sender, instance, **kwargs):
        invalidate(tags_for(instance))

    uid = f"portal_cache_{model._meta.label}"
    post_save.connect(changed, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(changed, sender=model, dispatch_uid=f"{uid}_del", weak=False)


def page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate(tags_for_page(instance.specific_deferred))


def page_moved(sender, instance, **kwargs):
    invalidate([f"page:{instance.pk}", "nav", "guides", "posts"])


def restrictions_changed(sender, instance, **kwargs):
    access.forget_restrictions()
    invalidate(["nav", "guides", "posts", f"page:{instance.page_id}"])


def site_changed(sender, instance, **kwargs):
    # Every page's URLs and routing hang off its Site; "nav" is on every cached page.
    invalidate(["nav"])


def register():
    post_save.connect(site_changed, sender=Site, dispatch_uid="portal_cache_site")
    post_delete.connect(site_changed, sender=Site, dispatch_uid="portal_cache_site_del")

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
