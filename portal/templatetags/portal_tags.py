import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal.navigation import top_level

register = template.Library()


@register.simple_tag(takes_context=True)
def section_urls(context):
    """{"medicines": url, "blog": url} for the live section index pages, so menus follow whatever
    slugs editors give them (portal/navigation.py keeps them in the cache)."""
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
    from portal.middleware import FORM_FIELDS_MARKER

    return mark_safe(FORM_FIELDS_MARKER.decode())  # noqa: S308
