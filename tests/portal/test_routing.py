"""Index pages find the child a URL names with one query (portal/serving/routing.py)."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from blog.models import BlogPostPage
from guides.models import DrugGuidePage
from tests.blog.factories import make_post
from tests.guides.conftest import make_guide


@pytest.fixture
def pages(guide_index, blog_index):
    make_guide(guide_index, "Baclofen")
    make_guide(guide_index, "Bac", live=False)
    make_post(blog_index, slug="hiccups", title="Baclofen and hiccups")


@pytest.mark.parametrize(
    "url, slug, model",
    [
        ("/medicines/baclofen/", "baclofen", DrugGuidePage),
        ("/blog/hiccups/", "hiccups", BlogPostPage),
    ],
)
def test_a_child_is_found_in_its_specific_form_with_one_query(
    pages, no_page_cache, url, slug, model
):
    client = Client()
    client.get(url)  # the top level is cached from here on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert type(response.context["page"]) is model
    lookups = [q["sql"] for q in queries if f"\"slug\" = '{slug}'" in q["sql"]]
    assert len(lookups) == 1
    assert f'FROM "{model._meta.db_table}"' in lookups[0]


@pytest.mark.parametrize(
    "url, status",
    [
        ("/medicines/bac/", 404),  # a draft
        ("/medicines/baclo/", 404),  # no such slug, only a longer one
        ("/medicines/baclofen/extra/", 404),  # guides have no pages below them
        ("/blog/hiccups/", 200),
        ("/blog/feed/rss/", 200),  # the index's own routes still answer
        ("/blog/nope/", 404),
    ],
)
def test_urls_below_an_index(pages, client, url, status):
    assert client.get(url).status_code == status
