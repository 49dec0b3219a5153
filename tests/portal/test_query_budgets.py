"""SQL queries per page for an anonymous reader: at most 12 on a cache miss, the same with ten
times the content, and none at all when the page is served from the cache."""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal.serving import cache as page_cache

BUDGET = 12
PAGES = [
    "/",
    "/medicines/",
    "/medicines/baclofen/",
    "/blog/",
    "/blog/?page=7",
    "/blog/bulk-post-with-comments/",
    "/search/?q=baclofen",
    "/search/?q=sample",
]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response.get("X-Page-Cache")


def measure(client):
    for url in PAGES:
        client.get(url)  # menus and the top level are cached as in normal running
    page_cache.bump("guides", "posts")  # every page is now stale: the next request renders
    cold = {url: queries(client, url) for url in PAGES}
    warm = {url: queries(client, url) for url in PAGES}
    assert {mode for _, mode in cold.values()} == {"miss"}
    assert {mode for _, mode in warm.values()} == {"hit"}
    return {url: count for url, (count, _) in cold.items()}, {u: c for u, (c, _) in warm.items()}


def grow(guides, posts, comments):
    call_command(
        "generate_bulk_content",
        guides=guides,
        posts=posts,
        comments=comments,
        post_comments=comments,
        stdout=None,
    )


@pytest.mark.slow
def test_queries_stay_within_budget_at_ten_times_the_content(client, db):
    call_command("load_demo_content", stdout=None)
    grow(guides=20, posts=100, comments=20)
    small_cold, small_warm = measure(client)
    grow(guides=200, posts=1000, comments=200)
    large_cold, large_warm = measure(client)

    assert max(small_cold.values()) <= BUDGET, small_cold
    assert large_cold == small_cold
    assert set(small_warm.values()) == set(large_warm.values()) == {0}
