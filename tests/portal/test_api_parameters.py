"""Bad query parameters at the read-only API get a 400 that says what was wrong, never a 500.

The six requests that crashed the API are kept as named regressions, each next to the valid form
of the same request. Then every parameter of both listings, both find endpoints and a detail
view gets a bad value from a fixed table, and hypothesis throws random values and random
combinations at them all: whatever comes in, no 5xx, and every 400 carries a message.
"""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

import pytest
import wagtail_factories
from hypothesis import given, settings
from hypothesis import strategies as st

from blog.models import BlogPostPage, BlogPostRelatedGuide
from guides.models import DrugGuidePage
from portal.api import ImagesAPIViewSet, PagesAPIViewSet
from tests.blog.factories import AuthorFactory, BlogIndexPageFactory, make_post
from tests.guides.conftest import make_guide
from tests.guides.factories import ConditionFactory, GuideIndexPageFactory
from tests.portal.factories import HomePageFactory
from tests.portal.test_hostile_input import NUMBERISH, TEXT, hypothesis_settings

# A request here costs a few milliseconds: 100 examples a test keep the file to seconds. (1,500
# a test found nothing more.)
api_settings = settings(hypothesis_settings, max_examples=100)

PAGES = "/api/v2/pages/"
IMAGES = "/api/v2/images/"


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    """A guide, two posts (one showing an image) under the usual tree, built once for the
    module in a transaction rolled back at its end, as test_hostile_input builds its site."""
    with django_db_blocker.unblock(), transaction.atomic():
        root = Page.get_first_root_node()
        root.get_children().delete()
        home = HomePageFactory(parent=root)
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        guide_index = GuideIndexPageFactory(parent=home)
        blog_index = BlogIndexPageFactory(parent=home)
        spasticity = ConditionFactory(name="Spasticity", slug="spasticity")
        guide = make_guide(guide_index, "Baclofen", brands=["Lioresal"])
        guide.conditions.add(spasticity)
        guide.save_revision().publish()
        image = wagtail_factories.ImageFactory(title="Pelvis diagram")
        post = make_post(
            blog_index,
            authors=[AuthorFactory(name="Sam Okafor")],
            tags=["pain"],
            title="Pictured post",
            slug="pictured",
            date=datetime.date(2026, 1, 15),
            off_label=True,
            body=[("image", {"image": image, "alt_text": "A diagram", "caption": ""})],
            related_guides=[BlogPostRelatedGuide(guide=guide)],
        )
        make_post(blog_index, title="Plain post", slug="plain", date=datetime.date(2026, 2, 1))
        published = datetime.datetime(2026, 7, 15, 9, 30, tzinfo=timezone.get_current_timezone())
        Page.objects.filter(pk=post.pk).update(first_published_at=published)
        yield SimpleNamespace(
            guide_pk=guide.pk,
            post_pk=post.pk,
            image_pk=image.pk,
            condition_pk=spasticity.pk,
            brand_pk=DrugGuidePage.objects.get(pk=guide.pk).brand_names.get().pk,
        )
        transaction.set_rollback(True)


@pytest.fixture
def site(site_data, db):
    return site_data


def get(client, url, params=None):
    """One request in its own savepoint, so a database error cannot spill into the next."""
    with transaction.atomic():
        return client.get(url, params)


def refused(response):
    """The response is a 400 whose JSON body says what was wrong; returns the message."""
    assert response.status_code == 400, (response.status_code, response.content[:300])
    message = response.json()["message"]
    assert isinstance(message, str) and message.strip()
    return message


def titles(response):
    assert response.status_code == 200, response.content[:300]
    return [item["title"] for item in response.json()["items"]]


def redirected_to(response):
    """Where a find/ answer sends the client (its host is WAGTAILAPI_BASE_URL's)."""
    assert response.status_code == 302, response.content[:300]
    return urlsplit(response["Location"]).path


# --- the six requests that were 500s ---------------------------------------------------------


def test_a_huge_offset_on_the_pages_listing_is_a_400(client, site):
    message = refused(get(client, f"{PAGES}?offset=99999999999999999999"))
    assert message.startswith("offset:") and "2147483647" in message
    assert titles(get(client, f"{PAGES}?type=blog.BlogPostPage&offset=1&order=title")) == [
        "Plain post"
    ]


def test_a_huge_offset_on_the_images_listing_is_a_400(client, site):
    message = refused(get(client, f"{IMAGES}?offset=99999999999999999999"))
    assert message.startswith("offset:")
    assert titles(get(client, f"{IMAGES}?offset=0")) == ["Pelvis diagram"]
    assert titles(get(client, f"{IMAGES}?offset=1")) == []


def test_a_date_filter_that_is_not_a_date_is_a_400(client, site):
    message = refused(get(client, f"{PAGES}?type=blog.BlogPostPage&date=not-a-date"))
    assert message.startswith("date:") and "YYYY-MM-DD" in message
    assert titles(get(client, f"{PAGES}?type=blog.BlogPostPage&date=2026-01-15")) == [
        "Pictured post"
    ]
    assert titles(get(client, f"{PAGES}?type=blog.BlogPostPage&date=2025-01-15")) == []


def test_finding_a_page_by_an_id_that_is_not_a_number_is_a_400(client, site):
    assert refused(get(client, f"{PAGES}find/?id=abc")) == "id: Enter a whole number."
    response = get(client, f"{PAGES}find/?id={site.post_pk}")
    assert redirected_to(response) == f"/api/v2/pages/{site.post_pk}/"


def test_finding_a_page_by_a_path_with_nul_is_a_400(client, site):
    message = refused(get(client, f"{PAGES}find/?html_path=%00"))
    assert message.startswith("html_path:") and "NUL" in message
    response = get(client, f"{PAGES}find/?html_path=/blog/pictured/")
    assert redirected_to(response) == f"/api/v2/pages/{site.post_pk}/"


def test_finding_an_image_by_an_id_with_nul_is_a_400(client, site):
    assert "NUL" in refused(get(client, f"{IMAGES}find/?id=%00"))
    response = get(client, f"{IMAGES}find/?id={site.image_pk}")
    assert redirected_to(response) == f"/api/v2/images/{site.image_pk}/"


# --- every parameter, a bad value and what the message says ---------------------------------

GUIDES = {"type": "guides.DrugGuidePage"}
POSTS = {"type": "blog.BlogPostPage"}
HUGE = "99999999999999999999"
BAD_VALUES = [
    # (id, url, parameters, words the message holds)
    ("offset-negative", PAGES, {"offset": "-1"}, "offset: Ensure this value is greater"),
    ("offset-not-a-number", IMAGES, {"offset": "1e3"}, "offset: Enter a whole number"),
    ("limit-huge", PAGES, {"limit": HUGE}, "limit cannot be higher than 50"),
    ("limit-negative", IMAGES, {"limit": "-5"}, "limit must be a positive integer"),
    ("type-unknown", PAGES, {"type": "blog.NoSuchPage"}, "type doesn't exist"),
    ("type-not-a-page", PAGES, {"type": "wagtailimages.Image"}, "type doesn't exist"),
    ("fields-unknown", PAGES, {"fields": "password"}, "unknown fields: password"),
    ("fields-syntax", IMAGES, {"fields": "title("}, "fields error"),
    ("order-unknown", PAGES, {"order": "secret"}, "cannot order by 'secret'"),
    ("search-control", PAGES, {"search": "a\x1bb"}, "search: query parameters may not contain"),
    ("search-too-long", IMAGES, {"search": "x" * 1001}, "search: at most 1000 characters"),
    ("search-operator", PAGES, {"search": "a", "search_operator": "xor"}, "'and' or 'or'"),
    ("search-operator-spaces", IMAGES, {"search": "a", "search_operator": " or"}, "'and' or"),
    ("find-id-negative", f"{PAGES}find/", {"id": "-1"}, "id: Ensure this value is greater"),
    ("find-id-huge", f"{IMAGES}find/", {"id": HUGE}, "id: Ensure this value is less"),
    ("find-id-empty", f"{PAGES}find/", {"id": ""}, "id: Enter a whole number"),
    ("find-path-control", f"{PAGES}find/", {"html_path": "/blog/\t/"}, "html_path:"),
    ("child-of-text", PAGES, {"child_of": "abc"}, "child_of must be a positive integer"),
    ("child-of-huge", PAGES, {"child_of": HUGE}, "parent page doesn't exist"),
    ("descendant-of-negative", PAGES, {"descendant_of": "-1"}, "descendant_of must be"),
    ("ancestor-of-root", PAGES, {"ancestor_of": "root"}, "ancestor_of must be"),
    ("ancestor-of-huge", PAGES, {"ancestor_of": HUGE}, "descendant page doesn't exist"),
    ("translation-of-text", PAGES, {"translation_of": "x"}, "translation_of must be"),
    ("locale-unknown", PAGES, {"locale": "xx-nowhere"}, "locale: no locale 'xx-nowhere'"),
    ("site-unknown", PAGES, {"site": "elsewhere.example"}, "site: no site 'elsewhere.example'"),
    ("site-port-text", PAGES, {"site": "localhost:abc"}, "site: must be a hostname"),
    ("format-unknown", PAGES, {"format": "xml"}, "format: must be one of api, json"),
    ("rich-text-format", PAGES, {"rich_text_format": "rtf"}, "rich_text_format must be"),
    ("parameter-unknown", IMAGES, {"colour": "red"}, "not an operation or a recognised field"),
    ("parameter-name-nul", PAGES, {"a\x00": "1"}, "query parameter names must be printable"),
    ("filter-date", PAGES, {**POSTS, "date": "2026-13-45"}, "date: “2026-13-45” value has"),
    ("filter-datetime", PAGES, {**POSTS, "first_published_at": "noon"}, "first_published_at:"),
    (
        "filter-datetime-after-year-9999-in-utc",
        PAGES,
        {**POSTS, "first_published_at": "9999-12-31T23:59:59-05:00"},
        "first_published_at: must be between year 1 and year 9999 in UTC",
    ),
    (
        "filter-datetime-before-year-1-in-utc",
        PAGES,
        {**POSTS, "first_published_at": "0001-01-01T00:00:00+05:00"},
        "first_published_at: must be between year 1 and year 9999 in UTC",
    ),
    (
        "filter-boolean",
        PAGES,
        {**POSTS, "off_label": "maybe"},
        "off_label: expected 'true' or 'false'",
    ),
    ("filter-integer", IMAGES, {"width": HUGE}, "width: Ensure this value is less"),
    ("filter-integer-text", IMAGES, {"height": "tall"}, "height: “tall” value must be an integer"),
    ("filter-id", PAGES, {**POSTS, "id": "x"}, "id: Enter a whole number"),
    ("filter-foreign-key", PAGES, {**GUIDES, "alias_of": "abc"}, "alias_of: “abc” value must be"),
    (
        "filter-many-to-many",
        PAGES,
        {**GUIDES, "conditions": "spasticity"},
        "conditions: “spasticity”",
    ),
    ("filter-child-rows", PAGES, {**GUIDES, "brand_names": "Lioresal"}, "brand_names: “Lioresal”"),
    (
        "filter-text-too-long",
        PAGES,
        {**GUIDES, "generic_name": "b" * 121},
        "at most 120 characters",
    ),
    ("filter-slug", PAGES, {**POSTS, "slug": "not a slug"}, "slug: Enter a valid “slug”"),
    (
        "filter-nul",
        PAGES,
        {**POSTS, "teaser": "a\x00"},
        "teaser: query parameters may not contain NUL",
    ),
]


@pytest.mark.parametrize(
    ("url", "params", "words"),
    [case[1:] for case in BAD_VALUES],
    ids=[case[0] for case in BAD_VALUES],
)
def test_a_bad_value_is_a_400_that_says_what_was_wrong(client, site, url, params, words):
    assert words in refused(get(client, url, params))


def test_bad_values_on_a_detail_view_are_400s_too(client, site):
    url = f"{PAGES}{site.post_pk}/"
    assert "NUL" in refused(get(client, url, {"fields": "title\x00"}))
    assert refused(get(client, url, {"site": "elsewhere.example"})).startswith("site:")
    assert get(client, url, {"fields": "title"}).json()["title"] == "Pictured post"


def test_times_outside_years_1_to_9999_in_utc_are_400s_on_sqlite_too(tmp_path):
    """SQLite stores times as UTC text: converting these overflowed, a 500."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "PORTAL", "DATABASE", "PYTEST"))
    }
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'api.sqlite3'}")
    queries = ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00%2B05:00", "2026-07-15T08:30Z"]
    result = subprocess.run(
        [sys.executable, "-m", "tests.portal.api_on_sqlite"]
        + [f"{PAGES}?first_published_at={query}" for query in queries],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    message = "first_published_at: must be between year 1 and year 9999 in UTC"
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        [400, message],
        [400, message],
        [200, None],
    ]


def test_searching_a_detail_view_is_a_400_that_says_why(client, site):
    # Before: an empty 404, even for a search the page itself would match.
    for url, search in (
        (f"{PAGES}{site.post_pk}/", "zzz"),
        (f"{PAGES}{site.guide_pk}/", "baclofen"),
    ):
        message = refused(get(client, url, {"search": search}))
        assert message == "search: only listings can be searched, not a single item"
    assert refused(get(client, f"{IMAGES}{site.image_pk}/", {"search": "pelvis"})).startswith(
        "search:"
    )
    assert get(client, f"{PAGES}999999/").json()["message"] == "No Page matches the given query."


# --- the valid forms still find what they should --------------------------------------------


def test_field_filters_of_each_kind_find_the_right_pages(client, site):
    def posts(**params):
        return titles(get(client, PAGES, {**POSTS, **params}))

    def guides(**params):
        return titles(get(client, PAGES, {**GUIDES, **params}))

    assert posts(off_label="true") == ["Pictured post"]
    assert posts(off_label="0") == ["Plain post"]
    assert posts(id=str(site.post_pk)) == ["Pictured post"]
    assert posts(slug="plain") == ["Plain post"]
    assert posts(title="Plain post") == ["Plain post"]
    assert guides(conditions=str(site.condition_pk)) == ["Baclofen"]
    assert guides(brand_names=str(site.brand_pk)) == ["Baclofen"]
    assert guides(generic_name="nothing-like-it") == []
    width = str(get_image_model().objects.get(pk=site.image_pk).width)
    assert titles(get(client, IMAGES, {"width": width, "title": "Pelvis diagram"})) == [
        "Pelvis diagram"
    ]
    assert titles(get(client, IMAGES, {"width": "1"})) == []


def test_a_datetime_filter_without_a_zone_is_read_in_the_sites_time_zone(client, site):
    # Before: Django's "received a naive datetime" warning on every such request.
    def published_at(value):
        return titles(get(client, PAGES, {**POSTS, "first_published_at": value}))

    assert published_at("2026-07-15 09:30") == ["Pictured post"]  # British Summer Time
    assert published_at("2026-07-15T08:30Z") == ["Pictured post"]
    assert published_at("2026-07-15T09:30Z") == []
    assert published_at("9999-12-31T23:59:59+00:00") == []  # the last moment there is
    assert published_at("0001-01-01T00:00:00-05:00") == []


def test_valid_operations_still_answer(client, site):
    locale = Locale.get_default().language_code
    assert titles(get(client, PAGES, {**POSTS, "locale": locale, "site": "localhost:80"})) == [
        "Pictured post",
        "Plain post",
    ]
    assert "Baclofen" in titles(get(client, PAGES, {"search": "baclofen", "search_operator": "OR"}))
    assert titles(get(client, PAGES, {"child_of": "root", "order": "title"})) == [
        "Blog",
        "Medicines A–Z",
    ]
    assert get(client, PAGES, {"format": "json"}).status_code == 200


def test_a_genuine_error_is_still_a_500_not_a_400(client, site, monkeypatch):
    """Only inputs are checked: a bug behind a valid request must not pass for bad input."""

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(BlogPostPage, "excerpt", property(broken))
    client.raise_request_exception = False
    response = get(client, f"{PAGES}{site.post_pk}/")
    assert response.status_code == 500


# --- random values and combinations ---------------------------------------------------------


def field_names(viewset, model):
    return viewset.get_available_fields(model, db_fields_only=True)


GUIDE_FIELDS = field_names(PagesAPIViewSet, DrugGuidePage)
POST_FIELDS = field_names(PagesAPIViewSet, BlogPostPage)
IMAGE_FIELDS = field_names(ImagesAPIViewSet, get_image_model())
ALL_FIELDS = sorted({*GUIDE_FIELDS, *POST_FIELDS, *IMAGE_FIELDS, "parent", "rendition", "tags"})

# `fields` and `order` expressions built from real names and the syntax's own characters.
FIELD_EXPRESSIONS = st.lists(
    st.one_of(st.sampled_from(ALL_FIELDS), st.sampled_from(list("-,()*_ ")), st.just("random")),
    max_size=8,
).map("".join)
DATES = st.one_of(
    st.dates().map(datetime.date.isoformat),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(datetime.datetime.isoformat),
)
LABELS = st.sampled_from(
    ["guides.DrugGuidePage", "blog.BlogPostPage", "wagtailcore.Page", "blog.Author", "x.y.z"]
)
VALUES = st.one_of(
    NUMBERISH,
    TEXT,
    DATES,
    FIELD_EXPRESSIONS,
    st.lists(LABELS, min_size=1, max_size=3).map(",".join),
    st.sampled_from(["root", "true", "false", "and", "OR", "localhost", "localhost:80", "json"]),
)
LISTING = ["offset", "limit", "fields", "order", "search", "search_operator", "format", "_"]
PAGE_OPERATIONS = [
    *LISTING,
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "site",
    "rich_text_format",
]


def answered(response, allowed=(200, 400)):
    """Never a 5xx; a 400 says why; anything else is one of the statuses the view has."""
    assert response.status_code < 500, response.content[:300]
    if response.status_code == 400:
        refused(response)
    else:
        assert response.status_code in allowed, (response.status_code, response.content[:300])
    return response


def parameters(names, ids=()):
    """Up to four of `names`, each with a random value or, now and then, a real id."""
    value = st.one_of(VALUES, st.sampled_from(ids)) if ids else VALUES
    return st.dictionaries(st.sampled_from(names), value, min_size=1, max_size=4)


@api_settings
@given(data=st.data())
def test_the_pages_listing_survives_random_parameters(client, site, data):
    ids = [str(site.post_pk), str(site.guide_pk)]
    answered(get(client, PAGES, data.draw(parameters(PAGE_OPERATIONS, ids))))


@api_settings
@given(data=st.data())
def test_page_field_filters_survive_random_values(client, site, data):
    model, names = data.draw(
        st.sampled_from(
            [("guides.DrugGuidePage", GUIDE_FIELDS), ("blog.BlogPostPage", POST_FIELDS)]
        )
    )
    params = data.draw(parameters([*names, "search", "order", "fields"], [str(site.condition_pk)]))
    answered(get(client, PAGES, {"type": model, **params}))


@api_settings
@given(data=st.data())
def test_the_images_listing_survives_random_parameters(client, site, data):
    params = data.draw(parameters([*LISTING, *IMAGE_FIELDS], [str(site.image_pk)]))
    answered(get(client, IMAGES, params))


@api_settings
@given(data=st.data())
def test_the_find_endpoints_survive_random_parameters(client, site, data):
    url, names = data.draw(
        st.sampled_from([(f"{PAGES}find/", ["id", "html_path"]), (f"{IMAGES}find/", ["id"])])
    )
    ids = [str(site.post_pk), str(site.image_pk), "/blog/pictured/", "/medicines/baclofen/"]
    response = answered(get(client, url, data.draw(parameters(names, ids))), (302, 404))
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path.startswith(url.removesuffix("find/"))


@api_settings
@given(data=st.data())
def test_a_detail_view_survives_random_parameters(client, site, data):
    pk = data.draw(st.sampled_from([site.post_pk, site.guide_pk]))
    params = data.draw(parameters(["fields", "site", "locale", "format", "rich_text_format"]))
    answered(get(client, f"{PAGES}{pk}/", params))
