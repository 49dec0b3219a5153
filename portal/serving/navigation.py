"""The site's top level, kept in the cache under the "nav" tag: the home page's live children, and
the Wagtail Site of each host the site answers to, its home page already in its specific form.

Wagtail finds a page by looking up the Site, then its root page, then the root page's specific
form, then each page down the path: four queries before the page itself. With this entry a guide
or a post costs one. Menus read the section URLs from it too, and page URLs its copy of Wagtail's
site root paths. Publishing, moving or deleting a top-level page, or changing a Site, bumps "nav"
(portal/serving/cache_invalidation.py), and the entry is rebuilt on the next request.

A page view reads the shared cache once: the "nav" version, this entry and the view-restriction
flag (portal/serving/access.py) come in one round trip.
"""

from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Page, Site

from portal.models.wording import SiteWording
from portal.serving import access
from portal.serving import cache as page_cache

CACHE_KEY = "portal:top-level:v4"  # the suffix changes whenever the entry changes shape


def top_level(request=None):
    """{"pages": {slug: page}, "sections": {"medicines": url, "blog": url}, "sites": {…}}."""
    entry = getattr(request, "_portal_top_level", None)
    if entry is not None:
        return entry
    nav_key = page_cache.tag_key("nav")
    found = cache.get_many([nav_key, CACHE_KEY, access.FLAG_KEY])
    access.remember(found.get(access.FLAG_KEY))
    version = found.get(nav_key) or page_cache.tag_versions(["nav"])["nav"]
    entry = found.get(CACHE_KEY)
    changed = not entry or entry["version"] != version
    if changed:
        entry = build(version, request)
    if request is not None:
        host = host_of(request)
        if host not in entry["sites"]:
            entry["sites"][host] = find_site(request)
            changed = True
        request._portal_top_level = entry
        # Where Page.get_url(request) looks for Wagtail's root paths before the cache.
        request._wagtail_cached_site_root_paths = entry["root_paths"]
    if changed:
        cache.set(CACHE_KEY, entry, None)
    return entry


def build(version, request):
    # From the database: Wagtail's cached copy of the root paths could predate the change that
    # bumped "nav".
    Site.clear_site_root_paths_cache()
    home = Page.objects.filter(depth=2).first()
    children = home.get_children().live().specific() if home else []
    entry = {
        "version": version,
        "pages": {},
        "sections": {},
        "sites": {},
        "root_paths": Site.get_site_root_paths(),
        # The approved site-wide words every page shows; publishing them bumps "nav".
        "wording": SiteWording.live_or_default(),
    }
    for child in children:
        entry["pages"][child.slug] = child
        # A section index names itself (`nav_section`); the first live one of each is linked.
        section = getattr(child, "nav_section", "")
        if section and not entry["sections"].get(section):
            entry["sections"][section] = child.get_url(request=request)
    return entry


def host_of(request):
    # get_host() has been checked against ALLOWED_HOSTS by now, so the keys stay few.
    return split_domain_port(request.get_host())[0], request.get_port()


def find_site(request):
    """Wagtail's own choice of Site for this host, with its root page made specific."""
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def attach_site(request):
    """Hand Wagtail the request's Site from the cache; Site.find_for_request() returns it."""
    request._wagtail_site = top_level(request)["sites"][host_of(request)]
