import datetime
import functools
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import dateformat, timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from portal.serving.middleware import FORM_FIELDS_MARKER
from portal.serving.navigation import top_level

register = template.Library()


@register.simple_tag(takes_context=True)
def section_urls(context):
    """{"medicines": url, "blog": url} for the live section index pages, so menus follow whatever
    slugs editors give them (portal/serving/navigation.py keeps them in the cache)."""
    return top_level(context.get("request"))["sections"]


# JSON inside <script> must not be able to close the tag or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render a dict as a JSON-LD script element, escaped like Django's json_script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag
def fresh_form_fields():
    """Where a form's CSRF token and signed timestamp go. PageCacheMiddleware fills them in per
    request, so pages with forms can be cached without sharing one reader's token."""
    return mark_safe(FORM_FIELDS_MARKER.decode())  # noqa: S308


@register.simple_tag(takes_context=True)
def site_wording(context):
    """The approved site name, disclaimer, emergency numbers and crisis signposting."""
    return top_level(context.get("request"))["wording"]


@register.simple_tag
def meta_description(page):
    """What a search engine shows under the page's title: the editor's search description, else
    the opening words of the field the page model names in `meta_description_from`."""
    text = page.search_description or getattr(page, getattr(page, "meta_description_from", ""), "")
    return Truncator(" ".join(str(text or "").split())).chars(160)


@register.simple_tag
def time_element(value):
    """`<time datetime="2026-11-29">29 November 2026</time>`: a date as readers see it, with the
    machine-readable form; a datetime is shown as its day in the site's time zone. A post's
    comments show hundreds of these, and Django's date filter, twice for each, was a fifth of
    that page's rendering time; each day is formatted once per process here."""
    if not isinstance(value, datetime.date):
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        day = value.date()
        # HTML allows at most three digits of a second; readers are shown the day anyway.
        machine = value.isoformat(timespec="seconds")
    else:
        day = machine = value
    return format_html('<time datetime="{}">{}</time>', machine, _day(day, get_language()))


@functools.lru_cache(maxsize=1024)
def _day(day, language):
    return dateformat.format(day, "j F Y")
