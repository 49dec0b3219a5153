"""The site's top level (the home page's children), kept in the cache under the "nav" tag:
menus read the section URLs from it and the home page routes to its children with it."""

from django.core.cache import cache

from wagtail.models import Page

from portal import cache as page_cache

CACHE_KEY = "portal:top-level"
SECTIONS = {"guides.guideindexpage": "medicines", "blog.blogindexpage": "blog"}


def top_level(request=None):
    """{"routes": {slug: (model label, pk)}, "sections": {"medicines": url, "blog": url}}."""
    version = page_cache.tag_versions(["nav"])["nav"]
    entry = cache.get(CACHE_KEY)
    if entry and entry["version"] == version:
        return entry
    home = Page.objects.filter(depth=2).first()
    children = home.get_children().live().select_related("content_type") if home else []
    entry = {"version": version, "routes": {}, "sections": dict.fromkeys(SECTIONS.values(), "")}
    for child in children:
        label = f"{child.content_type.app_label}.{child.content_type.model}"
        entry["routes"][child.slug] = (label, child.pk)
        if label in SECTIONS and not entry["sections"][SECTIONS[label]]:
            entry["sections"][SECTIONS[label]] = child.get_url(request=request)
    cache.set(CACHE_KEY, entry, None)
    return entry
