"""Admin form data for a complete, valid blog post, as the page editor would post it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


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
