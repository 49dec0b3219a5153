import pytest

from guides.models import GuideBrandName
from tests.blog.factories import BlogPostPageFactory
from tests.guides.conftest import make_guide


def results(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return response, [page.url for page in response.context["results"] or []]


@pytest.mark.parametrize(
    "query", ["baclofen", "Baclofen", "Lioresal", "lioresal", "spasticity", "muscle relaxant"]
)
def test_guide_found_by_generic_brand_condition_and_class(client, baclofen, query):
    response, urls = results(client, query)
    assert urls == ["/medicines/baclofen/"]
    assert "1 result for" in response.text


def test_guides_rank_above_posts(client, baclofen, blog_index):
    BlogPostPageFactory(
        parent=blog_index,
        title="Baclofen, baclofen, baclofen",
        slug="baclofen-news",
        teaser="Baclofen baclofen baclofen.",
    )
    _, urls = results(client, "baclofen")
    assert urls == ["/medicines/baclofen/", "/blog/baclofen-news/"]


def test_unpublished_guides_are_not_found(client, guide_index):
    make_guide(guide_index, "Secretol", live=False)
    _, urls = results(client, "secretol")
    assert urls == []


@pytest.mark.parametrize("typo", ["baclophen", "baclofin", "BACLOFFEN"])
def test_misspelling_offers_did_you_mean(client, baclofen, typo):
    response, urls = results(client, typo)
    assert urls == []
    assert 'Did you mean <a href="?q=baclofen">baclofen</a>?' in response.text


def test_misspelt_brand_name_is_suggested(client, baclofen):
    response, _ = results(client, "lioresel")
    assert 'Did you mean <a href="?q=Lioresal">Lioresal</a>?' in response.text


def test_no_suggestion_for_unrelated_words(client, baclofen):
    response, _ = results(client, "zzzqqq")
    assert "Did you mean" not in response.text
    assert "Check the spelling" in response.text


def test_empty_query_shows_the_form(client, home_page):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["results"] is None
    assert 'name="q"' in response.text


def test_long_query_is_shortened_with_a_message(client, baclofen):
    response, urls = results(client, "baclofen " + "x" * 400)
    assert len(response.context["query"]) <= 200
    assert "only its first 200 characters were used" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "'",
        '"',
        "&|!():*",
        "baclofen\x00",
        "\\",
        "%_",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "‮baclofen",
        "baclo\u200bfen",
        "🙂",
    ],
)
def test_odd_queries_never_fail_and_are_escaped(client, baclofen, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text


@pytest.mark.parametrize("page", ["abc", "0", "-3", "999", "1.5"])
def test_results_paginate_forgivingly(client, guide_index, page):
    for n in range(12):
        make_guide(guide_index, f"Relaxol {n}", drug_class="Muscle relaxant")
    response = client.get("/search/", {"q": "muscle relaxant", "page": page})
    assert response.status_code == 200
    assert response.context["results"].paginator.num_pages == 2


def test_brand_name_added_in_a_new_revision_is_searchable_once_published(client, guide_index):
    guide = make_guide(guide_index, "Newbrandol")
    revision_page = guide.get_latest_revision_as_object()
    revision_page.brand_names.add(GuideBrandName(name="Zyxoril"))
    revision_page.save_revision().publish()
    _, urls = results(client, "zyxoril")
    assert urls == ["/medicines/newbrandol/"]


def test_results_load_neither_bodies_nor_the_site_from_the_database(
    no_page_cache, client, baclofen, blog_index
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(12):
        BlogPostPageFactory(parent=blog_index, title=f"Baclofen note {n}", slug=f"note-{n}")
    results(client, "baclofen")  # fills the cached top level, as any earlier view would
    with CaptureQueriesContext(connection) as queries:
        response, urls = results(client, "baclofen")
    assert urls[0] == "/medicines/baclofen/" and len(urls) == 10
    assert "Blog post" in response.text
    sql = " ".join(query["sql"] for query in queries)
    assert "wagtailcore_site" not in sql
    assert '"blog_blogpostpage"."body"' not in sql
    assert '"guides_drugguidepage"."side_effects"' not in sql
