import json

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

register = template.Library()


SECTIONS = {"medicines": "guides.GuideIndexPage", "blog": "blog.BlogIndexPage"}


@register.simple_tag(takes_context=True)
def section_urls(context):
    """{"medicines": url, "blog": url} for the live section index pages, so menus follow whatever
    slugs editors give them. One query per request, however often the tag is used."""
    request = context.get("request")
    cached = getattr(request, "_portal_section_urls", None)
    if cached is not None:
        return cached
    # ContentType look-ups are cached in-process, so this costs one query for the pages.
    content_types = {
        ContentType.objects.get_for_model(apps.get_model(label)).pk: name
        for name, label in SECTIONS.items()
    }
    urls = dict.fromkeys(SECTIONS, "")
    pages = Page.objects.live().filter(content_type__in=content_types).order_by("path")
    for page in pages:
        name = content_types[page.content_type_id]
        urls[name] = urls[name] or page.get_url(request=request)
    if request is not None:
        request._portal_section_urls = urls
    return urls


# JSON inside <script> must not be able to close the tag or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render a dict as a JSON-LD script element, escaped like Django's json_script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
