"""Form data as people post it: a complete blog post from the page editor, and a reader's
comment with a signed timestamp old enough to pass as human."""

import time

from django.core import signing

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.form_timestamps import SALT as TIMESTAMP_SALT


def post_form(author, **overrides):
    data = {
        "title": "Formed post",
        "slug": "formed-post",
        "date": "2026-11-20",
        "teaser": "A teaser.",
        "post_authors": inline_formset([{"author": author.pk}]),
        "related_guides": inline_formset([]),
        "body": streamfield([("paragraph", rich_text("<p>Plain words.</p>"))]),
        "tags": "",
    } | overrides
    return nested_form_data(data)


def issued(seconds_ago=30):
    return signing.dumps(time.time() - seconds_ago, salt=TIMESTAMP_SALT)


def comment_form(**overrides):
    return {
        "name": "Sam",
        "email": "",
        "body": "Thank you, this was clear.",
        "website": "",
        "issued": issued(),
    } | overrides
